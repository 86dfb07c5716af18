import autocannon from 'autocannon';
import { summarize } from './stats.ts';

export interface GraphqlRequest {
  /** The text, or `extensions.persistedQuery` naming a registered document's hash. */
  query?: string;
  extensions?: { persistedQuery: { version: 1; sha256Hash: string } };
  operationName?: string;
  variables: Record<string, unknown>;
}

export interface HttpLoadResult {
  requests: number;
  requestsPerSec: number;
  /** Undefined when no response completed within the run. */
  p50: number | undefined;
  p95: number | undefined;
  p99: number | undefined;
  /** Transport errors and timeouts + non-2xx answers + 200 answers carrying GraphQL `errors`. */
  errors: number;
  /** Highest server RSS seen while the load ran (sampled twice a second). */
  peakRssMiB: number | undefined;
}

/**
 * `connections` concurrent clients (keep-alive, one request in flight each) POST GraphQL for
 * `seconds`; each request asks `next()` for its operation, so subjects vary request by request.
 */
export async function graphqlLoad(options: {
  url: string;
  connections: number;
  seconds: number;
  next: () => GraphqlRequest;
  rssMiB: () => number | undefined;
}): Promise<HttpLoadResult> {
  let graphqlErrors = 0;
  const latencies: number[] = [];
  let peakRssMiB: number | undefined;
  const sampler = setInterval(() => {
    const rss = options.rssMiB();
    if (rss !== undefined) peakRssMiB = Math.max(peakRssMiB ?? 0, rss);
  }, 500);
  try {
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: `${options.url}/graphql`,
          connections: options.connections,
          duration: options.seconds,
          timeout: 30,
          requests: [
            {
              method: 'POST',
              headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
              setupRequest: (request) => ({ ...request, body: JSON.stringify(options.next()) }),
              onResponse: (status, body) => {
                if (status === 200 && hasGraphqlErrors(body)) graphqlErrors++;
              },
            },
          ],
        },
        (error, finished) => (error ? reject(error) : resolve(finished)),
      );
      instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
    });
    const latency = latencies.length ? summarize(latencies) : undefined;
    return {
      requests: result.requests.total,
      requestsPerSec: result.requests.total / result.duration,
      p50: latency?.p50,
      p95: latency?.p95,
      p99: latency?.p99,
      errors: result.errors + result.non2xx + graphqlErrors,
      peakRssMiB,
    };
  } finally {
    clearInterval(sampler);
  }
}

function hasGraphqlErrors(body: string): boolean {
  try {
    return Array.isArray((JSON.parse(body) as { errors?: unknown }).errors);
  } catch {
    return true;
  }
}
