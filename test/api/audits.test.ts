import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * GraphQL-over-HTTP conformance (graphql-http's server audits) against the running server. MUST
 * audits may never fail; SHOULD audits only where Apollo Server is known to differ: it answers
 * parse, validation and variable-coercion errors with 400 also when the client accepts only
 * application/json (the spec's SHOULD is 200 there). MAY audits that fail are listed in docs/api.md.
 */
const apolloKnownWarnings = new Set(['572B', 'FDE2', '7B9B']);

let server: TestServer;
const results: Array<{ id: string; name: string; status: string; reason?: string }> = [];

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  const count = (status: string) => results.filter((r) => r.status === status).length;
  console.log(`graphql-http audits: ${results.length} run, ${count('ok')} ok, ${count('warn')} warn, ${count('notice')} notice, ${count('error')} error`);
  for (const r of results.filter((x) => x.status !== 'ok')) console.log(`  ${r.status} ${r.id} ${r.name}`);
  await server.close();
});

describe('graphql-http server audits', () => {
  for (const audit of serverAudits({ url: () => `${server.url}/graphql` })) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      results.push({ id: audit.id, name: audit.name, status: result.status, reason: 'reason' in result ? result.reason : undefined });
      if (audit.name.startsWith('MUST')) expect(result.status, 'reason' in result ? result.reason : '').toBe('ok');
      if (audit.name.startsWith('SHOULD') && !apolloKnownWarnings.has(audit.id)) expect(result.status, 'reason' in result ? result.reason : '').toBe('ok');
      expect(result.status).not.toBe('error');
    });
  }
});
