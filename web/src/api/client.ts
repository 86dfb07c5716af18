/**
 * The explorer's one way to the API: POST /graphql with a typed operation from the generated
 * client (web/src/api/generated.ts, from the server's SDL), so a renamed field fails `tsc`; the
 * explorer's own operations go by their persisted hash.
 */
import { graphqlHeaders } from './apiKey.ts';
import { ApiError, type GraphQLErrorLike } from './errors.ts';
import persisted from './persisted-operations.json' with { type: 'json' };

/** What GraphQL Code Generator's `documentMode: 'string'` emits: the operation text typed by result and variables. */
export interface TypedDocument<TResult, TVariables> {
  toString(): string;
  /** Phantom fields carrying the types; never set at run time. */
  __apiType?: (variables: TVariables) => TResult;
}

export interface ClientOptions {
  endpoint?: string;
  fetch?: typeof fetch;
}

/** The explorer's documents by text → their registered hash (web/persistedOperations.ts writes the file). */
const persistedHashes = new Map(Object.entries(persisted).map(([hash, text]) => [text, hash]));

/**
 * Sends a registered operation by its hash alone (Apollo's persisted-query protocol; the server
 * answers it on its lean path); a server that does not know the hash (PERSISTED_QUERY_NOT_FOUND, e.g.
 * one older than the explorer) gets the full text once more. Any other document goes as text.
 */
export async function request<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  options: ClientOptions & { signal?: AbortSignal } = {},
): Promise<TResult> {
  const query = document.toString();
  const hash = persistedHashes.get(query);
  if (hash) {
    const byHash = await post<TResult>({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables }, options);
    if (byHash.errors?.[0]?.extensions?.code !== 'PERSISTED_QUERY_NOT_FOUND') return answer(byHash);
  }
  return answer(await post<TResult>({ query, variables }, options));
}

interface Answer<TResult> {
  response: Response;
  data?: TResult | null;
  errors?: GraphQLErrorLike[];
}

async function post<TResult>(body: object, options: ClientOptions & { signal?: AbortSignal }): Promise<Answer<TResult>> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(options.endpoint ?? '/graphql', {
      method: 'POST',
      headers: graphqlHeaders(),
      body: JSON.stringify(body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('NETWORK', error instanceof Error ? error.message : String(error));
  }
  try {
    return { response, ...((await response.json()) as { data?: TResult | null; errors?: GraphQLErrorLike[] }) };
  } catch {
    throw new ApiError('HTTP', `${response.status} ${response.statusText}`);
  }
}

function answer<TResult>({ response, data, errors }: Answer<TResult>): TResult {
  const first = errors?.[0];
  if (first) throw ApiError.fromGraphQL(first);
  if (!response.ok || data == null) throw new ApiError('HTTP', `${response.status} ${response.statusText}`);
  return data;
}
