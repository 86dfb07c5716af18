import fs from 'node:fs';
import path from 'node:path';
import type { ManagedTransaction } from 'neo4j-driver';
import { Graph, type Params, type QueryOptions } from '../../graph/driver.ts';
import { graphCounts } from '../../graph/load/counts.ts';
import { nodeCypher, relationshipCypher } from '../../graph/load/write.ts';
import { anyNodeLabel, nodeKinds, Rel } from '../../graph/model.ts';
import { applySchema } from '../../graph/schema.ts';
import { benchDataRoot, startBenchDbms, type BenchDbms } from './dbms.ts';
import type { BenchOptions } from './options.ts';
import { measured, notMeasured, type Figure, type ResultRow, type RowSpec } from './report.ts';
import type { Statement } from './measure.ts';
import { corpusLoader, type CorpusLoader } from './seedAdapter.ts';

/** A Graph that writes down every statement its committed write transactions ran. */
class WriteRecordingGraph extends Graph {
  writes: Array<Omit<Statement, 'wave'>> = [];

  constructor(of: Graph) {
    super(of.driver, of.database, of.serverVersion);
  }

  override writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>, options: QueryOptions = {}): Promise<T> {
    return super
      .writeTransaction(async (tx) => {
        // Per attempt: a retried transaction must not be recorded twice.
        const attempt: Array<Omit<Statement, 'wave'>> = [];
        const recording: ManagedTransaction = Object.create(tx);
        recording.run = ((cypher: string, params?: Params) => {
          attempt.push({ cypher, params: params ?? {} });
          return tx.run(cypher, params);
        }) as ManagedTransaction['run'];
        return { value: await work(recording), attempt };
      }, options)
      .then(({ value, attempt }) => {
        this.writes.push(...attempt);
        return value;
      });
  }

  override async close(): Promise<void> {
    // The driver belongs to the Graph this one records for.
  }
}

/**
 * The baseline: each recorded MERGE batch of the project loader becomes a bare `UNWIND $rows CREATE`
 * of the same rows (same batch size, same schema and uniqueness constraints). Statements that are
 * not one of the generic writers (checkpoints) have no counterpart: they are the project's own cost.
 */
export function baselineStatements(writes: ReadonlyArray<Omit<Statement, 'wave'>>): { statements: Array<Omit<Statement, 'wave'>>; skipped: number } {
  const byCypher = new Map<string, string>();
  for (const kind of nodeKinds) {
    byCypher.set(nodeCypher(kind), `UNWIND $rows AS row CREATE (n:${anyNodeLabel}:${kind}) SET n = row.props, n.id = row.id`);
  }
  for (const type of Object.values(Rel)) {
    byCypher.set(
      relationshipCypher(type),
      `UNWIND $rows AS row MATCH (a:${anyNodeLabel} {id: row.from}) MATCH (b:${anyNodeLabel} {id: row.to}) CREATE (a)-[r:${type}]->(b) SET r = row.props, r.id = row.id`,
    );
  }
  const statements: Array<Omit<Statement, 'wave'>> = [];
  let skipped = 0;
  for (const write of writes) {
    const bare = byCypher.get(write.cypher);
    if (bare) statements.push({ cypher: bare, params: { rows: write.params.rows } });
    else skipped++;
  }
  return { statements, skipped };
}

export function loadSpecs(options: Pick<BenchOptions, 'scaleLabel'>): RowSpec[] {
  return [
    {
      name: 'load.synthetic',
      section: 'load',
      title: `synthetic corpus, ${options.scaleLabel} companies`,
      keys: ['nodes', 'relationships', 'seconds', 'nodes/s', 'rels/s', 'baseline seconds', 'baseline nodes/s', 'baseline rels/s', 'ratio'],
    },
  ];
}

async function scratchDbms(options: BenchOptions, which: string, log: (line: string) => void): Promise<BenchDbms> {
  const dir = path.join(benchDataRoot, `bench-load-${options.scaleLabel}-s${options.seed}`, which);
  fs.rmSync(dir, { recursive: true, force: true });
  const dbms = await startBenchDbms(dir, options.companies, log);
  await applySchema(dbms.graph);
  return dbms;
}

async function timedSeconds(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/**
 * Loads the synthetic corpus twice into scratch databases (never the query graph): once with the
 * project loader, once with the bare-CREATE baseline of the very rows it wrote. Reference data goes
 * in first, untimed, in both. Ratio = project throughput / baseline throughput (target ≥ 0.8).
 */
export async function loadRows(options: BenchOptions, wanted: (name: string) => boolean, log: (line: string) => void): Promise<ResultRow[]> {
  const spec = loadSpecs(options)[0]!;
  if (!wanted(spec.name)) return [];
  const loader: CorpusLoader | string = corpusLoader(options);
  if (typeof loader === 'string') return [notMeasured(spec, loader)];

  log('bench: load — project loader into a scratch database');
  const project = await scratchDbms(options, 'project', log);
  let writes: Array<Omit<Statement, 'wave'>>;
  let figures: Record<string, Figure>;
  try {
    await loader.reference(project.graph);
    const before = await graphCounts(project.graph);
    const recorder = new WriteRecordingGraph(project.graph);
    const seconds = await timedSeconds(() => loader.synthetic(recorder));
    const after = await graphCounts(project.graph);
    writes = recorder.writes;
    const nodes = after.nodes - before.nodes;
    const relationships = after.relationships - before.relationships;
    figures = { nodes, relationships, seconds, 'nodes/s': nodes / seconds, 'rels/s': relationships / seconds };
    log(`  project: ${nodes} nodes, ${relationships} relationships in ${seconds.toFixed(1)} s`);
  } finally {
    await project.graph.close();
    fs.rmSync(project.dataDir, { recursive: true, force: true });
  }

  log('bench: load — bare UNWIND … CREATE baseline into a fresh scratch database');
  const { statements, skipped } = baselineStatements(writes);
  writes = [];
  const baseline = await scratchDbms(options, 'baseline', log);
  try {
    await loader.reference(baseline.graph);
    const before = await graphCounts(baseline.graph);
    const seconds = await timedSeconds(async () => {
      for (const { cypher, params } of statements) await baseline.graph.driver.executeQuery(cypher, params, { database: baseline.graph.database });
    });
    const after = await graphCounts(baseline.graph);
    const nodes = after.nodes - before.nodes;
    const relationships = after.relationships - before.relationships;
    log(`  baseline: ${nodes} nodes, ${relationships} relationships in ${seconds.toFixed(1)} s`);
    figures['baseline seconds'] = seconds;
    figures['baseline nodes/s'] = nodes / seconds;
    figures['baseline rels/s'] = relationships / seconds;
    figures.ratio = (figures.seconds as number) > 0 ? seconds / (figures.seconds as number) : 'n/a';
    const differ = nodes !== figures.nodes || relationships !== figures.relationships;
    const note = [`${statements.length} batches`, skipped ? `${skipped} bookkeeping statements not in the baseline` : '', differ ? 'baseline counts differ!' : ''];
    return [measured(spec, figures, note.filter(Boolean).join('; '))];
  } finally {
    await baseline.graph.close();
    fs.rmSync(path.dirname(baseline.dataDir), { recursive: true, force: true });
  }
}
