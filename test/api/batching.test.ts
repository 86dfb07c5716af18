import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeFixtures } from '../support/graph.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// Proves there is no N+1: nested fields resolve through DataLoader batches, one Cypher per level.
const prefix = 'api-n1-';
const token = '批量测试';
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await server.graph.write(
    `
CREATE (list:Node:CreditList {id: $prefix + 'list', nameZh: '批量名单', kind: 'blacklist', source: 't', recordedAt: '2024-01-01'})
WITH list
UNWIND range(1, 20) AS i
CREATE (c:Node:Company {id: $prefix + 'c' + i, nameZh: $token + i, source: 't', recordedAt: '2024-01-01'})
CREATE (a:Node:Person {id: $prefix + 'pa' + i, nameZh: '甲' + i, source: 't', recordedAt: '2024-01-01'})-[:SHAREHOLDER_OF {fraction: 0.7}]->(c)
CREATE (b:Node:Person {id: $prefix + 'pb' + i, nameZh: '乙' + i, source: 't', recordedAt: '2024-01-01'})-[:SHAREHOLDER_OF {fraction: 0.3}]->(c)
CREATE (a)-[:LEGAL_REPRESENTATIVE_OF {from: '2020-01-01'}]->(c)
CREATE (c)-[:LISTED]->(:Node:Listing {id: $prefix + 'l' + i, from: '2021-01-01', status: 'active', source: 't', recordedAt: '2024-01-01'})-[:ON_LIST]->(list)`,
    { prefix, token },
  );
});

afterAll(async () => {
  await removeFixtures(server.graph, prefix);
  await server.close();
});

const nested = `query ($token: String!, $first: Int!) {
  companies(filter: {nameContains: $token}, first: $first) {
    nodes {
      label activeListKinds
      legalRepresentative { person { label } }
      shareholders { nodes { fraction shareholder { ... on Person { label roles { nodes { role } } } } } }
      listings { nodes { id active list { id label } } }
    }
  }
}`;

async function queriesFor(first: number): Promise<{ count: number; companies: number; shareholders: number }> {
  const before = server.graph.queryCount;
  const result = await server.gql<{ companies: { nodes: Array<{ shareholders: { nodes: unknown[] }; listings: { nodes: unknown[] } }> } }>(nested, { token, first });
  expect(result.errors).toBeUndefined();
  const nodes = result.data!.companies.nodes;
  return { count: server.graph.queryCount - before, companies: nodes.length, shareholders: nodes.reduce((sum, c) => sum + c.shareholders.nodes.length, 0) };
}

describe('nested requests are batched', () => {
  it('20 companies with legal representatives, shareholders, their roles, listings and lists take a constant handful of queries', async () => {
    const twenty = await queriesFor(20);
    expect(twenty.companies).toBe(20);
    expect(twenty.shareholders).toBe(40);
    // companies, activeListKinds, legal representative, shareholders, roles, listings, list = 7 levels
    // (a listing's `active` is decided on the record in memory by graph/domain/validity.ts: no query)
    expect(twenty.count).toBe(7);
    const five = await queriesFor(5);
    expect(five.companies).toBe(5);
    expect(five.count).toBe(twenty.count);
  });
});
