import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCsv } from '../../graph/load/bulk/bulkBuild.ts';
import neo4j from 'neo4j-driver';
import { CsvCorpus, type CsvGroup } from '../../graph/load/bulk/csvCorpus.ts';
import { NodeKind } from '../../graph/model.ts';
import { syntheticCsvSource } from '../../seed/synthetic/bulk.ts';

/**
 * The bulk build's CSV files written by several worker threads hold exactly the rows one worker
 * writes (compared as a digest of every row, sorted: files, parts and row order differ), and a
 * failing worker leaves no CSV folder behind.
 */

const corpus = { companies: 3_000, seed: 7 };
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-csv-parts-'));

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Every row of the groups as `entity|column=cell;…` (cells sorted by column, empty ones left out: parts differ in width and column order), sorted. */
function rowLines(groups: CsvGroup[]): string[] {
  const lines: string[] = [];
  for (const group of groups) {
    const columns = fs.readFileSync(group.header, 'utf8').trim().split(',').map((column) => column.replace(/:[^:]*$/, '') || column);
    const rows = parse(fs.readFileSync(group.data, 'utf8'), { relax_column_count: false }) as string[][];
    for (const row of rows) lines.push(`${group.entity}|${row.map((cell, i) => (cell === '' ? '' : `${columns[i]}=${cell}`)).filter(Boolean).sort().join(';')}`);
  }
  return lines.sort();
}

const digest = (lines: string[]) => createHash('sha256').update(lines.join('\n')).digest('hex');

describe('CSV written by worker threads', () => {
  it('holds the same rows with three workers as with one', async () => {
    const one = await writeCsv(path.join(root, 'one'), syntheticCsvSource(corpus, { workers: 1 }));
    const three = await writeCsv(path.join(root, 'three'), syntheticCsvSource(corpus, { workers: 3 }));
    expect(three.some((group) => path.basename(group.data).startsWith('w3-'))).toBe(true);
    const [a, b] = [rowLines(one), rowLines(three)];
    expect(a.length).toBeGreaterThan(corpus.companies);
    expect(b.length).toBe(a.length);
    expect(digest(b)).toBe(digest(a));
    // The comparison sees a worker's part missing.
    const withoutSecond = three.filter((group) => !path.basename(group.data).startsWith('w2-'));
    expect(digest(rowLines(withoutSecond))).not.toBe(digest(a));
  });

  it('counts every batch of every worker', async () => {
    const seen: number[] = [];
    await writeCsv(path.join(root, 'progress'), syntheticCsvSource({ companies: 3_000, seed: 3 }, { workers: 2, onBatch: (done, batches) => seen.push(done, batches) }));
    expect(seen).toEqual([1, 3, 2, 3, 3, 3]);
  });

  it('names the failing worker and removes the CSV folder', async () => {
    const dir = path.join(root, 'failing');
    const failing = { ...syntheticCsvSource(corpus, { workers: 2 }) };
    failing.parts = { ...failing.parts!, module: new URL('./fixtures/failingPart.ts', import.meta.url).href };
    await expect(writeCsv(dir, failing)).rejects.toThrow(/CSV worker 2 of 2 failed: part 2 broke/);
    expect(fs.existsSync(dir)).toBe(false);
  });
});

describe('CSV cells', () => {
  it('quotes what the importer would misread, and marks a part with a line break as multi-line', async () => {
    const dir = path.join(root, 'cells');
    const sink = new CsvCorpus(dir);
    const names = ['plain', '', 'a,b', 'say "hi"', ' lead', 'trail\u3000', 'two\nlines', '中文名'];
    await sink.nodes(NodeKind.Person, names.map((nameZh, i) => ({ id: `p${i}`, props: { nameZh, year: neo4j.int(2000 + i), formerNames: [`x${i}`, 'y z'] } })));
    const [group] = sink.finish();
    expect(group!.multiline).toBe(true);
    const lines = fs.readFileSync(group!.data, 'utf8');
    expect(lines.split('\n').slice(0, 6)).toEqual([
      'p0,Node\u001fPerson,plain,2000,x0\u001fy z',
      'p1,Node\u001fPerson,"",2001,x1\u001fy z',
      'p2,Node\u001fPerson,"a,b",2002,x2\u001fy z',
      'p3,Node\u001fPerson,"say ""hi""",2003,x3\u001fy z',
      'p4,Node\u001fPerson," lead",2004,x4\u001fy z',
      'p5,Node\u001fPerson,"trail\u3000",2005,x5\u001fy z',
    ]);
    const parsed = parse(lines) as string[][];
    expect(parsed.map((row) => row[2])).toEqual(names);
    expect(fs.readFileSync(group!.header, 'utf8')).toBe('id:ID,:LABEL,nameZh:string,year:long,formerNames:string[]\n');
  });
});
