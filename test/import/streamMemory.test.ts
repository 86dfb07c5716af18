/**
 * The streaming CSV reader (issue 19: the importer held about 9× the file in memory): its rows and
 * lines equal the whole-text reader's, and its peak memory does not grow with the file. Measured as
 * peak RSS of a fresh process per file size; the bound is on growth, not on time.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../graph/config.ts';
import { columnSets } from '../../seed/import/csv/columns.ts';
import { readCsv } from '../../seed/import/csv/read.ts';
import { readCsvStream } from '../../seed/import/csv/stream.ts';
import { runs } from '../support/properties.ts';
import { tempDir } from './support.ts';

let dir: string;

beforeAll(() => {
  dir = tempDir('scs-import-stream-');
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function streamed(file: string) {
  const rows: Array<{ line: number; cells: Record<string, string> }> = [];
  const problems: unknown[] = [];
  for await (const item of readCsvStream(file, 'p.csv', columnSets.persons)) {
    if ('row' in item) rows.push({ line: item.row.line, cells: item.row.cells });
    else if ('problem' in item) problems.push(item.problem);
    else problems.push(...item.problems);
  }
  return { rows, problems };
}

describe('streaming CSV reader', () => {
  it('reads what the whole-text reader reads: cells, lines (lone CRs, CRLFs) and problems', async () => {
    const cell = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('"', ',', '\n', '\r\n', '\r\r\n', '\r', '张伟'));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cell, cell), { maxLength: 6 }), async (rows) => {
        const text = stringify([['id', 'name_zh'], ...rows]);
        const file = path.join(dir, 'p.csv');
        fs.writeFileSync(file, text);
        const whole = readCsv(text, columnSets.persons);
        const stream = await streamed(file);
        expect(stream.problems).toEqual(whole.problems);
        expect(stream.rows).toEqual(whole.rows.map((row) => ({ line: row.line, cells: row.cells })));
      }),
      runs(200),
    );
  });

  it('names the record where an unclosed quote opened', async () => {
    const file = path.join(dir, 'open.csv');
    fs.writeFileSync(file, 'id,name_zh\np1,甲\np2,"乙\np3,丙\n');
    expect((await streamed(file)).problems).toEqual([
      { severity: 'error', line: 3, column: 'csv', message: `unreadable CSV: a quote opened in the record starting on line 3 is never closed (a cell's closing " is missing)` },
    ]);
  });

  it('keeps its peak memory flat across file sizes (8 MB → 32 MB)', () => {
    const peakOf = (megabytes: number) => {
      const file = path.join(dir, `persons-${megabytes}.csv`);
      const out = fs.openSync(file, 'w');
      fs.writeSync(out, 'id,name_zh,name_en\n');
      let size = 0;
      let rows = 0;
      const block: string[] = [];
      while (size < megabytes * 1024 * 1024) {
        block.length = 0;
        for (let i = 0; i < 1000; i++) block.push(`p-${rows + i},张伟${rows + i},"Zhang, Wei ${rows + i}"\n`);
        const chunk = block.join('');
        fs.writeSync(out, chunk);
        size += Buffer.byteLength(chunk);
        rows += 1000;
      }
      fs.closeSync(out);
      const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'test/import/streamPeak.ts'), file], { cwd: repoRoot, encoding: 'utf8' });
      expect(child.status, child.stderr).toBe(0);
      const measured = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { rows: number; problems: number; maxRssKb: number };
      expect(measured).toMatchObject({ rows, problems: 0 });
      fs.rmSync(file);
      return measured.maxRssKb / 1024;
    };
    const small = peakOf(8);
    const large = peakOf(32);
    console.log(`streaming CSV reader: peak RSS ${small.toFixed(0)} MB for an 8 MB file, ${large.toFixed(0)} MB for 32 MB`);
    // Whole-file reading grows about 9 MB per MB of file (issue 19): some 200 MB here.
    expect(large - small).toBeLessThan(30);
  }, 600_000);
});
