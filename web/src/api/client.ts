/**
 * The explorer's one way to the API: POST /graphql with a typed operation from the generated
 * client (web/src/api/generated.ts, from the server's SDL), so a renamed field fails `tsc`.
 */
import { graphqlHeaders } from './apiKey.ts';
import { ApiError, type GraphQLErrorLike } from './errors.ts';

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

export async function request<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  options: ClientOptions & { signal?: AbortSignal } = {},
): Promise<TResult> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(options.endpoint ?? '/graphql', {
      method: 'POST',
      headers: graphqlHeaders(),
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('NETWORK', error instanceof Error ? error.message : String(error));
  }
  let body: { data?: TResult | null; errors?: GraphQLErrorLike[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError('HTTP', `${response.status} ${response.statusText}`);
  }
  const first = body.errors?.[0];
  if (first) throw ApiError.fromGraphQL(first);
  if (!response.ok || body.data == null) throw new ApiError('HTTP', `${response.status} ${response.statusText}`);
  return body.data;
}
