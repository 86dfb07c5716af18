/**
 * Hostile or mistaken arguments found in issue 19, each answered as the client's mistake naming the
 * argument: a forged page cursor, an invalid date literal, and (with introspection off) enum-value
 * suggestions that would list the hidden schema.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../server/args.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let open: TestServer;
let closed: TestServer;
let companyId: string;

beforeAll(async () => {
  [open, closed] = await Promise.all([startTestServer({ introspection: true }), startTestServer({ introspection: false })]);
  const { companies } = await open.data<{ companies: { nodes: Array<{ id: string }> } }>('{ companies(first: 1) { nodes { id } } }');
  companyId = companies.nodes[0]!.id;
});

afterAll(async () => {
  await Promise.all([open?.close(), closed?.close()]);
});

describe('page cursors', () => {
  it('a forged offset beyond the safe integers is BAD_USER_INPUT on `after`, not an internal error ("long overflow")', async () => {
    const forged = encodeCursor([1e19]);
    const result = await open.gql(`query($id: ID!, $after: String) { node(id: $id) { ... on Company { shareholders(after: $after) { totalCount } } } }`, { id: companyId, after: forged });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(open.logs.filter((line) => /internal error/.test(line))).toEqual([]);
  });
});

describe('date literals', () => {
  it.each([
    ['an input field', '{ companies(filter: { established: { from: "2023-02-30" } }) { totalCount } }', 'filter.established.from', '"2023-02-30"'],
    ['an argument, not even a string', `{ node(id: "ID") { ... on Company { shareholders(asOf: 20230101) { totalCount } } } }`, 'asOf', '20230101'],
  ])('in %s: BAD_USER_INPUT naming the argument', async (_where, query, argument, found) => {
    const result = await open.gql(query.replace('"ID"', JSON.stringify(companyId)));
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument, found });
    expect(result.errors?.[0]?.message).toContain(`${argument}: expected a calendar date`);
  });

  it('a valid literal still works', async () => {
    const data = await open.data<{ companies: { totalCount: number } }>('{ companies(filter: { established: { from: "2000-01-01" } }) { totalCount } }');
    expect(data.companies.totalCount).toBeGreaterThan(0);
  });
});

describe('enum-value suggestions', () => {
  const literal = '{ companies(filter: { listKind: blacklst }) { totalCount } }';
  const variable = 'query($kind: ListKind) { companies(filter: { listKind: $kind }) { totalCount } }';

  it('are given with introspection on (the schema is public then)', async () => {
    expect((await open.gql(literal)).errors?.[0]?.message).toMatch(/Did you mean the enum value "blacklist"\?/);
  });

  it.each([
    ['in the query text', literal, undefined],
    ['in a variable', variable, { kind: 'blacklst' }],
  ])('are hidden with introspection off, %s', async (_where, query, variables) => {
    const result = await closed.gql(query, variables);
    expect(result.errors?.length).toBeGreaterThan(0);
    for (const error of result.errors ?? []) {
      expect(error.message).not.toMatch(/Did you mean|blacklist\b/);
    }
  });
});
