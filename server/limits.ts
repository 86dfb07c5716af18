import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, isEnumType, Kind, parse, type ASTVisitor, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type TypeNode, type ValidationContext } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { defaultScreenHops, maxScreenHops } from '../graph/screening/screen.ts';
import { defaultPageSize, maxHops, maxPageSize } from './args.ts';
import { queryTooComplex } from './errors.ts';
import type { PersistedOperations } from './persistedOperations.ts';
import { maxScreenSubjects } from './resolvers/exposure.ts';

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
    // Every alias counts, `__typename` too (armor leaves it out by default, so it could multiply freely).
    maxAliases: { n: limits.maxAliases, allowList: [], ...reject },
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

/**
 * What screening one subject costs: its exposure search, which grows with the hops (each hop widens
 * the neighbourhood walked). A full batch of 1,000 subjects at the most hops fits the cost limit once.
 */
export const screenCostPerSubject = (hops: number): number => 100 * 2 ** (hops - 1);

/** Screens the work of `screen` by its subjects and hops, and tallies the subjects of the whole request. */
function screenEstimator(tally: { subjects: number; fields: number }): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    if (field.name !== 'screen' || !Array.isArray(args.subjects)) return undefined;
    const hops = typeof args.maxHops === 'number' ? args.maxHops : defaultScreenHops;
    tally.subjects += args.subjects.length;
    tally.fields++;
    return 1 + childComplexity + args.subjects.length * screenCostPerSubject(Math.max(1, hops));
  };
}

/**
 * Prices the operation (summed over every field and alias) and caps the subjects screened per
 * request: aliases cannot multiply the per-call batch. One oversized `screen` is left to its resolver,
 * which names the argument.
 */
export function costLimitPlugin(maxCost: number, isPriced: (hash: string) => boolean = () => false): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, queryHash, metrics }) {
          if (metrics.persistedQueryHit && isPriced(queryHash)) return;
          const tally = { subjects: 0, fields: 0 };
          let cost: number;
          try {
            cost = priceOf(schema, document, request.operationName ?? null, request.variables ?? {}, tally);
          } catch {
            // Invalid variables: execution reports them to the client as BAD_USER_INPUT.
            return;
          }
          if (tally.fields > 1 && tally.subjects > maxScreenSubjects) {
            throw queryTooComplex(
              `screen: at most ${maxScreenSubjects} subjects per request, got ${tally.subjects} over ${tally.fields} screen fields (aliases); send one batch per request`,
              { maxSubjects: maxScreenSubjects, subjects: tally.subjects },
            );
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

/**
 * The explorer's documents, priced once at start at the largest values their variables may take:
 * the hashes priced. One over the limit stops the start; one that cannot be priced here is priced
 * per request, like any other query.
 */
export function pricePersisted(schema: GraphQLSchema, persisted: PersistedOperations, maxCost: number): Set<string> {
  const priced = new Set<string>();
  for (const [hash, text] of persisted) {
    const document = parse(text);
    const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    let cost: number;
    try {
      cost = priceOf(schema, document, null, operation ? worstCaseVariables(schema, operation) : {});
    } catch {
      continue;
    }
    if (cost > maxCost) throw new Error(`persisted operation ${operation?.name?.value ?? hash} costs ${cost}, over the limit of ${maxCost}`);
    priced.add(hash);
  }
  return priced;
}

/**
 * Variables at the most a request may ask for (page sizes, hops, subjects per call: the bounds the
 * resolvers enforce); other required variables get a placeholder of their type.
 */
function worstCaseVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  const most: Record<string, unknown> = { first: maxPageSize, limit: maxPageSize, perNode: maxPageSize, hops: maxHops, maxHops: maxScreenHops };
  const placeholder = (type: TypeNode): unknown => {
    if (type.kind === Kind.NON_NULL_TYPE) return placeholder(type.type);
    if (type.kind === Kind.LIST_TYPE) return [];
    const named = schema.getType(type.name.value);
    if (isEnumType(named)) return named.getValues()[0]?.value;
    return { Int: 1, Float: 1, Boolean: false, Date: '2024-01-01' }[type.name.value] ?? 'x';
  };
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (name === 'subjects') variables[name] = Array.from({ length: maxScreenSubjects }, (_, i) => String(i));
    else if (name in most) variables[name] = most[name];
    else if (definition.type.kind === Kind.NON_NULL_TYPE) variables[name] = placeholder(definition.type);
  }
  return variables;
}

function priceOf(schema: GraphQLSchema, document: DocumentNode, operationName: string | null, variables: Record<string, unknown>, tally = { subjects: 0, fields: 0 }): number {
  return getComplexity({
    schema,
    query: document,
    operationName: operationName ?? undefined,
    variables,
    estimators: [screenEstimator(tally), pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}
