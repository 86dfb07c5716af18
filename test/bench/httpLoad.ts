import autocannon from 'autocannon';
import { summarize } from './stats.ts';

export interface GraphqlRequest {
  /** The text, or `extensions.persistedQuery` naming a registered document's hash. */
  query?: string;
  extensions?: { persistedQuery: { version: 1; sha256Hash: string } };
  operationName?: string;
  variables: Record<string, unknown>;
}

/** A request with the name of the operation it is (for the per-operation breakdown). */
export interface LabelledRequest {
  operation: string;
  body: GraphqlRequest;
}

export interface LatencyFigures {
  requests: number;
  /** Undefined when no response completed within the run. */
  p50: number | undefined;
  p95: number | undefined;
  p99: number | undefined;
  /** Non-2xx answers + 200 answers carrying GraphQL `errors` (transport errors count in the total only). */
  errors: number;
  /** Share of the run's slowest 1 % of responses that were this operation: who makes the tail. */
  slowestShare: number;
}

export interface HttpLoadResult {
  requests: number;
  requestsPerSec: number;
  p50: number | undefined;
  p95: number | undefined;
  p99: number | undefined;
  /** Transport errors and timeouts + non-2xx answers + 200 answers carrying GraphQL `errors`. */
  errors: number;
  /** Highest server RSS seen while the load ran (sampled twice a second). */
  peakRssMiB: number | undefined;
  /** The same figures per operation, by name. */
  byOperation: Record<string, LatencyFigures>;
}

interface Response {
  operation: string;
  ms: number;
  /** Not a 200, or a 200 carrying GraphQL `errors`. */
  failed: boolean;
  graphqlErrors: boolean;
}

/**
 * `connections` concurrent clients (keep-alive, one request in flight each) POST GraphQL for
 * `seconds`; each request asks `next()` for its operation, so subjects vary request by request.
 */
export async function graphqlLoad(options: {
  url: string;
  connections: number;
  seconds: number;
  next: () => LabelledRequest;
  rssMiB: () => number | undefined;
}): Promise<HttpLoadResult> {
  const responses: Response[] = [];
  // autocannon reports a response to `onResponse` (with the client's context) and then, in the same
  // tick, to the 'response' event (with its time): the first leaves the label for the second.
  let answered: Omit<Response, 'ms'> | undefined;
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
              setupRequest: (request, context) => {
                const { operation, body } = options.next();
                (context as { operation?: string }).operation = operation;
                return { ...request, body: JSON.stringify(body) };
              },
              onResponse: (status, body, context) => {
                const graphqlErrors = status === 200 && hasGraphqlErrors(body);
                answered = { operation: (context as { operation?: string }).operation ?? 'unknown', failed: status !== 200 || graphqlErrors, graphqlErrors };
              },
            },
          ],
        },
        (error, finished) => (error ? reject(error) : resolve(finished)),
      );
      instance.on('response', (_client, _status, _bytes, responseTime) => {
        responses.push({ operation: 'unknown', failed: false, graphqlErrors: false, ...answered, ms: responseTime });
        answered = undefined;
      });
    });
    const latency = responses.length ? summarize(responses.map((r) => r.ms)) : undefined;
    return {
      requests: result.requests.total,
      requestsPerSec: result.requests.total / result.duration,
      p50: latency?.p50,
      p95: latency?.p95,
      p99: latency?.p99,
      errors: result.errors + result.non2xx + responses.filter((r) => r.graphqlErrors).length,
      peakRssMiB,
      byOperation: byOperation(responses),
    };
  } finally {
    clearInterval(sampler);
  }
}

/** Latency and errors per operation, and each operation's share of the slowest 1 % of all responses. */
export function byOperation(responses: ReadonlyArray<Pick<Response, 'operation' | 'ms' | 'failed'>>): Record<string, LatencyFigures> {
  const slowest = [...responses].sort((a, b) => b.ms - a.ms).slice(0, Math.ceil(responses.length / 100));
  const names = [...new Set(responses.map((r) => r.operation))].sort();
  return Object.fromEntries(
    names.map((name) => {
      const own = responses.filter((r) => r.operation === name);
      const latency = summarize(own.map((r) => r.ms));
      return [
        name,
        {
          requests: own.length,
          p50: latency.p50,
          p95: latency.p95,
          p99: latency.p99,
          errors: own.filter((r) => r.failed).length,
          slowestShare: slowest.filter((r) => r.operation === name).length / Math.max(1, slowest.length),
        },
      ];
    }),
  );
}

function hasGraphqlErrors(body: string): boolean {
  try {
    return Array.isArray((JSON.parse(body) as { errors?: unknown }).errors);
  } catch {
    return true;
  }
}
