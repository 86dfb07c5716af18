/**
 * Formats the importer streams (FtM JSON lines, OpenSanctions' CSV, GBK CSV) against the same file read whole
 * (`readWhole`, the path they replaced): the same result — records, problems at file:line: field,
 * counts, skipped schemata — the same rejects file and the same graph, on the public samples and on
 * generated files full of errors, for a refused import, a dry run and one with --skip-invalid.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { importFile, type ImportOptions, type ImportResult } from '../../seed/import/run.ts';
import { loadReferenceData } from '../../seed/reference/load.ts';
import { removeFixtures, testGraph } from '../support/graph.ts';
import { now, sharedData, tempDir, writeFile } from './support.ts';

const namespace = 'timpstream-';

let graph: Graph;
let dir: string;

beforeAll(async () => {
  graph = await testGraph();
  dir = tempDir('scs-import-streamed-');
  await removeFixtures(graph, namespace);
  await loadReferenceData(graph);
});

afterAll(async () => {
  await removeFixtures(graph, namespace);
  await graph.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The namespace's nodes and every relationship touching them, in a fixed order. */
async function graphUnder(): Promise<unknown[]> {
  const nodes = await graph.read<{ id: string; labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n:Node) WHERE n.id STARTS WITH $namespace RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id',
    { namespace },
  );
  const rels = await graph.read(
    'MATCH (a:Node)-[r]->(b:Node) WHERE a.id STARTS WITH $namespace OR b.id STARTS WITH $namespace RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props ORDER BY from, type, to, r.id',
    { namespace },
  );
  return [...nodes.map((n) => ({ ...n, labels: [...n.labels].sort() })), ...rels];
}

interface Outcome {
  result: Omit<ImportResult, 'rejectsFile'>;
  rejects: string | null;
  graph: unknown[];
}

/** Imports `file` into an emptied namespace, read whole or streamed, and says what came of it. */
async function importOnce(file: string, options: Partial<ImportOptions>, readWhole: boolean): Promise<Outcome> {
  await removeFixtures(graph, namespace);
  const rejectsDir = fs.mkdtempSync(path.join(dir, readWhole ? 'whole-' : 'streamed-'));
  const { rejectsFile, ...result } = await importFile(graph, { file, namespace, now, rejectsDir, readWhole, ...options });
  return { result, rejects: rejectsFile ? fs.readFileSync(rejectsFile, 'utf8') : null, graph: await graphUnder() };
}

async function expectSameBothWays(file: string, options: Partial<ImportOptions> = {}): Promise<ImportResult> {
  const whole = await importOnce(file, options, true);
  const streamed = await importOnce(file, options, false);
  expect(streamed.result).toEqual(whole.result);
  expect(streamed.rejects).toEqual(whole.rejects);
  expect(streamed.graph).toEqual(whole.graph);
  return whole.result as ImportResult;
}

const ftmLine = (id: string, schema: string, properties: Record<string, string[]>) => JSON.stringify({ id, schema, properties });

/** FtM lines with most of what can go wrong, references ahead and behind, CRLF and a BOM. */
const faultyFtm = [
  `\uFEFF${ftmLine('own-1', 'Ownership', { owner: ['p-1'], asset: ['c-1'], percentage: ['60'] })}`,
  ftmLine('c-1', 'Company', { name: ['Alpha Trading Ltd'], incorporationDate: ['2001-02-03'] }),
  ftmLine('p-1', 'Person', { name: ['Zhang Wei', '张伟'] }),
  ftmLine('c-2', 'Company', { country: ['ru'] }),
  ftmLine('own-5', 'Ownership', { owner: ['p-1'], asset: ['c-2'] }),
  ftmLine('own-6', 'Ownership', { owner: ['p-1'], asset: ['c-9'] }),
  `${ftmLine('c-1', 'Company', { name: ['Alpha again'] })}\r`,
  ftmLine('dir-8', 'Directorship', { director: ['c-1'], organization: ['c-1'], role: ['director'] }),
  ftmLine('s-1', 'Sanction', { entity: ['c-1'], authority: ['OFAC'], program: ['RUSSIA-EO14024'], startDate: ['2022-03-01'] }),
  ftmLine('s-2', 'Sanction', { entity: ['c-2'], authority: ['OFAC'], program: ['RUSSIA-EO14024'], startDate: ['2022-03-01'] }),
  '{"id": "broken", "schema": "Pers',
  ftmLine('own-12', 'Ownership', { owner: ['p-2'], asset: ['c-1'], percentage: ['50'], startDate: ['2020-01-01'] }),
  ftmLine('p-2', 'Person', { name: ['Li\u0000 Na'] }),
  ftmLine('a-1', 'Address', { full: ['1 Main St'] }),
  '',
  ftmLine('s-3', 'Sanction', { entity: ['p-2'], authority: ['EU'], endDate: ['2021-01-01'] }),
  ftmLine('fam-1', 'Family', { person: ['p-1'], relative: ['p-2'], relationship: ['spouse'] }),
  ftmLine('s-4', 'Sanction', { entity: ['p-1'], authority: ['EU'], listingDate: ['2023-05-06'], endDate: ['2020-01-01'] }),
].join('\n');

describe('streamed formats import as the whole-file path does', () => {
  it('FtM: the yente Zala and nomenklatura donations samples', async () => {
    const zala = await expectSameBothWays(path.join(sharedData, 'ftm-yente-zala', 'entities.ftm.json'));
    expect([zala.records, zala.errors, zala.written]).toEqual([91, 0, true]);
    const donations = await expectSameBothWays(path.join(sharedData, 'ftm-nomenklatura-donations', 'donations.ijson'));
    expect(donations.written).toBe(true);
  });

  it('FtM with errors: refused, dry run, and written without the faulty entities', async () => {
    const file = writeFile(dir, 'faulty.ftm.json', faultyFtm);
    const refused = await expectSameBothWays(file);
    expect([refused.written, refused.errors > 5, refused.warnings > 2]).toEqual([false, true, true]);
    expect(refused.problems).toContain('faulty.ftm.json:5: properties.asset: refers to timpstream-ftm-c-2, which line 4 defines but was rejected');
    await expectSameBothWays(file, { skipInvalid: true, dryRun: true });
    const written = await expectSameBothWays(file, { skipInvalid: true });
    expect([written.written, written.skipped]).toEqual([true, { Address: 1 }]);
  });

  it("OpenSanctions' table: refused for its undated row, then written without it", async () => {
    const file = path.join(sharedData, 'cn-sanctions-opensanctions', 'sanctions.csv');
    const refused = await expectSameBothWays(file);
    expect([refused.format, refused.written, refused.errors]).toEqual(['opensanctions-cn', false, 2]);
    const written = await expectSameBothWays(file, { skipInvalid: true });
    expect([written.written, written.records]).toEqual([true, 610]);
  });

  it('GBK CSV (Excel on Chinese Windows): guessed, or forced with --encoding gb18030', async () => {
    const rows = ['编号,姓名,拼音', 'timpstream-p-1,张伟,zhang wei', 'timpstream-p-2,李娜', 'timpstream-p-1,王芳,', 'timpstream-p-3,,', '"timpstream-p-4","赵""敏""",zhao min'];
    const file = writeFile(dir, 'persons-gbk.csv', iconv.encode(`${rows.join('\r\n')}\r\n`, 'gbk'));
    const guessed = await expectSameBothWays(file);
    expect([guessed.format, guessed.notice?.startsWith('persons-gbk.csv is not UTF-8'), guessed.errors]).toEqual(['csv-persons', true, 3]);
    await expectSameBothWays(file, { skipInvalid: true });
    const forced = await expectSameBothWays(file, { encoding: 'gb18030', skipInvalid: true, dryRun: true });
    expect(forced.notice).toBeUndefined();
  });
});
