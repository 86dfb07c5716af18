import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from '../../web/src/api/client.ts';
import { SearchDocument } from '../../web/src/api/generated.ts';
import { loadPersistedOperations } from '../../server/persistedOperations.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// The explorer's operations go by hash (issue 15 item 5; Apollo's persisted-query protocol, version 1).
const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');
const searchText = SearchDocument.toString();
const variables = { text: '有限公司', first: 3 };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function post(body: object) {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
}
const byHash = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables });

describe('persisted operations', () => {
  it('registers the explorer’s operations and answers one by its hash alone exactly as by its text', async () => {
    expect(loadPersistedOperations().get(hashOf(searchText))).toBe(searchText);
    const asText = await post({ query: searchText, variables });
    const asHash = await post(byHash(hashOf(searchText)));
    expect(asText.errors).toBeUndefined();
    expect(asHash).toEqual(asText);
  });

  it('does not let a client register its own document: an unknown hash stays unknown after the text was sent with it', async () => {
    const adHoc = 'query { __typename }';
    expect((await post(byHash(hashOf(adHoc)))).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(await post({ query: adHoc, ...byHash(hashOf(adHoc)) })).toEqual({ data: { __typename: 'Query' } });
    expect((await post(byHash(hashOf(adHoc)))).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('the explorer’s client sends the hash, and falls back to the text on a server that does not know it', async () => {
    const answer = await request(SearchDocument, variables, { endpoint: `${server.url}/graphql` });
    const bare = await startTestServer({ persisted: new Map() });
    try {
      expect(await request(SearchDocument, variables, { endpoint: `${bare.url}/graphql` })).toEqual(answer);
    } finally {
      await bare.close();
    }
    // The demo corpus has companies named …有限公司.
    expect(answer.search.length).toBeGreaterThan(0);
  });

  it('prices each registered document once at start, at its largest page sizes, and refuses to start over the limit', async () => {
    await expect(startTestServer({ persisted: new Map([[hashOf(searchText), searchText]]), limits: { maxCost: 100 } })).rejects.toThrow(/persisted operation Search costs \d+, over the limit of 100/);
  });
});
