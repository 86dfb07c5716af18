import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { linksInto, listingsOf, partiesById } from '../../graph/export/parties.ts';
import { countsUnder } from '../../graph/load/importLookup.ts';
import { loadReferenceData } from '../../seed/reference/load.ts';
import { exportGraph } from '../../seed/export/run.ts';
import { importFile, type ImportResult } from '../../seed/import/run.ts';
import { removeFixtures, testGraph } from '../support/graph.ts';
import { fixtures, now, tempDir, writeFile } from './support.ts';

// Companies are keyed by USCC, so this file's companies all carry division 542521 ('91542521…',
// Burang county, Tibet: a real GB/T 2260 code, since positions 3–8 are checked, that no other fixture
// or the synthetic demo uses); everything else is namespaced 'timpcsv-'.
const usccPrefix = '91542521';
const prefix = 'timpcsv-';
const csv = (name: string) => path.join(fixtures, 'csv', name);
const order = ['companies.csv', 'persons.csv', 'relations.csv', 'listings.csv'];

let graph: Graph;
let first: ImportResult[];
const importAll = async (options: { dryRun?: boolean } = {}) => {
  const results: ImportResult[] = [];
  for (const name of order) results.push(await importFile(graph, { file: csv(name), now, ...options }));
  return results;
};

beforeAll(async () => {
  graph = await testGraph();
  await removeImported();
  await loadReferenceData(graph);
  first = await importAll();
});

afterAll(async () => {
  await removeImported();
  await graph.close();
});

/** The subjects, and their listings (listing ids start with `l-`, so they go by id). */
async function removeImported() {
  const subjects = ['915425219900000175', '915425219900000250', '91542521990000033T', '91542521990000041M', 'timpcsv-p-001', 'timpcsv-p-002', 'timpcsv-p-003'];
  for (const listing of (await listingsOf(graph, subjects)).listings) await removeFixtures(graph, listing.id);
  await Promise.all([removeFixtures(graph, prefix), removeFixtures(graph, usccPrefix)]);
}

describe('CSV import of the four column sets', () => {
  it('creates exactly the rows of the files', async () => {
    expect(first.map((r) => [r.errors, r.written])).toEqual([
      [0, true],
      [0, true],
      [0, true],
      [0, true],
    ]);
    expect(first[0]!.summary).toEqual({ Company: { created: 5, updated: 0, unchanged: 0, rejected: 0 } });
    expect(first[1]!.summary).toEqual({ Person: { created: 3, updated: 0, unchanged: 0, rejected: 0 } });
    expect(first[2]!.summary).toEqual({
      SHAREHOLDER_OF: { created: 5, updated: 0, unchanged: 0, rejected: 0 },
      LEGAL_REPRESENTATIVE_OF: { created: 2, updated: 0, unchanged: 0, rejected: 0 },
      OFFICER_OF: { created: 3, updated: 0, unchanged: 0, rejected: 0 },
      BRANCH_OF: { created: 1, updated: 0, unchanged: 0, rejected: 0 },
    });
    expect(first[3]!.summary.Listing).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 0 });
    const counts = await countsUnder(graph, [prefix, usccPrefix]);
    expect(counts.byKind).toEqual({ Company: 5, Person: 3 });
    expect(counts.byType).toEqual({ SHAREHOLDER_OF: 5, LEGAL_REPRESENTATIVE_OF: 2, OFFICER_OF: 3, BRANCH_OF: 1, LISTED: 3 });
  });

  it('stores typed values and file:line provenance', async () => {
    const [holding] = await partiesById(graph, ['915425219900000175']);
    expect(holding!.props).toMatchObject({
      uscc: '915425219900000175',
      nameZh: '测试控股集团有限公司',
      formerNames: ['测试集团有限公司', '测试实业有限公司'],
      registeredCapital: 50000000,
      established: '2005-06-01',
      stateOwned: true,
      isBranch: false,
      source: 'companies.csv:2',
      recordedAt: now.toISOString(),
    });
    const links = (await linksInto(graph, ['915425219900000250'])).links;
    const byParent = links.find((l) => l.from === '915425219900000175')!;
    expect(byParent).toMatchObject({ type: 'SHAREHOLDER_OF', id: 'sh:915425219900000175:915425219900000250:2010-03-15' });
    expect(byParent.props).toMatchObject({ fraction: 0.51, subscribedCapital: 5100000, from: '2010-03-15', source: 'relations.csv:10' });
    expect(links.find((l) => l.from === 'timpcsv-p-003')!.props).toMatchObject({ role: 'director', until: '2020-12-31' });
    const listings = await listingsOf(graph, ['91542521990000041M', 'timpcsv-p-001']);
    expect(listings.listings.map((l) => [l.id, l.props.status, l.props.caseNumber])).toEqual([
      ['l-spc_dishonest_judgment_debtors-91542521990000041M-2019-05-01', 'active', '(2019)京01执123号'],
      ['l-spc_dishonest_judgment_debtors-timpcsv-p-001-2019-05-01', 'active', '(2019)京01执124号'],
    ]);
    expect(listings.references.map((r) => r.id)).toEqual(['spc', 'spc_dishonest_judgment_debtors']);
  });

  it('changes nothing when the same files are imported again, and a dry run says so too', async () => {
    const before = await countsUnder(graph, [prefix, usccPrefix]);
    for (const results of [await importAll({ dryRun: true }), await importAll()]) {
      for (const result of results) {
        for (const [kind, summary] of Object.entries(result.summary)) {
          expect([kind, summary.created, summary.updated, summary.rejected]).toEqual([kind, 0, 0, 0]);
          expect(summary.unchanged).toBeGreaterThan(0);
        }
      }
    }
    expect(await countsUnder(graph, [prefix, usccPrefix])).toEqual(before);
    const [holding] = await partiesById(graph, ['915425219900000175']);
    expect(holding!.props.recordedAt).toBe(now.toISOString());
  });

  it('round-trips CSV → graph → CSV unchanged', async () => {
    const out = tempDir('scs-export-csv-');
    const result = await exportGraph(graph, 'csv', out, { subject: '915425219900000175', hops: 3 });
    expect(result).toMatchObject({ parties: 8, relationships: 11, listings: 3, bounded: false });
    for (const name of order) expect([name, fs.readFileSync(path.join(out, name), 'utf8')]).toEqual([name, fs.readFileSync(csv(name), 'utf8')]);
    // …and importing the export is a no-op.
    for (const name of order) {
      const again = await importFile(graph, { file: path.join(out, name), now });
      expect(Object.values(again.summary).every((s) => s.created === 0 && s.updated === 0 && s.rejected === 0)).toBe(true);
    }
  });

  it('a dry run of a changed file reports the update and writes nothing', async () => {
    const dir = tempDir('scs-import-csv-');
    const text = fs.readFileSync(csv('companies.csv'), 'utf8').replace('测试贸易有限公司,Test Trading Co. Ltd,,有限责任公司,revoked', '测试贸易有限公司,Test Trading Co. Ltd,,有限责任公司,cancelled');
    const result = await importFile(graph, { file: writeFile(dir, 'companies.csv', text), now, dryRun: true });
    expect(result.summary.Company).toEqual({ created: 0, updated: 1, unchanged: 4, rejected: 0 });
    expect(result.written).toBe(false);
    expect((await partiesById(graph, ['91542521990000041M']))[0]!.props.status).toBe('revoked');
  });
});
