import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { demoStory } from '../../seed/synthetic/demoStory.ts';
import { loadPersistedOperations } from '../../server/persistedOperations.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * The lean path (server/leanPath.ts): a request naming a registered operation by its hash runs the
 * prepared document straight through graphql-js, without Apollo's pipeline, and answers byte for
 * byte as Apollo answers the same operation sent as text (which always takes Apollo's path).
 */

/** The registry, counting the look-ups made after start: Apollo's path looks every hash up, the lean path never. */
class CountingRegistry extends Map<string, string> {
  lookups = 0;
  override get(hash: string): string | undefined {
    this.lookups++;
    return super.get(hash);
  }
}

const asOf = '2024-06-30';
const company = demoStory.judgmentDebtor;

/** A value for each variable of the explorer's documents, by name, on the demo corpus (ids that exist). */
const existing: Record<string, unknown> = {
  id: company,
  subject: company,
  company: demoStory.subsidiary,
  from: demoStory.blacklistedParent,
  to: demoStory.supplierTwoHopsBelow,
  uscc: company,
  agency: 'ndrc',
  list: 'spc_dishonest_judgment_debtors',
  measure: 'm_high_consumption_restriction',
  subjects: [demoStory.supplierTwoHopsBelow, '不存在的测试公司'],
  text: '有限公司',
  watchlist: 'no-such-watchlist',
  events: [],
  since: '2024-01-01',
  asOf,
};
/** The same with ids that do not exist: errors in the answer (NOT_FOUND and the like). */
const missing: Record<string, unknown> = { ...existing, id: 'no-such-node', subject: 'no-such-node', company: 'no-such-company', from: 'no-such-node', agency: 'no-such-agency', list: 'no-such-list', measure: 'no-such-measure', uscc: '91110000MA00000000' };

function variablesOf(text: string, values: Record<string, unknown>): Record<string, unknown> {
  const operation = parse(text).definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (name in values) variables[name] = values[name];
  }
  return variables;
}

const registry = new CountingRegistry(loadPersistedOperations());
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ persisted: registry });
});
afterAll(async () => {
  await server.close();
});

interface Answer {
  status: number;
  contentType: string | null;
  retryAfter: string | null;
  text: string;
}

async function post(body: object, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, contentType: response.headers.get('content-type'), retryAfter: response.headers.get('retry-after'), text: await response.text() };
}

/**
 * What must be the same. Internal errors carry a fresh id per answer. When two non-null fields fail
 * and null the whole answer, the one that failed first is reported, whichever path ran it: then
 * where it sits (path, locations) may differ, not what it says.
 */
function comparable(answer: Answer): Answer {
  const text = answer.text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>');
  const body = JSON.parse(text) as { data?: unknown; errors?: Array<Record<string, unknown>> };
  if (body.data !== null || !body.errors) return { ...answer, text };
  return { ...answer, text: JSON.stringify({ ...body, errors: body.errors.map(({ path: _path, locations: _locations, ...error }) => error) }) };
}
const transient = /"code":"(TIMEOUT|DATABASE_UNAVAILABLE)"/;
const byHash = (hash: string, variables: Record<string, unknown>) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables });

describe('the lean path for the explorer’s operations', () => {
  const operations = [...loadPersistedOperations()];

  it.each(operations.map(([hash, text]) => [/\w+ (\w+)/.exec(text)![1]!, hash, text] as const))('%s answers by hash exactly as Apollo answers its text, without Apollo', async (_name, hash, text) => {
    for (const values of [existing, missing]) {
      const variables = variablesOf(text, values);
      // A busy machine may answer either side with a timeout or the database out of reach: asked again.
      for (let attempt = 1; ; attempt++) {
        // Apollo first: a cold plan's first run is the slowest.
        const apollo = await post({ query: text, variables });
        const before = registry.lookups;
        const lean = await post(byHash(hash, variables));
        expect(registry.lookups, 'Apollo looked the hash up: the request did not take the lean path').toBe(before);
        if (attempt < 3 && [apollo, lean].some((answer) => transient.test(answer.text))) continue;
        expect(comparable(lean)).toEqual(comparable(apollo));
        break;
      }
    }
  });

  it('answers with the media type the client accepts, as Apollo does', async () => {
    const [hash, text] = operations.find(([, text]) => text.includes('query Search('))!;
    const variables = variablesOf(text, existing);
    for (const accept of ['application/graphql-response+json', 'application/json', 'application/graphql-response+json, application/json;q=0.9', '*/*']) {
      const lean = await post(byHash(hash, variables), { accept });
      expect(lean).toEqual(await post({ query: text, variables }, { accept }));
    }
    // None acceptable: Apollo answers (406).
    const refused = await post(byHash(hash, variables), { accept: 'text/csv' });
    expect(refused.status).toBe(406);
  });

  it('leaves variables that do not fit, and a different operation name, to Apollo', async () => {
    const [hash, text] = operations.find(([, text]) => text.includes('query NodeProfile('))!;
    for (const variables of [{ asOf }, { id: [company] }, { id: company, asOf: 20240630 }]) {
      const lean = await post(byHash(hash, variables));
      expect(lean.status).toBe(400);
      expect(lean).toEqual(await post({ query: text, variables }));
    }
    const named = await post({ ...byHash(hash, { id: company }), operationName: 'Other' });
    expect(named).toEqual(await post({ query: text, variables: { id: company }, operationName: 'Other' }));
  });
});
