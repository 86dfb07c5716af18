import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiExamples } from '../../web/src/api/examples.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// GraphiQL's tabs and the API documentation come from web/src/api/examples.ts: each one must run
// on the demo corpus without an error and answer something.
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

const hasContent = (value: unknown): boolean =>
  Array.isArray(value) ? value.length > 0 : value !== null && typeof value === 'object' ? Object.values(value).some(hasContent) : value !== null && value !== undefined;

describe('API examples (GraphiQL tabs)', () => {
  it('cover every capability the explorer offers', () => {
    const roots = apiExamples.map((example) => /\{\s*(\w+)/.exec(example.query.slice(example.query.indexOf('{')))?.[1]);
    expect(roots).toEqual(expect.arrayContaining(['document', 'company', 'measure', 'sanctionTrace', 'exposure', 'actualController', 'screen', 'listMembers', 'search']));
  });

  apiExamples.forEach((example) => {
    it(example.title, async () => {
      const result = await server.gql(example.query, example.variables);
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      const [root] = Object.values(result.data ?? {});
      expect(hasContent(root)).toBe(true);
    });
  });

  it('the controller example shows the chain of control differing from the largest holder', async () => {
    const example = apiExamples.find((candidate) => candidate.query.includes('actualController'))!;
    const data = await server.data<{ actualController: { controller: { party: { id: string } }; largestHolder: { party: { id: string } }; chain: unknown[] } }>(example.query, example.variables);
    expect(data.actualController.controller.party.id).toBe('p-demo-03');
    expect(data.actualController.largestHolder.party.id).toBe('p-demo-06');
    expect(data.actualController.chain).toHaveLength(3);
  });
});
