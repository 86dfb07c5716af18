import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeFixtures } from '../support/graph.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const prefix = 'api-srv-';
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await server.graph.write(
    `CREATE (:Node:Person {id: $id, nameZh: '测试人', source: 'test', recordedAt: '2024-01-01T00:00:00Z'})`,
    { id: `${prefix}p1` },
  );
});

afterAll(async () => {
  await removeFixtures(server.graph, prefix);
  await server.close();
});

describe('probes', () => {
  it('/healthz answers while the process is up', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('/readyz is 200 when Neo4j answers', async () => {
    const response = await fetch(`${server.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });
});

describe('node and lookups', () => {
  it('node(id) returns the node with its kind and provenance', async () => {
    const result = await server.gql<{ node: { __typename: string; id: string; label: string; provenance: { source: string } } }>(
      `query ($id: ID!) { node(id: $id) { __typename id label provenance { source recordedAt } } }`,
      { id: `${prefix}p1` },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.node).toMatchObject({ __typename: 'Person', id: `${prefix}p1`, label: '测试人', provenance: { source: 'test' } });
  });

  it('node(id) of an unknown id is null', async () => {
    const result = await server.gql(`{ node(id: "${prefix}none") { id } }`);
    expect(result.data).toEqual({ node: null });
  });

  it('answers are never stored (no-store) and carry no ETag', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ node(id: "${prefix}p1") { id } }` }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull();
  });

  it('person(id) of an unknown id is NOT_FOUND', async () => {
    const result = await server.gql(`{ person(id: "${prefix}none") { id } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('web UI and GraphiQL', () => {
  let web: TestServer;
  let webDir: string;

  beforeAll(async () => {
    webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-api-web-'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<html>explorer</html>');
    fs.writeFileSync(path.join(webDir, 'graphiql.html'), '<html>graphiql</html>');
    fs.mkdirSync(path.join(webDir, 'assets'));
    fs.writeFileSync(path.join(webDir, 'assets', 'app.js'), 'console.log(1)');
    web = await startTestServer({ webDir });
  });

  afterAll(async () => {
    await web.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

  it('/graphiql and a browser opening /graphql get GraphiQL', async () => {
    for (const route of ['/graphiql', '/graphql']) {
      const response = await fetch(`${web.url}${route}`, { headers: html });
      expect(response.status, route).toBe(200);
      expect(await response.text()).toBe('<html>graphiql</html>');
    }
  });

  it('GraphQL clients on GET /graphql still reach the API', async () => {
    const response = await fetch(`${web.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('serves built assets and falls back to the SPA shell for client routes', async () => {
    expect(await (await fetch(`${web.url}/assets/app.js`)).text()).toBe('console.log(1)');
    const deep = await fetch(`${web.url}/trace/91440305MXDEM0015Q?asOf=2024-01-01`, { headers: html });
    expect(deep.status).toBe(200);
    expect(await deep.text()).toBe('<html>explorer</html>');
    expect((await fetch(`${web.url}/assets/missing.js`, { headers: { accept: 'application/javascript' } })).status).toBe(404);
  });
});
