import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { defaultPageSize } from './args.ts';
import { queryTooComplex } from './errors.ts';

/**
 * Query limits. graphql-armor rejects deep, alias-heavy or huge documents during validation;
 * graphql-query-complexity then prices the operation with the page sizes it asks for (a list field
 * costs `first` times its children), which armor's per-field cost cannot see.
 */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
}

export const defaultQueryLimits: QueryLimits = { maxDepth: 12, maxAliases: 30, maxTokens: 3_000, maxCost: 500_000 };

/** Armor's rules report with code QUERY_TOO_COMPLEX instead of its default BAD_USER_INPUT. */
const reportTooComplex = (context: ValidationContext | null, error: GraphQLError) => {
  context?.reportError(queryTooComplex(error.message.replace(/^Syntax Error: /, '')));
};

export function armorProtection(limits: QueryLimits, blockFieldSuggestions: boolean) {
  const reject = { onReject: [reportTooComplex], propagateOnRejection: false };
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...reject },
    maxAliases: { n: limits.maxAliases, ...reject },
    // Armor's token counter throws from parsingDidStart, which turns every syntax error into a 500;
    // graphql-js' own parser limit (parseOptions.maxTokens in app.ts) does the job instead.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20, ...reject },
    // Priced by the page-size-aware plugin below instead.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: blockFieldSuggestions },
  }).protect();
}

/**
 * The SCS data is read-only through the API (imports go through the CLI): queries, plus the
 * Mutation type's monitoring writes (watchlists, acknowledgements; server/schema/monitoring.graphql).
 */
export function readOnlyRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation === 'subscription') {
        context.reportError(new GraphQLError(`${node.operation} operations are not supported: the API answers queries and the monitoring mutations`, { nodes: node }));
      }
    },
  };
}

/** Fields with `first` or `limit` cost that many times their selection. */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const size = typeof args.first === 'number' ? args.first : typeof args.limit === 'number' ? args.limit : undefined;
  if (size === undefined && !('first' in args)) return undefined;
  return 1 + (size ?? defaultPageSize) * Math.max(childComplexity, 1);
};

export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Invalid variables: execution reports them to the client as BAD_USER_INPUT.
            return;
          }
          if (cost > maxCost) {
            throw queryTooComplex(`query cost ${cost} exceeds the limit of ${maxCost}; ask for smaller pages (first) or fewer nested lists`, {
              cost,
              maxCost,
            });
          }
        },
      };
    },
  };
}
