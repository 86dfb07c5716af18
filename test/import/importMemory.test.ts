/**
 * The importer's memory stays flat across file sizes (issues 15 and 19: reading a file whole held
 * about 9× its size). The importer CLI imports a 3 MB and a 12 MB companies CSV, each in a fresh
 * process against the test Neo4j; its peak RSS (VmHWM, polled from /proc) may grow by less than half
 * while the file grows fourfold. A bound on growth, not on time.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../graph/config.ts';
import type { Graph } from '../../graph/driver.ts';
import { testGraph } from '../support/graph.ts';
import { tempDir } from './support.ts';
import { writeSyntheticCompanies } from './syntheticCompanies.ts';

/** USCCs of the generated rows start with this (syntheticCompanies.ts): no other fixture uses it. */
const prefix = '91110105Y';
const firstRow = 30 * 31 ** 7;

let dir: string;
let graph: Graph;

beforeAll(async () => {
  dir = tempDir('scs-import-memory-');
  graph = await testGraph();
});

afterAll(async () => {
  // In slices: one transaction deleting 100k companies would crowd the shared test database.
  for (;;) {
    const rows = await graph.write<{ deleted: number }>('MATCH (n:Node) WHERE n.id STARTS WITH $prefix WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted', { prefix });
    if (Number(rows[0]?.deleted ?? 0) === 0) break;
  }
  await graph.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs the importer CLI on `file`; resolves with its exit code, output and peak RSS in MB. */
function importPeak(file: string): Promise<{ code: number | null; out: string; peakMb: number }> {
  const neo4j = inject('neo4j');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'seed/import/cli.ts'), file], {
    cwd: repoRoot,
    env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database },
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  let peakKb = 0;
  const poll = setInterval(() => {
    try {
      const hwm = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
    } catch {
      // The process has just exited: the last reading stands.
    }
  }, 100);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ code, out, peakMb: peakKb / 1024 });
    });
  });
}

describe('importer memory', () => {
  it('stays flat while the file grows fourfold (3 MB → 12 MB of companies)', async () => {
    const small = path.join(dir, 'companies-3mb.csv');
    const large = path.join(dir, 'companies-12mb.csv');
    const smallRows = writeSyntheticCompanies(small, 3, firstRow);
    const largeRows = writeSyntheticCompanies(large, 12, firstRow + smallRows);
    const first = await importPeak(small);
    expect(first.code, first.out).toBe(0);
    expect(first.out).toContain(`created ${smallRows},`);
    const second = await importPeak(large);
    expect(second.code, second.out).toBe(0);
    expect(second.out).toContain(`created ${largeRows},`);
    expect(Number((await graph.read<{ n: number }>('MATCH (c:Company) WHERE c.id STARTS WITH $prefix RETURN count(*) AS n', { prefix }))[0]!.n)).toBe(smallRows + largeRows);
    console.log(`importer peak RSS: ${first.peakMb.toFixed(0)} MB for ${smallRows} rows (3 MB), ${second.peakMb.toFixed(0)} MB for ${largeRows} rows (12 MB)`);
    // Reading whole, the 12 MB file would add some 200 MB (issue 19: 598 MB peak for 20 MB).
    expect(second.peakMb).toBeLessThan(first.peakMb * 1.5);
  }, 600_000);
});
