import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../graph/config.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// Every GraphiQL example of the API guide (docs/api.md) runs without errors on the demo data.
const guide = fs.readFileSync(path.join(repoRoot, 'docs', 'api.md'), 'utf8');
const examples = [...guide.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

describe('docs/api.md GraphQL examples', () => {
  it('the guide has examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(7);
  });

  examples.forEach((query, index) => {
    it(`example ${index + 1}: ${query.split('\n')[0]!.slice(0, 60)}`, async () => {
      const result = await server.gql(query);
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      expect(result.data).toBeDefined();
    });
  });
});
