import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usccCheckCharacter } from '../../graph/domain/uscc.ts';
import { Graph } from '../../graph/driver.ts';
import { createServer, type ScsServer } from '../../server/app.ts';
import { freePort } from '../support/globalSetup.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

const codeOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions?.code;

/** Nothing in a response may look like a stack trace, Cypher or a file path. */
function expectNoInternals(body: unknown): void {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/stacktrace|\bat .*\(|node_modules|\/work\/|MATCH \(|RETURN /);
}

describe('bad input', () => {
  it('a USCC with a wrong check character says expected vs found', async () => {
    const good = '91350100M000100Y43';
    const first17 = good.slice(0, 17);
    const expected = usccCheckCharacter(first17);
    const wrong = expected === '0' ? '1' : '0';
    const result = await server.gql(`query ($u: String!) { company(uscc: $u) { id } }`, { u: first17 + wrong });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'uscc', problem: 'CHECK_CHARACTER', expected, found: wrong, position: 18 });
    expect(result.errors?.[0]?.message).toContain('uscc');
  });

  it('a USCC of the wrong length or with forbidden letters is BAD_USER_INPUT', async () => {
    for (const u of ['9135010', '91350100M000100YO3']) {
      const result = await server.gql(`query ($u: String!) { company(uscc: $u) { id } }`, { u });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'uscc' });
    }
  });

  it('a well-formed USCC nobody has is NOT_FOUND', async () => {
    const first17 = '91542524ZZZ000000'.replace(/Z/g, 'Y');
    const result = await server.gql(`query ($u: String!) { company(uscc: $u) { id } }`, { u: first17 + usccCheckCharacter(first17) });
    expect(codeOf(result)).toBe('NOT_FOUND');
  });

  it('unknown ids of every kind are NOT_FOUND', async () => {
    for (const field of ['person', 'agency', 'creditList', 'document', 'measure']) {
      const result = await server.gql(`{ ${field}(id: "api-err-none") { id } }`);
      expect(codeOf(result), field).toBe('NOT_FOUND');
    }
    expect(codeOf(await server.gql(`{ neighborhood(id: "api-err-none") { nodes { id } } }`))).toBe('NOT_FOUND');
  });

  it('first > 500, hops > 3, impossible dates and foreign cursors name the argument', async () => {
    const cases: Array<[string, string]> = [
      [`{ companies(first: 501) { nodes { id } } }`, 'first'],
      [`{ companies(first: 0) { nodes { id } } }`, 'first'],
      [`{ neighborhood(id: "x", hops: 4) { nodes { id } } }`, 'hops'],
      [`{ companies(after: "not-a-cursor") { nodes { id } } }`, 'after'],
      [`{ companies(filter: {established: {from: "2024-12-01", to: "2024-01-01"}}) { nodes { id } } }`, 'filter.established'],
      [`{ companies(filter: {divisionCodePrefix: "11a"}) { nodes { id } } }`, 'filter.divisionCodePrefix'],
      [`{ search(text: "  ") { score } }`, 'text'],
    ];
    for (const [query, argument] of cases) {
      const result = await server.gql(query);
      expect(result.errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });

  it('a date that is not on the calendar is rejected before execution', async () => {
    const result = await server.gql(`query ($d: Date) { stats(asOf: $d) { asOf } }`, { d: '2023-02-30' });
    expect(result.status, JSON.stringify(result) + server.logs.join('\n')).toBe(400);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  });
});

describe('limits', () => {
  it('a too-deep query is QUERY_TOO_COMPLEX', async () => {
    const deep = `{ agency(id: "x") { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } } } } }`;
    const result = await server.gql(deep);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('a query asking for too many rows is QUERY_TOO_COMPLEX with its cost', async () => {
    const result = await server.gql(`{ companies(first: 500) { nodes { shareholders(first: 500) { nodes { company { officers(first: 500) { nodes { role } } } } } } } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxCost: 500_000 });
  });

  it('a document with too many tokens is QUERY_TOO_COMPLEX', async () => {
    const result = await server.gql(`{ ${'__typename '.repeat(3_100)} }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('the schema is read-only: mutations do not exist', async () => {
    const result = await server.gql(`mutation { deleteEverything }`);
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('an oversized body is 413 and malformed JSON 400, as JSON without stack', async () => {
    const big = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ __typename }`, pad: 'x'.repeat(200_000) }) });
    expect(big.status).toBe(413);
    const bigBody = await big.json();
    expect(bigBody.errors[0].message).toContain('100kb');
    expectNoInternals(bigBody);
    const bad = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(bad.status).toBe(400);
    expectNoInternals(await bad.json());
  });
});

describe('masking', () => {
  it('parse and validation errors carry no stack trace (outside production too)', async () => {
    for (const query of ['{ nope', '{ company(uscc: 1) { nothing } }']) {
      const result = await server.gql(query);
      expect(result.errors?.length).toBeGreaterThan(0);
      expectNoInternals(result);
    }
  });

  it('introspection is on by default and can be switched off', async () => {
    expect((await server.gql<{ __schema: { queryType: { name: string } } }>(`{ __schema { queryType { name } } }`)).data?.__schema.queryType.name).toBe('Query');
    const closed = await startTestServer({ introspection: false });
    try {
      const result = await closed.gql(`{ __schema { queryType { name } } }`);
      expect(result.data).toBeUndefined();
      expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await closed.close();
    }
  });
});

describe('database unavailable', () => {
  let down: ScsServer;
  let url: string;
  let graph: Graph;

  beforeAll(async () => {
    // A driver pointing at a port nobody listens on: every query fails to connect.
    const port = await freePort();
    graph = new Graph(neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', 'x'), { connectionTimeout: 1_000, maxTransactionRetryTime: 0 }), 'neo4j', '5.26');
    down = await createServer({ graph, log: () => {} });
    url = await down.start(0, '127.0.0.1');
  });

  afterAll(async () => {
    await down.stop();
    await graph.close();
  });

  it('/readyz is 503 while /healthz stays 200', async () => {
    expect((await fetch(`${url}/readyz`)).status).toBe(503);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('a query answers DATABASE_UNAVAILABLE with HTTP 503 and no internals', async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ node(id: "x") { id } }` }),
    });
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    expectNoInternals(body);
  });
});
