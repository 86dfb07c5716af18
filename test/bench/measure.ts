import { routing } from 'neo4j-driver';
import { Graph, type Params, type QueryOptions, type Row } from '../../graph/driver.ts';
import { summarize, timed, type Latency } from './stats.ts';

export interface Statement {
  cypher: string;
  params: Params;
  /** Statements the capability had in flight together share a wave; the replay keeps that concurrency. */
  wave: number;
}

/**
 * A Graph that also writes down every statement it sends. Running a capability once through it
 * yields exactly the Cypher and parameters that capability issues for a subject — the baseline then
 * replays those statements through the bare driver, so the ratio is the cost of the project's own
 * layers (mapping, domain logic, round trips it chose), not of a different query.
 */
export class RecordingGraph extends Graph {
  statements: Statement[] = [];
  private inFlight = 0;
  private wave = -1;

  constructor(of: Graph) {
    super(of.driver, of.database, of.serverVersion);
  }

  override async read<T = Row>(cypher: string, params: Params = {}, options: QueryOptions = {}): Promise<T[]> {
    if (this.inFlight === 0) this.wave++;
    this.statements.push({ cypher, params, wave: this.wave });
    this.inFlight++;
    try {
      return await super.read<T>(cypher, params, options);
    } finally {
      this.inFlight--;
    }
  }

  override async close(): Promise<void> {
    // The driver belongs to the Graph this one records for.
  }
}

/** Replays recorded statements through `driver.executeQuery`: no Graph wrapper, no record mapping. */
export async function replayRaw(graph: Graph, statements: readonly Statement[]): Promise<void> {
  const run = ({ cypher, params }: Statement) => graph.driver.executeQuery(cypher, params, { database: graph.database, routing: routing.READ });
  for (let start = 0; start < statements.length; ) {
    const wave = statements[start]!.wave;
    let end = start;
    while (end < statements.length && statements[end]!.wave === wave) end++;
    await Promise.all(statements.slice(start, end).map(run));
    start = end;
  }
}

/** Records the statements `work` sends for one subject (it must send at least one). */
export async function recordStatements(graph: Graph, work: (graph: Graph) => Promise<unknown>): Promise<Statement[]> {
  const recorder = new RecordingGraph(graph);
  await work(recorder);
  if (recorder.statements.length === 0) throw new Error('the capability sent no Cypher through Graph.read, so there is nothing to replay');
  return recorder.statements;
}

export interface Paired {
  project: Latency;
  raw: Latency;
  /** Statements per call, on average (how many round trips the project makes). */
  statementsPerCall: number;
}

/**
 * Records each subject's statements, warms up on separate subjects, then times one project call and
 * one raw replay per subject, alternating which goes first so neither always profits from the other
 * warming the page cache.
 */
export async function measurePaired<S>(
  graph: Graph,
  work: (graph: Graph, subject: S) => Promise<unknown>,
  subjects: { warmup: readonly S[]; measured: readonly S[] },
): Promise<Paired> {
  const recorded: Statement[][] = [];
  for (const subject of subjects.measured) recorded.push(await recordStatements(graph, (g) => work(g, subject)));
  for (const subject of subjects.warmup) {
    await replayRaw(graph, await recordStatements(graph, (g) => work(g, subject)));
  }
  const project: number[] = [];
  const raw: number[] = [];
  for (const [i, subject] of subjects.measured.entries()) {
    const p = () => work(graph, subject);
    const r = () => replayRaw(graph, recorded[i]!);
    if (i % 2 === 0) {
      project.push(await timed(p));
      raw.push(await timed(r));
    } else {
      raw.push(await timed(r));
      project.push(await timed(p));
    }
  }
  const statementsPerCall = recorded.reduce((sum, s) => sum + s.length, 0) / recorded.length;
  return { project: summarize(project), raw: summarize(raw), statementsPerCall };
}
