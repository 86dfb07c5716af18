import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import {
  basicListEditionAt,
  basicListEditionInForceAt,
  documentInForce,
  documentInForceAt,
  listingActive,
  listingActiveAt,
  roleHeld,
  roleHeldAt,
  type DocumentDates,
  type EditionDates,
  type ListingDates,
  type RoleDates,
} from '../../graph/domain/validity.ts';
import { removeFixtures, testGraph } from '../support/graph.ts';

// Each time rule of graph/domain/validity.ts is given twice, in TypeScript and in Cypher; the tables
// below run both on the real Neo4j and require the same answer, and pin the answer itself.

const prefix = 'val-';
let graph: Graph;

beforeAll(async () => {
  graph = await testGraph();
  await removeFixtures(graph, prefix);
});

afterAll(async () => {
  await removeFixtures(graph, prefix);
  await graph.close();
});

/** Evaluates `predicate('x')` in Cypher on each record (a map; absent keys read as null, as on a node). */
async function inCypher<R>(records: readonly R[], predicate: (x: string) => string, asOf: string): Promise<boolean[]> {
  const rows = await graph.read<{ answer: boolean }>(`UNWIND $records AS x RETURN ${predicate('x')} AS answer`, { records, asOf });
  return rows.map((row) => row.answer);
}

const dates = ['2015-12-31', '2016-01-01', '2016-06-01', '2019-12-31', '2020-01-01', '2021-06-01', '2030-01-01'];

describe('rule 1: listing active at D', () => {
  const listings: Array<[ListingDates, boolean[]]> = [
    // from 2016-01-01, no end: active from its first day on
    [{ from: '2016-01-01' }, [false, true, true, true, true, true, true]],
    // until is exclusive
    [{ from: '2016-01-01', until: '2020-01-01', status: 'active' }, [false, true, true, true, false, false, false]],
    // repaired on 2016-06-01: ends that day although until is later
    [{ from: '2016-01-01', until: '2020-01-01', status: 'repaired', endedOn: '2016-06-01' }, [false, true, false, false, false, false, false]],
    // removed without an end date but with until: ends at until
    [{ from: '2016-01-01', until: '2020-01-01', status: 'removed' }, [false, true, true, true, false, false, false]],
    // expired without any end date: we know it ended, not when: never active
    [{ from: '2016-01-01', status: 'expired' }, [false, false, false, false, false, false, false]],
  ];
  it.each(listings.map(([listing, expected], row) => ({ row, listing, expected })))('case %#', async ({ listing, expected }) => {
    const ts = dates.map((asOf) => listingActive(listing, asOf));
    expect(ts).toEqual(expected);
    for (const [i, asOf] of dates.entries()) expect((await inCypher([listing], listingActiveAt, asOf))[0]).toBe(ts[i]);
  });
});

describe('rule 2: document in force at D', () => {
  const documents: Array<[DocumentDates, boolean[]]> = [
    [{ type: 'memorandum', issued: '2015-12-01', effective: '2016-01-01', repealed: '2020-01-01' }, [false, true, true, true, false, false, false]],
    [{ type: 'law', issued: '2016-06-01' }, [false, false, true, true, true, true, true]], // issued, no effective date: from issue
    [{ type: 'policy' }, [true, true, true, true, true, true, true]], // undated: no bound
    [{ type: 'draft', issued: '2000-01-01' }, [false, false, false, false, false, false, false]], // drafts never bind
  ];
  it.each(documents.map(([document, expected], row) => ({ row, document, expected })))('case %#', async ({ document, expected }) => {
    const ts = dates.map((asOf) => documentInForce(document, asOf));
    expect(ts).toEqual(expected);
    for (const [i, asOf] of dates.entries()) expect((await inCypher([document], documentInForceAt, asOf))[0]).toBe(ts[i]);
  });
});

describe('rule 3: role held at D', () => {
  const roles: Array<[RoleDates, boolean[]]> = [
    [{ from: '2016-01-01', until: '2020-01-01' }, [false, true, true, true, false, false, false]],
    [{}, [true, true, true, true, true, true, true]], // open at both ends
    [{ until: '2016-06-01' }, [true, true, false, false, false, false, false]],
  ];
  it.each(roles.map(([role, expected], row) => ({ row, role, expected })))('case %#', async ({ role, expected }) => {
    const ts = dates.map((asOf) => roleHeld(role, asOf));
    expect(ts).toEqual(expected);
    for (const [i, asOf] of dates.entries()) expect((await inCypher([role], roleHeldAt, asOf))[0]).toBe(ts[i]);
  });
});

describe('rule 4: basic-list edition in force at D', () => {
  // Editions far in the future so that the reference graph's real editions are all older: A (3001),
  // B (3003) replacing A by date without A being repealed, C (3005) repealed in 3006, a draft D.
  const editions = [
    { id: `${prefix}A`, type: 'basic_list', issued: '3001-01-01' },
    { id: `${prefix}B`, type: 'basic_list', issued: '3002-06-01', effective: '3003-01-01' },
    { id: `${prefix}C`, type: 'basic_list', effective: '3005-01-01', repealed: '3006-01-01' },
    { id: `${prefix}D`, type: 'draft', issued: '3004-01-01' },
  ];
  const table: Array<[string, string | null]> = [
    ['3001-06-01', 'A'],
    ['3002-12-31', 'A'], // B issued but not yet effective
    ['3003-01-01', 'B'],
    ['3004-06-01', 'B'], // the draft never replaces anything
    ['3005-06-01', 'C'],
    ['3006-01-01', 'B'], // C repealed: B, still unrepealed, is the latest in force
  ];

  it('agrees with the Cypher predicate on the graph and names the latest edition by date', async () => {
    await graph.write('UNWIND $editions AS e CREATE (d:Node:PolicyDocument) SET d = e', { editions });
    const all = await graph.read<EditionDates>('MATCH (d:PolicyDocument) RETURN d.id AS id, d.type AS type, d.issued AS issued, d.effective AS effective, d.repealed AS repealed');
    for (const [asOf, expected] of table) {
      const ts = basicListEditionAt(all, asOf)?.id ?? null;
      expect(ts, asOf).toBe(expected && `${prefix}${expected}`);
      const cypher = await graph.read<{ id: string }>(`MATCH (d:PolicyDocument) WHERE ${basicListEditionInForceAt('d')} RETURN d.id AS id`, { asOf });
      expect(cypher.map((row) => row.id), asOf).toEqual(ts ? [ts] : []);
    }
  });

  it('agrees on the reference graph\'s own editions at every date of the reform', async () => {
    const all = await graph.read<EditionDates>(
      `MATCH (d:PolicyDocument) WHERE NOT d.id STARTS WITH '${prefix}' RETURN d.id AS id, d.type AS type, d.issued AS issued, d.effective AS effective, d.repealed AS repealed`,
    );
    for (const asOf of ['2020-06-01', '2021-06-01', '2022-06-01', '2023-06-01', '2025-06-01']) {
      const ts = basicListEditionAt(all, asOf)?.id ?? null;
      const cypher = await graph.read<{ id: string }>(
        `MATCH (d:PolicyDocument) WHERE NOT d.id STARTS WITH '${prefix}' AND ${basicListEditionInForceAt('d')} RETURN d.id AS id`,
        { asOf },
      );
      expect(cypher.map((row) => row.id), asOf).toEqual(ts ? [ts] : []);
    }
  });
});
