import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Graph } from '../../graph/driver.ts';
import { offlineImport } from '../../graph/embedded/offlineImport.ts';
import { arrayDelimiterOption, type CsvGroup } from '../../graph/load/bulk/csvCorpus.ts';
import { graphCounts } from '../../graph/load/counts.ts';
import type { LoadCounts, RowSink } from '../../graph/load/write.ts';
import { anyNodeLabel, NodeKind, Rel, type NodeKind as Kind } from '../../graph/model.ts';
import { applySchema } from '../../graph/schema.ts';
import type { BulkSeedTimings } from '../../seed/synthetic/bulk.ts';
import { cpuWindow, type CpuFigures } from './cpu.ts';
import { memoryFor, startBenchDbms } from './dbms.ts';
import type { BenchOptions } from './options.ts';
import { measured, type Figure, type ResultRow, type RowSpec } from './report.ts';
import type { CorpusLoader } from './seedAdapter.ts';

/**
 * The load rows, each against an honest limit measured in the same run — never a replay of the
 * project's own statements:
 * - load.bulk (the project's bulk build: CSV + offline importer + DBMS start + schema) against
 *   load.limit: Neo4j's offline importer alone on the same CSV files into a scratch folder.
 * - load.online (the project's online loader, MERGE transactions into the full schema) against
 *   load.cypher: the same generated rows as bare `UNWIND $rows CREATE` into an empty database with
 *   only the uniqueness constraint on the node id that relationship ends are matched by.
 * The online rows load at most `onlineCompanies` companies (the online path is for imports and
 * non-empty databases; a 1M corpus is built in bulk).
 */

export const onlineCompanies = (companies: number) => Math.min(companies, 20_000);

export interface BuildFigures {
  timings: BulkSeedTimings;
  cpu: CpuFigures;
  nodes: number;
  relationships: number;
}

function scratchRoot(options: Pick<BenchOptions, 'dataRoot' | 'scaleLabel' | 'seed'>): string {
  return path.join(options.dataRoot, `bench-load-${options.scaleLabel}-s${options.seed}`);
}

/** Removes the scratch databases' folder. */
export function removeScratch(options: Pick<BenchOptions, 'dataRoot' | 'scaleLabel' | 'seed'>): void {
  fs.rmSync(scratchRoot(options), { recursive: true, force: true });
}

/** The bare offline importer on the bulk build's CSV files, into an empty scratch folder. */
export async function limitImport(options: BenchOptions, groups: CsvGroup[], log: (line: string) => void): Promise<{ cpu: CpuFigures; nodes: number; relationships: number; seconds: number }> {
  log('bench: load — the bare offline importer on the same CSV files');
  const home = path.join(scratchRoot(options), 'limit');
  fs.rmSync(home, { recursive: true, force: true });
  const memory = memoryFor(options.companies);
  const window = cpuWindow();
  try {
    const result = await offlineImport({
      homeDir: home,
      groups,
      arrayDelimiter: arrayDelimiterOption,
      heapMiB: Math.min(memory.heapMiB, 4096),
      offHeapMiB: memory.pageCacheMiB,
      reportFile: path.join(scratchRoot(options), 'limit-import.report'),
      log,
    });
    return { cpu: window.stop(), nodes: result.nodes, relationships: result.relationships, seconds: result.seconds };
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}

/** A fresh scratch DBMS (never the query graph). */
async function withScratchDbms<T>(options: BenchOptions, which: string, log: (line: string) => void, work: (graph: Graph, pid: number) => Promise<T>): Promise<T> {
  const dir = path.join(scratchRoot(options), which);
  fs.rmSync(dir, { recursive: true, force: true });
  const dbms = await startBenchDbms(dir, onlineCompanies(options.companies), log);
  try {
    return await work(dbms.graph, dbms.pid);
  } finally {
    await dbms.graph.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface OnlineFigures {
  cpu: CpuFigures;
  nodes: number;
  relationships: number;
}

/** The project's online loader (full schema, reference data, then the corpus) into a scratch database; the corpus part measured. */
export function onlineLoad(options: BenchOptions, loader: CorpusLoader, log: (line: string) => void): Promise<OnlineFigures> {
  log(`bench: load — the project's online loader, ${onlineCompanies(options.companies)} companies, into a scratch database`);
  return withScratchDbms(options, 'online', log, async (graph, pid) => {
    await applySchema(graph);
    await loader.reference(graph);
    const before = await graphCounts(graph);
    const window = cpuWindow(pid);
    await loader.synthetic(graph, onlineCompanies(options.companies));
    const cpu = window.stop();
    const after = await graphCounts(graph);
    return { cpu, nodes: after.nodes - before.nodes, relationships: after.relationships - before.relationships };
  });
}

/**
 * Bare `UNWIND … CREATE` of the rows the writers hand it: a RowSink, so it gets exactly the rows
 * the project writes (from the same generator, through the same row shaping), but none of the
 * project's statements. Each call is one transaction, like one statement of the project's batch.
 */
class BareCreate implements RowSink {
  readonly sink = true as const;
  private readonly seen = new Map<string, Set<string>>();
  constructor(
    private readonly graph: Graph,
    private readonly repeating: ReadonlySet<string>,
  ) {}

  async nodes(kind: Kind, rows: ReadonlyArray<{ id: string; props: Record<string, unknown> }>): Promise<LoadCounts> {
    const fresh = this.once(kind, rows);
    await this.run(`UNWIND $rows AS row CREATE (n:${anyNodeLabel}:${kind}) SET n = row.props, n.id = row.id`, fresh);
    return { rows: rows.length, created: fresh.length, updated: 0, unchanged: 0, missing: 0 };
  }

  async relationships(type: Rel, rows: ReadonlyArray<{ id: string; from: string; to: string; props: Record<string, unknown> }>): Promise<LoadCounts> {
    const fresh = this.once(type, rows);
    await this.run(
      `UNWIND $rows AS row MATCH (a:${anyNodeLabel} {id: row.from}) MATCH (b:${anyNodeLabel} {id: row.to}) CREATE (a)-[r:${type}]->(b) SET r = row.props, r.id = row.id`,
      fresh,
    );
    return { rows: rows.length, created: fresh.length, updated: 0, unchanged: 0, missing: 0 };
  }

  private async run(cypher: string, rows: readonly unknown[]): Promise<void> {
    if (rows.length === 0) return;
    const session = this.graph.driver.session({ database: this.graph.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite((tx) => tx.run(cypher, { rows }));
    } finally {
      await session.close();
    }
  }

  private once<R extends { id: string }>(name: string, rows: readonly R[]): R[] {
    if (!this.repeating.has(name)) return [...rows];
    let ids = this.seen.get(name);
    if (!ids) this.seen.set(name, (ids = new Set()));
    return rows.filter((row) => !ids.has(row.id) && ids.add(row.id));
  }
}

/** The Cypher limit: the same rows as bare CREATE into an empty database with only the node-id constraint. */
export function cypherLimit(options: BenchOptions, loader: CorpusLoader, log: (line: string) => void): Promise<OnlineFigures> {
  log(`bench: load — bare UNWIND … CREATE of the same rows into an empty database`);
  return withScratchDbms(options, 'cypher', log, async (graph, pid) => {
    await graph.write(`CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:${anyNodeLabel}) REQUIRE n.id IS UNIQUE`);
    const sink = new BareCreate(graph, new Set([NodeKind.Agency, Rel.PART_OF]));
    await loader.reference(sink);
    const before = await graphCounts(graph);
    const window = cpuWindow(pid);
    await loader.syntheticRows(sink, onlineCompanies(options.companies));
    const cpu = window.stop();
    const after = await graphCounts(graph);
    return { cpu, nodes: after.nodes - before.nodes, relationships: after.relationships - before.relationships };
  });
}

const cpuKeys = ['wall s', 'Neo4j CPU-s', 'Node CPU-s', 'importer CPU-s', 'load avg'] as const;
const cpuFigures = (cpu: CpuFigures): Record<string, Figure> => ({
  'wall s': cpu.wallSeconds,
  'Neo4j CPU-s': cpu.neo4jCpuSeconds,
  'Node CPU-s': cpu.nodeCpuSeconds,
  'importer CPU-s': cpu.childCpuSeconds,
  'load avg': cpu.loadAverage,
});

export function loadSpecs(options: Pick<BenchOptions, 'scaleLabel'>): RowSpec[] {
  return [
    {
      name: 'load.bulk',
      section: 'load',
      title: `bulk build, ${options.scaleLabel} companies (CSV + offline import + start + schema)`,
      keys: ['nodes', 'relationships', 'CSV s', 'import s', 'start s', 'schema s', ...cpuKeys, 'nodes/s', 'ratio import', 'ratio build'],
    },
    { name: 'load.limit', section: 'load', title: 'limit: bare offline importer, same CSV files', keys: ['nodes', 'relationships', 'import s', ...cpuKeys, 'nodes/s'] },
    { name: 'load.online', section: 'load', title: 'online loader (MERGE into the full schema)', keys: ['companies', 'nodes', 'relationships', ...cpuKeys, 'nodes/s', 'ratio wall', 'ratio CPU'] },
    { name: 'load.cypher', section: 'load', title: 'limit: bare UNWIND … CREATE, node-id constraint only', keys: ['companies', 'nodes', 'relationships', ...cpuKeys, 'nodes/s'] },
  ];
}

/** Ratios are limit / project (1 = at the limit): import time, and the whole build against the import alone. */
export function loadRows(
  options: BenchOptions,
  built: BuildFigures,
  limit: Awaited<ReturnType<typeof limitImport>>,
  online: OnlineFigures,
  cypher: OnlineFigures,
): ResultRow[] {
  const [bulkSpec, limitSpec, onlineSpec, cypherSpec] = loadSpecs(options) as [RowSpec, RowSpec, RowSpec, RowSpec];
  const t = built.timings;
  const companies = onlineCompanies(options.companies);
  const onlineCpu = (c: CpuFigures) => c.neo4jCpuSeconds + c.nodeCpuSeconds;
  return [
    measured(bulkSpec, {
      nodes: built.nodes,
      relationships: built.relationships,
      'CSV s': t.csvSeconds,
      'import s': t.import.seconds,
      'start s': t.startSeconds,
      'schema s': t.schemaSeconds,
      ...cpuFigures(built.cpu),
      'nodes/s': built.nodes / t.totalSeconds,
      'ratio import': limit.seconds / t.import.seconds,
      'ratio build': limit.seconds / t.totalSeconds,
    }, `CSV ${(t.csvBytes / 2 ** 20).toFixed(0)} MiB; importer peak memory ${t.import.peakMemory}`),
    measured(limitSpec, { nodes: limit.nodes, relationships: limit.relationships, 'import s': limit.seconds, ...cpuFigures(limit.cpu), 'nodes/s': limit.nodes / limit.seconds }),
    measured(onlineSpec, {
      companies,
      nodes: online.nodes,
      relationships: online.relationships,
      ...cpuFigures(online.cpu),
      'nodes/s': online.nodes / online.cpu.wallSeconds,
      'ratio wall': cypher.cpu.wallSeconds / online.cpu.wallSeconds,
      'ratio CPU': onlineCpu(cypher.cpu) / onlineCpu(online.cpu),
    }),
    measured(cypherSpec, { companies, nodes: cypher.nodes, relationships: cypher.relationships, ...cpuFigures(cypher.cpu), 'nodes/s': cypher.nodes / cypher.cpu.wallSeconds }),
  ];
}
