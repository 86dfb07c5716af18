/**
 * The streaming importer against its honest limit (issue 15 item 2): a generated companies CSV of
 * `megabytes` imported by the importer CLI into an empty database (schema applied, change hook on),
 * beside a bare `UNWIND $rows AS row CREATE (n:Company) SET n = row` of the same rows, 5,000 a
 * statement, into another empty database without schema. Reported: rows/s, wall and CPU seconds of
 * the loader and of Neo4j, and the importer's peak RSS. run.ts calls `importStreamRow`; alone:
 * npx tsx test/bench/importStream.ts --megabytes 20
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse';
import { repoRoot, readGraphConfig } from '../../graph/config.ts';
import { connectGraph } from '../../graph/driver.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../graph/embedded/supervisor.ts';
import { writeSyntheticCompanies } from '../import/syntheticCompanies.ts';
import { freePort } from '../support/globalSetup.ts';

export interface LoadFigures {
  rows: number;
  wallS: number;
  rowsPerS: number;
  /** CPU seconds (user + system) of the loading process and of the Neo4j JVM. */
  loaderCpuS: number;
  neo4jCpuS: number;
}

export interface ImportStreamRow {
  megabytes: number;
  importer: LoadFigures & { peakRssMiB: number };
  bare: LoadFigures;
  /** importer rows/s ÷ bare rows/s (target ≥ 0.9). */
  ratio: number;
}

/** CPU seconds a process has used so far (Linux /proc: utime + stime in clock ticks of 1/100 s). */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function emptyNeo4j(dir: string, name: string): Promise<EmbeddedNeo4j> {
  return startEmbeddedNeo4j({ dataDir: path.join(dir, name), boltPort: await freePort(), heapMiB: 1024, pageCacheMiB: 1024, startTimeoutMs: 300_000 }, () => {});
}

/** The importer CLI in a child process: its wall and CPU time, peak RSS, and Neo4j's CPU meanwhile. */
async function runImporter(file: string, rows: number, neo4j: EmbeddedNeo4j): Promise<LoadFigures & { peakRssMiB: number }> {
  const neo4jBefore = cpuSeconds(neo4j.pid);
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'seed/import/cli.ts'), file], {
    cwd: repoRoot,
    env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: neo4j.password },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let peakKb = 0;
  let cpu = 0;
  const poll = setInterval(() => {
    try {
      peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0));
      cpu = cpuSeconds(child.pid!);
    } catch {
      // Exited between two readings: the last ones stand.
    }
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(poll);
  if (code !== 0) throw new Error(`importer exited ${code}: ${stderr.slice(-500)}`);
  const wallS = (performance.now() - started) / 1000;
  return { rows, wallS, rowsPerS: rows / wallS, loaderCpuS: cpu, neo4jCpuS: cpuSeconds(neo4j.pid) - neo4jBefore, peakRssMiB: peakKb / 1024 };
}

/** The same rows read with csv-parse and CREATEd bare, no schema, no checks, no change hook. */
async function runBare(file: string, neo4j: EmbeddedNeo4j): Promise<LoadFigures> {
  const graph = await connectGraph(readGraphConfig({ NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password }));
  try {
    const neo4jBefore = cpuSeconds(neo4j.pid);
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    let rows = 0;
    let batch: Array<Record<string, string>> = [];
    const flush = async () => {
      if (batch.length > 0) await graph.write('UNWIND $rows AS row CREATE (n:Company) SET n = row', { rows: batch });
      rows += batch.length;
      batch = [];
    };
    for await (const row of fs.createReadStream(file).pipe(parse({ columns: true })) as AsyncIterable<Record<string, string>>) {
      batch.push({ ...row, id: row.uscc! });
      if (batch.length >= 5_000) await flush();
    }
    await flush();
    const wallS = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    return { rows, wallS, rowsPerS: rows / wallS, loaderCpuS: (cpu.user + cpu.system) / 1e6, neo4jCpuS: cpuSeconds(neo4j.pid) - neo4jBefore };
  } finally {
    await graph.close();
  }
}

export async function importStreamRow(options: { megabytes: number; dir?: string; log?: (line: string) => void }): Promise<ImportStreamRow> {
  const log = options.log ?? (() => {});
  const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'scs-bench-import-'));
  const file = path.join(dir, `companies-${options.megabytes}mb.csv`);
  const rows = writeSyntheticCompanies(file, options.megabytes);
  log(`import stream: ${rows} companies, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB`);
  try {
    const forImporter = await emptyNeo4j(dir, 'importer');
    const importer = await runImporter(file, rows, forImporter).finally(() => forImporter.stop());
    const forBare = await emptyNeo4j(dir, 'bare');
    const bare = await runBare(file, forBare).finally(() => forBare.stop());
    return { megabytes: options.megabytes, importer, bare, ratio: importer.rowsPerS / bare.rowsPerS };
  } finally {
    if (!options.dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One line per side, for the benchmark's report. */
export function importStreamLines(row: ImportStreamRow): string[] {
  const side = (name: string, f: LoadFigures) =>
    `${name}: ${f.rows} rows in ${f.wallS.toFixed(1)} s (${Math.round(f.rowsPerS)} rows/s), CPU ${f.loaderCpuS.toFixed(1)} s loader + ${f.neo4jCpuS.toFixed(1)} s Neo4j`;
  return [
    `${side('importer (streamed CSV)', row.importer)}, peak RSS ${row.importer.peakRssMiB.toFixed(0)} MiB for ${row.megabytes} MB`,
    side('bare UNWIND … CREATE, no schema', row.bare),
    `ratio ${row.ratio.toFixed(2)} (target ≥ 0.9)`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { megabytes: { type: 'string', default: '20' } } });
  const row = await importStreamRow({ megabytes: Number(values.megabytes), log: console.log });
  for (const line of importStreamLines(row)) console.log(line);
}
