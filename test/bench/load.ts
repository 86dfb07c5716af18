import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { Graph, type Params, type QueryOptions } from '../../graph/driver.ts';
import { graphCounts } from '../../graph/load/counts.ts';
import { nodeCypher, relationshipCypher } from '../../graph/load/write.ts';
import { anyNodeLabel, nodeKinds, Rel } from '../../graph/model.ts';
import { applySchema } from '../../graph/schema.ts';
import { startBenchDbms } from './dbms.ts';
import type { BenchOptions } from './options.ts';
import { measured, type ResultRow, type RowSpec } from './report.ts';
import type { CorpusLoader } from './seedAdapter.ts';

interface BareStatement {
  cypher: string;
  rows: unknown[];
}

interface Bare {
  cypher: string;
  /** Node kind or relationship type: ids are unique within it. */
  key: string;
}

/** The bare statement for each of the generic writers' MERGE statements (same rows, same batches). */
function bareStatements(): Map<string, Bare> {
  const bare = new Map<string, Bare>();
  for (const kind of nodeKinds) {
    bare.set(nodeCypher(kind), { cypher: `UNWIND $rows AS row CREATE (n:${anyNodeLabel}:${kind}) SET n = row.props, n.id = row.id`, key: anyNodeLabel });
  }
  for (const type of Object.values(Rel)) {
    bare.set(relationshipCypher(type), {
      cypher:
        `UNWIND $rows AS row MATCH (a:${anyNodeLabel} {id: row.from}) MATCH (b:${anyNodeLabel} {id: row.to}) ` +
        `CREATE (a)-[r:${type}]->(b) SET r = row.props, r.id = row.id`,
      key: type,
    });
  }
  return bare;
}

/**
 * A Graph that times the project's write transactions and writes, for every committed one, the
 * baseline counterpart of each statement it ran to a JSON-lines file (a 1M corpus's rows do not fit
 * in the heap twice). Only time inside write transactions counts as load time: the seed generates a
 * batch's rows between transactions, and the baseline gets its rows for free too. Statements that
 * are not one of the generic writers (checkpoints) have no counterpart: they are the project's own
 * cost, counted in `skipped`. A row whose id an earlier batch already wrote (the local agencies each
 * batch MERGEs again) is left out: CREATE would duplicate it, and the end state is the same.
 */
export class BaselineRecorder extends Graph {
  batches = 0;
  transactions = 0;
  skipped = 0;
  /** Seconds spent inside write transactions (statements and commit). */
  transactionSeconds = 0;
  private readonly bare = bareStatements();
  private readonly written = new Map<string, Set<string>>();
  private readonly fd: number;

  constructor(of: Graph, file: string) {
    super(of.driver, of.database, of.serverVersion);
    this.fd = fs.openSync(file, 'w');
  }

  override async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>, options: QueryOptions = {}): Promise<T> {
    // Per attempt: a retried transaction must not be recorded twice.
    let attempt: Array<{ cypher: string; rows: unknown }> = [];
    const start = process.hrtime.bigint();
    const value = await super.writeTransaction((tx) => {
      attempt = [];
      const recording: ManagedTransaction = Object.create(tx);
      recording.run = ((cypher: string, params?: Params) => {
        attempt.push({ cypher, rows: params?.rows });
        return tx.run(cypher, params);
      }) as ManagedTransaction['run'];
      return work(recording);
    }, options);
    this.transactionSeconds += Number(process.hrtime.bigint() - start) / 1e9;
    // One line per committed transaction: the baseline commits the same groups of statements.
    const transaction: BareStatement[] = [];
    for (const { cypher, rows } of attempt) {
      const bare = this.bare.get(cypher);
      if (!bare) {
        this.skipped++;
        continue;
      }
      const fresh = this.firstWrites(bare.key, rows as Array<{ id: string }>);
      if (fresh.length > 0) transaction.push({ cypher: bare.cypher, rows: fresh });
    }
    if (transaction.length > 0) {
      fs.writeSync(this.fd, `${JSON.stringify(transaction, keepIntegers)}\n`);
      this.batches += transaction.length;
      this.transactions++;
    }
    return value;
  }

  private firstWrites(key: string, rows: ReadonlyArray<{ id: string }>): Array<{ id: string }> {
    let ids = this.written.get(key);
    if (!ids) this.written.set(key, (ids = new Set()));
    const fresh = [];
    for (const row of rows) {
      if (ids.has(row.id)) continue;
      ids.add(row.id);
      fresh.push(row);
    }
    return fresh;
  }

  override async close(): Promise<void> {
    fs.closeSync(this.fd);
  }
}

/** Cypher INTEGER parameters (neo4j.int) survive the file as `{"$int": "…"}`. */
function keepIntegers(_key: string, value: unknown): unknown {
  return neo4j.isInt(value) ? { $int: value.toString() } : value;
}

function readIntegers(_key: string, value: unknown): unknown {
  return value !== null && typeof value === 'object' && '$int' in value ? neo4j.int((value as { $int: string }).$int) : value;
}

/** One timed load: what it created and how long it took. */
export interface LoadTiming {
  nodes: number;
  relationships: number;
  /** Time inside write transactions (statements and commits). */
  seconds: number;
  /** The whole seed run, generating rows included (project only). */
  wallSeconds?: number;
  /** UNWIND statements (baseline counterparts) and the transactions that committed them. */
  batches: number;
  transactions: number;
  skipped: number;
}

/** The recorded baseline statements of a load. */
export function baselineFile(options: Pick<BenchOptions, 'dataRoot' | 'scaleLabel' | 'seed'>): string {
  return path.join(scratchRoot(options), 'baseline-statements.jsonl');
}

/** Removes the scratch databases' folder and the recorded statements. */
export function removeScratch(options: Pick<BenchOptions, 'dataRoot' | 'scaleLabel' | 'seed'>): void {
  fs.rmSync(scratchRoot(options), { recursive: true, force: true });
}

function scratchRoot(options: Pick<BenchOptions, 'dataRoot' | 'scaleLabel' | 'seed'>): string {
  return path.join(options.dataRoot, `bench-load-${options.scaleLabel}-s${options.seed}`);
}

/**
 * The project's load: reference data untimed, then the synthetic corpus through the seed loader,
 * timed, recording the baseline's statements on the side.
 */
export async function projectLoad(graph: Graph, loader: CorpusLoader, file: string): Promise<LoadTiming> {
  await loader.reference(graph);
  const before = await graphCounts(graph);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const recorder = new BaselineRecorder(graph, file);
  const start = process.hrtime.bigint();
  try {
    await loader.synthetic(recorder);
  } finally {
    await recorder.close();
  }
  const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  const after = await graphCounts(graph);
  return {
    nodes: after.nodes - before.nodes,
    relationships: after.relationships - before.relationships,
    seconds: recorder.transactionSeconds,
    wallSeconds,
    batches: recorder.batches,
    transactions: recorder.transactions,
    skipped: recorder.skipped,
  };
}

/** A fresh scratch DBMS (never the query graph) with the schema applied. */
async function withScratchDbms<T>(options: BenchOptions, which: string, log: (line: string) => void, work: (graph: Graph) => Promise<T>): Promise<T> {
  const dir = path.join(scratchRoot(options), which);
  fs.rmSync(dir, { recursive: true, force: true });
  const dbms = await startBenchDbms(dir, options.companies, log);
  try {
    await applySchema(dbms.graph);
    return await work(dbms.graph);
  } finally {
    await dbms.graph.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The project loader into a scratch database (when the query graph was reused, not built, this run). */
export function scratchProjectLoad(options: BenchOptions, loader: CorpusLoader, log: (line: string) => void): Promise<LoadTiming> {
  log('bench: load — project loader into a scratch database');
  return withScratchDbms(options, 'project', log, (graph) => projectLoad(graph, loader, baselineFile(options)));
}

/** The recorded rows as bare `UNWIND $rows CREATE` batches into a fresh scratch database, after the same reference data. */
export function baselineLoad(options: BenchOptions, loader: CorpusLoader, log: (line: string) => void): Promise<LoadTiming> {
  log('bench: load — bare UNWIND … CREATE baseline into a scratch database');
  return withScratchDbms(options, 'baseline', log, async (graph) => {
    await loader.reference(graph);
    const before = await graphCounts(graph);
    let seconds = 0;
    let batches = 0;
    let transactions = 0;
    const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const lines = readline.createInterface({ input: fs.createReadStream(baselineFile(options)), crlfDelay: Infinity });
      for await (const line of lines) {
        const statements = JSON.parse(line, readIntegers) as BareStatement[];
        // Only the database work is timed, not reading the file; the same statements per commit as the project.
        const start = process.hrtime.bigint();
        await session.executeWrite(async (tx) => {
          for (const { cypher, rows } of statements) await tx.run(cypher, { rows });
        });
        seconds += Number(process.hrtime.bigint() - start) / 1e9;
        batches += statements.length;
        transactions++;
      }
    } finally {
      await session.close();
    }
    const after = await graphCounts(graph);
    return { nodes: after.nodes - before.nodes, relationships: after.relationships - before.relationships, seconds, batches, transactions, skipped: 0 };
  });
}

export function loadSpecs(options: Pick<BenchOptions, 'scaleLabel'>): RowSpec[] {
  return [
    {
      name: 'load.synthetic',
      section: 'load',
      title: `synthetic corpus, ${options.scaleLabel} companies`,
      keys: ['nodes', 'relationships', 'seconds', 'nodes/s', 'rels/s', 'baseline seconds', 'baseline nodes/s', 'baseline rels/s', 'ratio', 'seed wall s'],
    },
  ];
}

/** Ratio = project throughput / baseline throughput on the same rows (issue 9's target ≥ 0.8). */
export function loadRow(options: BenchOptions, project: LoadTiming, baseline: LoadTiming): ResultRow {
  const spec = loadSpecs(options)[0]!;
  const differ = baseline.nodes !== project.nodes || baseline.relationships !== project.relationships;
  const note = [
    `${project.batches} UNWIND batches in ${project.transactions} transactions, the same in both`,
    project.skipped ? `${project.skipped} bookkeeping statements (checkpoints) only in the project load` : '',
    differ ? `baseline created ${baseline.nodes} nodes / ${baseline.relationships} relationships` : '',
  ];
  return measured(
    spec,
    {
      nodes: project.nodes,
      relationships: project.relationships,
      seconds: project.seconds,
      'nodes/s': project.nodes / project.seconds,
      'rels/s': project.relationships / project.seconds,
      'baseline seconds': baseline.seconds,
      'baseline nodes/s': baseline.nodes / baseline.seconds,
      'baseline rels/s': baseline.relationships / baseline.seconds,
      ratio: baseline.seconds / project.seconds,
      'seed wall s': project.wallSeconds ?? 'n/a',
    },
    note.filter(Boolean).join('; '),
  );
}

