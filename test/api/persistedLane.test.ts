import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { Graph } from '../../graph/driver.ts';
import { demoStory } from '../../seed/synthetic/demoStory.ts';
import { createServer, type ScsServer, type ServerOptions } from '../../server/app.ts';
import { loadPersistedOperations } from '../../server/persistedOperations.ts';
import { KeyRing } from '../../server/security/apiKeys.ts';
import { securityMiddleware } from '../../server/security/index.ts';
import { testGraph } from '../support/graph.ts';

/**
 * The explorer's operations on node:http in front of Express (server/persistedLane.ts): a POST
 * naming a registered hash passes the same steps as on Express (API key, rate limit, security
 * headers, the line in front of GraphQL, the body limit) and gets Apollo's answer, without Express
 * handling the request; anything else goes on to Express, its steps not run twice.
 */

const key = 'k-lane-viewer-3f9a-2c41d8e0b7a95f63e1';
const [profileHash, profileText] = [...loadPersistedOperations()].find(([, text]) => text.includes('query NodeProfile('))!;
const variables = { id: demoStory.judgmentDebtor, asOf: '2024-06-30' };
const byHash = { extensions: { persistedQuery: { version: 1, sha256Hash: profileHash } }, variables };
const byText = { query: profileText, variables };

interface Served {
  url: string;
  /** Requests Express's app has handled so far. */
  toExpress(): number;
  server: ScsServer;
}

let graph: Graph;
const servers: Served[] = [];

async function serve(options: Partial<ServerOptions>): Promise<Served> {
  const server = await createServer({ graph, log: () => {}, ...options });
  const app = server.app as unknown as { handle: (...args: unknown[]) => unknown };
  const handle = app.handle.bind(app);
  let handled = 0;
  app.handle = (...args) => {
    handled++;
    return handle(...args);
  };
  const served = { url: await server.start(0, '127.0.0.1'), toExpress: () => handled, server };
  servers.push(served);
  return served;
}

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  /** Whether Express handled the request. */
  express: boolean;
}

async function post(served: Served, body: string | object, headers: Record<string, string> = {}): Promise<Answer> {
  const before = served.toExpress();
  const response = await fetch(`${served.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: JSON.parse(text) as Answer['body'], express: served.toExpress() > before };
}

/** Requests left in the rate limit's window, from the draft-8 `RateLimit` header (`"…"; r=597; t=58`). */
const remaining = (answer: Answer) => Number(/\br=(\d+)/.exec(answer.headers.get('ratelimit') ?? '')?.[1]);

const sameHeaders = ['content-type', 'cache-control', 'content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'ratelimit-policy', 'www-authenticate', 'retry-after'];
const headersOf = (answer: Answer) => Object.fromEntries(sameHeaders.map((name) => [name, answer.headers.get(name)]));

beforeAll(async () => {
  graph = await testGraph();
});
afterAll(async () => {
  for (const served of servers) await served.server.stop();
  await graph.close();
});

describe('the explorer’s operations in front of Express', () => {
  let guarded: Served;
  const auth = { authorization: `Bearer ${key}` };
  beforeAll(async () => {
    const security = { keys: KeyRing.fromEnv({ API_KEYS: `lane:viewer:${key}` }), ratePerMinute: 600, corsOrigins: [], authFailuresPerMinute: 0 };
    guarded = await serve({ before: securityMiddleware(security) });
  });

  it('answers a registered hash with Apollo’s answer, status and headers, without Express', async () => {
    const apollo = await post(guarded, byText, auth);
    const lane = await post(guarded, byHash, auth);
    expect(apollo.express).toBe(true);
    expect(lane.express).toBe(false);
    expect(lane.status).toBe(200);
    expect(lane.body).toEqual(apollo.body);
    expect(headersOf(lane)).toEqual(headersOf(apollo));
    expect(lane.headers.get('cache-control')).toBe('no-store');
    expect(lane.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('refuses a missing or wrong key as Express does, without Express', async () => {
    for (const headers of [{}, { authorization: 'Bearer k-not-a-key-of-this-server-000000000' }] as Array<Record<string, string>>) {
      const apollo = await post(guarded, byText, headers);
      const lane = await post(guarded, byHash, headers);
      expect(lane.express).toBe(false);
      expect(lane.status).toBe(401);
      expect(lane.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect({ ...lane, headers: headersOf(lane), express: null }).toEqual({ ...apollo, headers: headersOf(apollo), express: null });
    }
  });

  it('sends an unknown hash and an ad-hoc query on to Apollo, counting them once in the rate limit', async () => {
    const first = await post(guarded, byHash, auth);
    const unknown = await post(guarded, { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }, auth);
    const adHoc = await post(guarded, { query: '{ agency(id: "ndrc") { id } }' }, auth);
    const last = await post(guarded, byHash, auth);
    expect([first.express, unknown.express, adHoc.express, last.express]).toEqual([false, true, true, false]);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(adHoc.body).toEqual({ data: { agency: { id: 'ndrc' } } });
    expect([unknown, adHoc, last].map(remaining)).toEqual([remaining(first) - 1, remaining(first) - 2, remaining(first) - 3]);
  });

  it('answers a body that is not JSON, or not an object, as Express does, and leaves an oversized body to Express', async () => {
    for (const body of ['{"extensions":', '"text"']) {
      const answer = await post(guarded, body, auth);
      expect(answer.express).toBe(false);
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({ errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    }
    const oversized = await post(guarded, { ...byHash, pad: 'x'.repeat(120_000) }, auth);
    expect(oversized.express).toBe(true);
    expect(oversized.status).toBe(413);
    expect(oversized.body.errors?.[0]?.message).toBe('request body larger than 100kb');
  });
});

describe('the line in front of GraphQL, for the explorer’s operations', () => {
  it('answers 503 SERVER_BUSY with Retry-After when the line is full, as Express does, without Express', async () => {
    const full = await serve({ admission: { concurrency: 0, waiting: 0, maxWaitMs: 1_000, retryAfterSeconds: 2 } });
    const apollo = await post(full, byText);
    const lane = await post(full, byHash);
    expect(lane.express).toBe(false);
    expect(lane.status).toBe(503);
    expect(lane.headers.get('retry-after')).toBe('2');
    expect(lane.body.errors?.[0]?.extensions?.code).toBe('SERVER_BUSY');
    expect({ ...lane, headers: headersOf(lane), express: null }).toEqual({ ...apollo, headers: headersOf(apollo), express: null });
  });
});

describe('a client that goes away', () => {
  it('cancels the statements of its request, as on Express', async () => {
    // A driver whose statements never answer, keeping the signal each was sent with.
    const signals: AbortSignal[] = [];
    const driver = Object.create(graph.driver) as Driver;
    driver.executeQuery = ((_cypher: string, _params: unknown, config: { signal: AbortSignal }) => {
      signals.push(config.signal);
      return new Promise(() => {});
    }) as unknown as Driver['executeQuery'];
    const hanging = await serve({ graph: new Graph(driver, graph.database, graph.serverVersion) });
    const client = new AbortController();
    const answer = fetch(`${hanging.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(byHash), signal: client.signal }).catch(() => 'gone');
    await until(() => signals.length > 0);
    expect(signals.some((signal) => signal.aborted)).toBe(false);
    client.abort();
    expect(await answer).toBe('gone');
    await until(() => signals.every((signal) => signal.aborted));
    expect(hanging.toExpress()).toBe(0);
  });
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}
