/**
 * The FtM importer's memory stays flat across file sizes (issue 15: FtM files were read whole): a
 * 3 MB and a 12 MB generated file (persons, each linked to one defined on a later line) are imported
 * each in a fresh process against the test Neo4j, streamed and, for comparison, read whole. The
 * streamed import's peak RSS may grow by a bounded amount while the file grows fourfold; the whole
 * read grows past that bound, so the test tells the two apart. A bound on growth, not on time.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../graph/config.ts';
import type { Graph } from '../../graph/driver.ts';
import { testGraph } from '../support/graph.ts';
import { tempDir } from './support.ts';
import { writeSyntheticFtm } from './syntheticFtm.ts';

const namespace = 'timpftmmem-';

let dir: string;
let graph: Graph;

/** Deletes the namespace's nodes in slices: one transaction for 100k nodes would crowd the shared test database. */
async function removeImported(): Promise<void> {
  for (;;) {
    const rows = await graph.write<{ deleted: number }>('MATCH (n:Node) WHERE n.id STARTS WITH $namespace WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted', { namespace });
    if (Number(rows[0]?.deleted ?? 0) === 0) break;
  }
}

beforeAll(async () => {
  dir = tempDir('scs-import-ftm-memory-');
  graph = await testGraph();
  await removeImported();
});

afterAll(async () => {
  await removeImported();
  await graph.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Imports `file` in a fresh process (read whole with `whole`); its peak RSS in MB. */
async function importPeak(file: string, entities: number, whole: boolean): Promise<number> {
  await removeImported();
  const neo4j = inject('neo4j');
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'test/import/importPeak.ts'), file, namespace, whole ? '--whole' : '--stream'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database },
  });
  expect(child.status, child.stderr).toBe(0);
  const measured = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { records: number; errors: number; written: boolean; maxRssKb: number };
  expect(measured).toMatchObject({ records: entities, errors: 0, written: true });
  return measured.maxRssKb / 1024;
}

describe('FtM importer memory', () => {
  it('stays flat while the file grows fourfold (3 MB → 12 MB of entities)', async () => {
    const small = path.join(dir, 'small.ftm.json');
    const large = path.join(dir, 'large.ftm.json');
    const smallEntities = writeSyntheticFtm(small, 3, 's-');
    const largeEntities = writeSyntheticFtm(large, 12, 'l-');
    const streamed = [await importPeak(small, smallEntities, false), await importPeak(large, largeEntities, false)];
    const whole = [await importPeak(small, smallEntities, true), await importPeak(large, largeEntities, true)];
    console.log(`FtM importer peak RSS, 3 MB → 12 MB: streamed ${streamed.map((mb) => mb.toFixed(0)).join(' → ')} MB, read whole ${whole.map((mb) => mb.toFixed(0)).join(' → ')} MB`);
    // Read whole, the 12 MB file adds some 170 MB (about 19 MB a MB of file); streamed, some 45 MB of
    // garbage collector headroom that stops growing (docs/reliability.md: 12 → 192 MB of file).
    expect(streamed[1]! - streamed[0]!).toBeLessThan(90);
    expect(whole[1]! - whole[0]!).toBeGreaterThan(90);
  }, 900_000);
});
