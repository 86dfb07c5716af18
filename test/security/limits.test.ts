/**
 * Every limit answers with its own code and a sentence naming the limit and its value (the rate limit
 * is in access.test.ts, with the key it counts by).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultReadTimeoutMs } from '../../graph/driver.ts';
import { QueryTimeoutError } from '../../graph/errors.ts';
import { maxHops, maxPageSize } from '../../server/args.ts';
import { createErrorFormatter } from '../../server/errors.ts';
import { defaultQueryLimits } from '../../server/limits.ts';
import { maxScreenSubjects } from '../../server/resolvers/exposure.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

async function postRaw(body: string) {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: response.status, body: (await response.json()) as { errors?: Array<{ message: string; extensions: Record<string, unknown> }> } };
}

const nested = (depth: number) => `{ agency(id: "ndrc") { ${'parent { '.repeat(depth)}id${' }'.repeat(depth)} } }`;
const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: agency(id: "ndrc") { id }`).join(' ')} }`;
const tokens = (count: number) => `{ ${'__typename '.repeat(count)}}`;
const subjects = (count: number) => `[${Array.from({ length: count }, () => '"91350100M000100Y43"').join(',')}]`;
const screenBatch = (count: number) => `{ screen(subjects: ${subjects(count)}) { asOf } }`;
/** Issue 19: 30 aliases of `screen` screened 30,000 subjects in one request. */
const screenAliases = (aliasCount: number, each: number) => `{ ${Array.from({ length: aliasCount }, (_, i) => `s${i}: screen(subjects: ${subjects(each)}) { asOf }`).join(' ')} }`;
const typenameAliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `t${i}: __typename`).join(' ')} }`;

const { maxDepth, maxAliases, maxTokens, maxCost } = defaultQueryLimits;

/** [limit, request body, HTTP status, code, the sentence naming the limit and its value]. */
const cases: Array<[string, string, number, string, RegExp]> = [
  ['request body size', JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(120_000) }), 413, 'BAD_REQUEST', /request body larger than 100kb/],
  ['query depth', JSON.stringify({ query: nested(maxDepth + 2) }), 400, 'QUERY_TOO_COMPLEX', new RegExp(`depth limit of ${maxDepth}`)],
  ['aliases', JSON.stringify({ query: aliases(maxAliases + 1) }), 400, 'QUERY_TOO_COMPLEX', new RegExp(`[Aa]liases limit of ${maxAliases}`)],
  ['aliases of __typename', JSON.stringify({ query: typenameAliases(maxAliases + 1) }), 400, 'QUERY_TOO_COMPLEX', new RegExp(`[Aa]liases limit of ${maxAliases}`)],
  [
    'screen subjects per request, over aliases',
    JSON.stringify({ query: screenAliases(3, 400) }),
    400,
    'QUERY_TOO_COMPLEX',
    new RegExp(`screen: at most ${maxScreenSubjects} subjects per request, got 1200 over 3 screen fields`),
  ],
  ['tokens', JSON.stringify({ query: tokens(maxTokens + 10) }), 400, 'QUERY_TOO_COMPLEX', new RegExp(`more tha[nt] ${maxTokens} tokens`)],
  [
    'query cost',
    JSON.stringify({ query: '{ companies(first: 500) { nodes { shareholders(first: 500) { nodes { company { officers(first: 500) { nodes { role } } } } } } } }' }),
    400,
    'QUERY_TOO_COMPLEX',
    new RegExp(`exceeds the limit of ${maxCost}`),
  ],
  ['page size', JSON.stringify({ query: `{ companies(first: ${maxPageSize + 1}) { totalCount } }` }), 200, 'BAD_USER_INPUT', new RegExp(`first: must be between 1 and ${maxPageSize}`)],
  ['hops', JSON.stringify({ query: `{ neighborhood(id: "ndrc", hops: ${maxHops + 1}) { nodes { id } } }` }), 200, 'BAD_USER_INPUT', new RegExp(`hops: must be between 1 and ${maxHops}`)],
  ['screening batch', JSON.stringify({ query: screenBatch(maxScreenSubjects + 1) }), 200, 'BAD_USER_INPUT', new RegExp(`subjects: at most ${maxScreenSubjects} per call, got ${maxScreenSubjects + 1}`)],
];

describe('limits over HTTP', () => {
  it.each(cases)('%s', async (_limit, body, status, code, sentence) => {
    const answer = await postRaw(body);
    expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(status);
    expect(answer.body.errors?.[0]?.extensions.code).toBe(code);
    expect(answer.body.errors?.[0]?.message).toMatch(sentence);
  });

  it('a screening batch at the cap is served', async () => {
    const answer = await postRaw(JSON.stringify({ query: screenBatch(maxScreenSubjects) }));
    expect(answer.body.errors).toBeUndefined();
  });
});

describe('Neo4j transaction timeout', () => {
  it('aborts a query that runs past it, as a QueryTimeoutError carrying the limit', async () => {
    const timeoutMs = 300;
    const started = Date.now();
    const error = await server.graph
      .read('UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n', {}, { timeoutMs })
      .then(() => null, (caught: unknown) => caught);
    console.log(`a query with a ${timeoutMs} ms transaction timeout was aborted after ${Date.now() - started} ms`);
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect((error as QueryTimeoutError).timeoutMs).toBe(timeoutMs);
  });

  it('reaches the client as TIMEOUT with a sentence naming the limit and its value', () => {
    const format = createErrorFormatter(() => {});
    const formatted = format({ message: 'x', path: ['sanctionTrace'] }, new QueryTimeoutError(defaultReadTimeoutMs));
    expect(formatted.extensions).toMatchObject({ code: 'TIMEOUT', timeoutMs: defaultReadTimeoutMs });
    expect(formatted.message).toMatch(new RegExp(`${defaultReadTimeoutMs} ms`));
  });
});
