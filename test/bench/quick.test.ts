import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { repoRoot } from '../../graph/config.ts';
import type { BenchReport } from './report.ts';
import { allSpecs } from './run.ts';

/**
 * Keeps the benchmark from rotting: the quick bench at the smallest scale runs end to end (its own
 * DBMS, load, queries, GraphQL, front end) and reports every row with a number or `n/a`. It checks
 * that the bench runs, never how fast anything is.
 */
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-bench-quick-'));
// Its own data folder: a developer's bench or another test run may be using .data/bench-1k-s42.
const dataDir = path.join(outDir, 'data');

function runQuickBench(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/bench/run.ts', '--quick', '--scale', '1k', '--samples', '5', '--out', outDir, '--data-dir', dataDir], { cwd: repoRoot });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('npm run bench -- --quick', () => {
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  // About 3 minutes on a quiet machine (most of it starting DBMSs and the first build of the 1k
  // graph, which later runs reuse); the bound is generous because CI boxes are shared.
  test('reports every row, each figure a number or n/a, and no row failed', { timeout: 900_000 }, async () => {
    const { code, output } = await runQuickBench();
    const files = fs.readdirSync(outDir).filter((file) => file.endsWith('.json'));
    expect(fs.readdirSync(dataDir).filter((entry) => fs.statSync(path.join(dataDir, entry)).isDirectory())).toEqual(['bench-1k-s42']);
    expect(files, output).toHaveLength(1);
    const report = JSON.parse(fs.readFileSync(path.join(outDir, files[0]!), 'utf8')) as BenchReport;

    expect(report.rows.map((row) => row.name)).toEqual(allSpecs({ scaleLabel: '1k' }).map((spec) => spec.name));
    for (const row of report.rows) {
      expect(row.status, `${row.name}: ${row.note}`).not.toBe('error');
      if (row.status === 'n/a') expect(row.note, `${row.name} says why it is n/a`).toBeTruthy();
      for (const [key, value] of Object.entries(row.figures)) {
        const ok = value === 'n/a' || (typeof value === 'number' && Number.isFinite(value));
        expect(ok, `${row.name}.${key} = ${String(value)}`).toBe(true);
      }
    }
    expect(report.versions.node).toBe(process.version);
    expect(code, output).toBe(0);
  });
});
