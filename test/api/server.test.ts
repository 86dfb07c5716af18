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

  it('person(id) of an unknown id is NOT_FOUND', async () => {
    const result = await server.gql(`{ person(id: "${prefix}none") { id } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
