/**
 * The name index is eventually consistent (graph/schema.ts): a commit does not wait for it. An import
 * waits for it at its end, so a search right after the import finds the names it wrote: here the
 * last row of a file of some thousand companies, searched the moment `importFile` returns.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { NodeKind } from '../../graph/model.ts';
import { searchNames } from '../../graph/queries/search.ts';
import { importFile } from '../../seed/import/run.ts';
import { removeFixtures, testGraph } from '../support/graph.ts';
import { now, tempDir } from './support.ts';
import { writeSyntheticCompanies } from './syntheticCompanies.ts';

/** Rows from 29 × 31^7 on have USCCs starting with `91110105X` (syntheticCompanies.ts): no other fixture uses it. */
const prefix = '91110105X';
const firstRow = 29 * 31 ** 7;

let dir: string;
let graph: Graph;

beforeAll(async () => {
  dir = tempDir('scs-search-after-import-');
  graph = await testGraph();
  await removeFixtures(graph, prefix);
});

afterAll(async () => {
  await removeFixtures(graph, prefix);
  await graph.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a search right after an import', () => {
  it('finds the name of the last company the import wrote', async () => {
    const file = path.join(dir, 'companies.csv');
    const rows = writeSyntheticCompanies(file, 1, firstRow);
    const write = vi.spyOn(graph, 'write');
    let written: string[] = [];
    // Restoring the spy clears its calls: they are read first.
    const result = await importFile(graph, { file, now }).finally(() => {
      written = write.mock.calls.map(([cypher]) => cypher);
      write.mockRestore();
    });
    // The index lags a commit by milliseconds only, too little to lose a race reliably: that the import waited is checked too.
    expect(written).toContain('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
    expect(result.summary.Company?.created).toBe(rows);
    const last = firstRow + rows - 1;
    const hits = await searchNames(graph, { text: `Synthetic Test Company ${last}`, kinds: [NodeKind.Company], limit: 1 });
    expect(hits.map((hit) => hit.node.props.nameEn)).toEqual([`Synthetic Test Company ${last}, Ltd.`]);
  }, 300_000);
});
