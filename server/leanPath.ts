import type { ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Request } from 'express';
import type { DocumentNode, ExecutionResult, GraphQLFormattedError, GraphQLSchema, ValidationRule } from 'graphql';
import type { Context } from './context.ts';
import { ErrorCode, responseHeadOf } from './errors.ts';
import { pricePersisted } from './limits.ts';
import type { PersistedOperations } from './persistedOperations.ts';

/**
 * The lean path (issue 15 item 5): a request naming one of the explorer's persisted operations by
 * its hash runs the document parsed, validated and priced once at start straight through graphql-js
 * `execute`, and its answer is written as Apollo would write it. Apollo's request pipeline (plugin
 * hooks, document store, content negotiation objects, result re-wrapping) is work a bare server does
 * not do; the checks a bare server needs stay in front of it (access control, the line in front of
 * GraphQL, the body limit: server/persistedLane.ts, which serves it on node:http). Anything unusual — text sent along, an operation name that does
 * not match, variables that do not fit the document — goes on to Apollo, which answers it with every
 * check; so do ad-hoc queries.
 */

// graphql-js from the copy Apollo loads (CommonJS): its schema fails the instanceof checks of another
// copy, and under Vitest this file's own `import from 'graphql'` may load the ESM one.
const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

interface Prepared {
  document: DocumentNode;
  operationName: string | undefined;
}

/** A request the lean path answers: its prepared document and the variables sent. */
export interface LeanRequest {
  prepared: Prepared;
  variables: Record<string, unknown> | undefined;
}

export interface LeanPathOptions {
  maxCost: number;
  /** The validation rules Apollo runs besides graphql-js' own. */
  validationRules: readonly ValidationRule[];
  introspection: boolean;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

/** Apollo's media types for a single answer, in its order of preference (`chooseContentTypeForSingleResultResponse`). */
const mediaTypes = ['application/json; charset=utf-8', 'application/graphql-response+json; charset=utf-8', 'application/json; callbackSpec=1.0; charset=utf-8'];

export class LeanPath {
  private schema: GraphQLSchema | undefined;
  private readonly prepared = new Map<string, Prepared>();
  private priced: ReadonlySet<string> = new Set();

  constructor(
    private readonly persisted: PersistedOperations,
    private readonly options: LeanPathOptions,
  ) {}

  /** Apollo plugin: at start, prices every registered document (refusing to start over the limit) and prepares those that validate. */
  plugin(): ApolloServerPlugin {
    return {
      serverWillStart: async ({ schema }) => {
        this.schema = schema;
        this.priced = pricePersisted(schema, this.persisted, this.options.maxCost);
        const rules = [...graphql.specifiedRules, ...(this.options.introspection ? [] : [graphql.NoSchemaIntrospectionCustomRule]), ...this.options.validationRules];
        for (const hash of this.priced) {
          const document = graphql.parse(this.persisted.get(hash)!);
          const operations = document.definitions.filter((definition) => definition.kind === graphql.Kind.OPERATION_DEFINITION);
          if (operations.length !== 1 || graphql.validate(schema, document, rules).length > 0) continue;
          this.prepared.set(hash, { document, operationName: operations[0]!.name?.value });
        }
      },
    };
  }

  /** Whether the document under this hash was priced at start (Apollo's path then skips pricing it again). */
  isPriced(hash: string): boolean {
    return this.priced.has(hash);
  }

  /** The prepared document and variables of a POST body naming a registered hash alone, in the shape Apollo accepts; otherwise undefined. */
  known(body: unknown): LeanRequest | undefined {
    if (!isRecord(body) || body.query !== undefined || !this.schema) return undefined;
    const persistedQuery = isRecord(body.extensions) ? body.extensions.persistedQuery : undefined;
    if (!isRecord(persistedQuery) || persistedQuery.version !== 1 || typeof persistedQuery.sha256Hash !== 'string') return undefined;
    const prepared = this.prepared.get(persistedQuery.sha256Hash);
    if (!prepared) return undefined;
    const { variables, operationName } = body;
    if (variables != null && !isRecord(variables)) return undefined;
    if (operationName != null && operationName !== prepared.operationName) return undefined;
    return { prepared, variables: variables ?? undefined };
  }

  /**
   * Runs a known request and writes its answer; false (nothing written) when the variables did not
   * fit and nothing ran: Apollo words those errors (and masks suggestions).
   */
  async run(request: LeanRequest, contentType: string, context: Context, res: ServerResponse): Promise<boolean> {
    const result = await graphql.execute({
      schema: this.schema!,
      document: request.prepared.document,
      operationName: request.prepared.operationName,
      variableValues: request.variables,
      contextValue: context,
    });
    if (result.data === undefined) return false;
    this.answer(res, result, contentType);
    return true;
  }

  /**
   * Writes the result as Apollo does: `{errors, data}` in its error shape (Apollo's `enrichError`: the
   * code defaults to INTERNAL_SERVER_ERROR, an `http` extension becomes the status; then our
   * formatter), the status our codes give, one JSON line. The suggestions armor masks come from
   * validation and variable coercion, which never reach this answer.
   */
  private answer(res: ServerResponse, result: ExecutionResult, contentType: string): void {
    let status: number | undefined;
    const errors = result.errors?.map((error): GraphQLFormattedError => {
      const { http, ...extensions } = error.extensions as { http?: { status?: unknown }; code?: unknown };
      if (typeof http?.status === 'number') status = http.status;
      try {
        return this.options.formatError({ ...error.toJSON(), extensions: { ...extensions, code: extensions.code ?? ErrorCode.INTERNAL_SERVER_ERROR } }, error);
      } catch {
        return { message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
      }
    });
    const head = responseHeadOf(errors ?? []);
    res.statusCode = head.status ?? status ?? 200;
    res.setHeader('content-type', contentType);
    if (head.retryAfter) res.setHeader('retry-after', head.retryAfter);
    res.end(`${JSON.stringify({ errors, data: result.data })}\n`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);
}

/** Choices by Accept header: a client sends the same one every time, and negotiating it costs more than a look-up. At most 100 kept. */
const chosenByAccept = new Map<string, string | undefined>();

/** Apollo's choice of media type (none acceptable: undefined, and Apollo answers 406). */
export function contentTypeFor(req: Request): string | undefined {
  const { accept } = req.headers;
  if (!accept) return mediaTypes[0];
  if (chosenByAccept.has(accept)) return chosenByAccept.get(accept);
  const chosen = req.accepts(mediaTypes) || undefined;
  if (chosenByAccept.size >= 100) chosenByAccept.clear();
  chosenByAccept.set(accept, chosen);
  return chosen;
}
