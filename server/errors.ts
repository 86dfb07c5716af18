import { randomUUID } from 'node:crypto';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DatabaseUnavailableError, QueryCancelledError, QueryTimeoutError } from '../graph/errors.ts';

/** graphql-js' parser limit message (parseOptions.maxTokens): reported as QUERY_TOO_COMPLEX. */
// graphql 16 spells it "more that".
const tooManyTokens = /^Syntax Error: Document contains more tha[nt] \d+ tokens/;

/**
 * The one set of `extensions.code` values a client can see. Ours first, then the codes Apollo Server
 * itself produces for requests it cannot parse or validate.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  TIMEOUT: 'TIMEOUT',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  /** Access control (server/security): no or an invalid API key, a role too weak, too many requests. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  RATE_LIMITED: 'RATE_LIMITED',
  /** The heavy-request line (server/heavyQueue.ts) is full: HTTP 503 with Retry-After. */
  SERVER_BUSY: 'SERVER_BUSY',
  INTERNAL_SERVER_ERROR: ApolloServerErrorCode.INTERNAL_SERVER_ERROR,
  GRAPHQL_PARSE_FAILED: ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  GRAPHQL_VALIDATION_FAILED: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  BAD_REQUEST: ApolloServerErrorCode.BAD_REQUEST,
  OPERATION_RESOLUTION_FAILURE: ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  PERSISTED_QUERY_NOT_FOUND: ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  PERSISTED_QUERY_NOT_SUPPORTED: ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** HTTP status for codes that make the whole response fail rather than one field. */
export const httpStatusOf: Partial<Record<ErrorCode, number>> = {
  DATABASE_UNAVAILABLE: 503,
  SERVER_BUSY: 503,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
};

/** The status and Retry-After of an answer carrying these errors: the last code that fails the whole request decides. */
export function responseHeadOf(errors: readonly GraphQLFormattedError[]): { status?: number; retryAfter?: string } {
  const head: { status?: number; retryAfter?: string } = {};
  for (const error of errors) {
    const status = httpStatusOf[error.extensions?.code as ErrorCode];
    if (status) head.status = status;
    if (error.extensions?.code === ErrorCode.SERVER_BUSY) head.retryAfter = String(error.extensions.retryAfterSeconds);
  }
  return head;
}

/** Codes whose message was written for the client and is safe to show as it is. */
const clientSafeCodes = new Set<string>(Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR));

/** Details a client can use to fix the argument, e.g. the expected and found USCC check character. */
export type InputDetails = Record<string, string | number | boolean | null | undefined | object>;

/** A bad argument: names the argument (dotted path for input fields, e.g. `filter.established.from`) and why. */
export function badUserInput(argument: string, reason: string, details: InputDetails = {}): GraphQLError {
  return new GraphQLError(`${argument}: ${reason}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument, reason, ...details },
  });
}

/** Nothing of that kind has that id. */
export function notFound(kind: string, id: string): GraphQLError {
  return new GraphQLError(`no ${kind} with id '${id}'`, { extensions: { code: ErrorCode.NOT_FOUND, kind, id } });
}

export function queryTooComplex(message: string, details: InputDetails = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 }, ...details } });
}

export type ErrorLogger = (line: string) => void;

/**
 * Apollo's `formatError`: the single place where errors become what the client sees. Known app errors
 * keep their code and message; database errors get their codes; anything else is logged here with a
 * fresh id and reaches the client as that id only. No stack trace or Cypher text ever leaves.
 */
export function createErrorFormatter(log: ErrorLogger, options: { hideSuggestions?: boolean } = {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrap(error);
    const message = options.hideSuggestions ? withoutSuggestions(formatted.message) : formatted.message;
    const base = { message, locations: formatted.locations, path: formatted.path };
    if (original instanceof DatabaseUnavailableError) {
      return { ...base, message: 'the graph database is not reachable; try again shortly', extensions: { code: ErrorCode.DATABASE_UNAVAILABLE } };
    }
    if (original instanceof QueryTimeoutError) {
      return { ...base, message: `${original.message}; narrow the query (fewer hops, smaller page)`, extensions: { code: ErrorCode.TIMEOUT, timeoutMs: original.timeoutMs } };
    }
    if (original instanceof QueryCancelledError) {
      // Nobody reads this answer (the client is gone); it is no internal error either.
      return { ...base, message: 'the request was cancelled: the client closed it', extensions: { code: ErrorCode.BAD_REQUEST } };
    }
    const code = appCode(error, formatted);
    if (code && clientSafeCodes.has(code)) {
      const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {};
      return { ...base, extensions: { ...extensions, code } };
    }
    const errorId = randomUUID();
    log(`scs-graph: internal error ${errorId} at ${formatted.path?.join('.') ?? '(request)'}: ${describe(original ?? error)}`);
    return { ...base, message: `internal error (id ${errorId}); the server log has the details`, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, errorId } };
  };
}

/**
 * graphql-js suggests field, argument, type and enum-value names ("Did you mean the enum value
 * "SHAREHOLDER"?"), in validation and in variable coercion alike. With introspection off those
 * names are the schema it hides, so they go (armor's own mask misses the enum-value wording).
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '').trim();
}

/**
 * The code to report. Apollo rewrites every validation-rule error to GRAPHQL_VALIDATION_FAILED, so the
 * code our limit rules set survives only on the original error.
 */
function appCode(error: unknown, formatted: GraphQLFormattedError): string | undefined {
  const inner = isGraphQLError(error) ? error.originalError : undefined;
  const innerCode = isGraphQLError(inner) ? inner.extensions?.code : undefined;
  // Our validation rules: limits, and date literals named by their argument (server/dateArguments.ts).
  if (innerCode === ErrorCode.QUERY_TOO_COMPLEX || innerCode === ErrorCode.BAD_USER_INPUT) return innerCode;
  const code = formatted.extensions?.code;
  if (code === ErrorCode.GRAPHQL_PARSE_FAILED && tooManyTokens.test(formatted.message)) return ErrorCode.QUERY_TOO_COMPLEX;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Duck-typed, because a test runner may load graphql twice (ESM for our code, CJS for a dependency),
 * and then `instanceof GraphQLError` fails for errors made by the other copy.
 */
function isGraphQLError(error: unknown): error is { originalError?: unknown; extensions?: Record<string, unknown> } {
  return error instanceof Error && 'extensions' in error && 'originalError' in error;
}

/** The innermost non-GraphQL error (what the resolver actually threw). */
function unwrap(error: unknown): unknown {
  let current = error;
  while (isGraphQLError(current) && current.originalError) current = current.originalError;
  return isGraphQLError(current) ? undefined : current;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}
