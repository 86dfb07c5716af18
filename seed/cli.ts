import fs from 'node:fs';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { readGraphConfig, type GraphConfig } from '../graph/config.ts';
import { canBulkBuild } from '../graph/load/bulk/bulkBuild.ts';
import { connectGraph, type Graph } from '../graph/driver.ts';
import { StartupError } from '../graph/errors.ts';
import {
  deleteAllData,
  graphCounts,
  readCheckpoint,
  reportTotals,
  type LoadCounts,
  type LoadReport,
} from '../graph/load/index.ts';
import { applySchema } from '../graph/schema.ts';
import { loadReferenceData } from './reference/load.ts';
import { corpusBatchCompanies, corpusBatchCount } from './synthetic/generator.ts';
import { bulkSeed } from './synthetic/bulk.ts';
import { corpusCheckpointKey, loadSyntheticCorpus } from './synthetic/load.ts';

const usage = `usage: npm run seed -- [--companies N] [--seed S] [--reset] [--restart]
  --companies N  synthetic companies to generate (default 100000; the demo story's 10 come on top)
  --seed S       PRNG seed (default 42); the same seed and size always give the same corpus
  --reset        delete all data first (in batches; the schema stays)
  --restart      ignore the checkpoint of an interrupted load and write every batch again
  --csv-workers N  threads writing the bulk build's CSV files (default: one per core)
An empty local database is built in bulk (CSV files + Neo4j's offline importer, then the indexes).
Otherwise (data already there, or NEO4J_URI) loads the reference graph, then the corpus in batches of
${corpusBatchCompanies} companies, one transaction each.
An interrupted load (Ctrl-C, crash) continues where it stopped when run again. See docs/seeding.md and docs/scale.md.`;

class UsageError extends Error {}

function positiveInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a positive whole number, got '${value}'`);
  return n;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      companies: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '42' },
      reset: { type: 'boolean', default: false },
      restart: { type: 'boolean', default: false },
      'csv-workers': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.error(usage);
    return 0;
  }
  const companies = positiveInt(values.companies, 'companies');
  const seed = positiveInt(values.seed, 'seed');
  const log = (line: string) => console.error(line);

  const config = readGraphConfig();
  const csvWorkers = values['csv-workers'] === undefined ? undefined : positiveInt(values['csv-workers'], 'csv-workers');
  if (canBulkBuild(config)) return bulkMain(config, { companies, seed }, log, csvWorkers);
  const graph = await connectGraph(config, { log });
  // First Ctrl-C: finish the batch in flight, keep the checkpoint, stop. Second: leave at once (that batch rolls back).
  const stop = new AbortController();
  process.on('SIGINT', () => {
    if (stop.signal.aborted) process.exit(130);
    log('\nstopping after the current batch (Ctrl-C again to quit now; run the same command to resume)');
    stop.abort();
  });
  try {
    await applySchema(graph);
    if (values.reset) {
      log('deleting all data (schema kept)…');
      const deleted = await deleteAllData(graph);
      log(`deleted ${deleted.nodesDeleted} nodes and ${deleted.relationshipsDeleted} relationships`);
    }
    const started = process.hrtime.bigint();
    const reference = await loadReferenceData(graph);
    const r = reference.counts;
    log(
      `reference graph: ${r.agencies} agencies, ${r.platforms} platforms, ${r.lists} lists, ${r.documents} documents ` +
        `(${r.memoranda} memoranda), ${r.measures} measures, ${r.gradeSchemes} grade schemes, ${r.links} links`,
    );
    const result = await loadCorpus(graph, { companies, seed, restart: values.restart, signal: stop.signal }, log);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    for (const line of await summary(graph, result.report, seconds, result.stopped)) console.log(line);
    return result.stopped ? 130 : 0;
  } finally {
    await graph.close();
  }
}

/**
 * An empty local database is built in bulk (CSV + Neo4j's offline importer, then the schema): the
 * same graph as the online load, several times faster. Ctrl-C stops it; nothing is left half-built.
 */
async function bulkMain(config: GraphConfig, corpus: { companies: number; seed: number }, log: (line: string) => void, csvWorkers?: number): Promise<number> {
  log(`empty local database: building it in bulk (${corpus.companies.toLocaleString('en')} companies, seed ${corpus.seed})`);
  const bar = progressBar('writing CSV');
  const started = Date.now();
  bar.start(corpusBatchCount(corpus), 0, { rate: '–', elapsed: '0 s' });
  let bulk: Awaited<ReturnType<typeof bulkSeed>>;
  try {
    bulk = await bulkSeed(config, corpus, {
      csvWorkers,
      log: (line) => {
        bar.stop();
        log(line);
      },
      onBatch: (done) => {
        const seconds = (Date.now() - started) / 1000;
        bar.update(done, { rate: Math.round((done * corpusBatchCompanies) / seconds).toLocaleString('en'), elapsed: `${seconds.toFixed(0)} s` });
      },
    });
  } finally {
    bar.stop();
  }
  const { graph, timings } = bulk;
  try {
    const counts = await graphCounts(graph);
    const rate = (n: number) => Math.round(n / timings.totalSeconds).toLocaleString('en');
    console.log('seed complete (bulk build)');
    console.log(`  in the database: ${counts.nodes.toLocaleString('en')} nodes, ${counts.relationships.toLocaleString('en')} relationships`);
    console.log(
      `  elapsed ${timings.totalSeconds.toFixed(1)} s (CSV ${timings.csvSeconds.toFixed(1)} s, import ${timings.import.seconds.toFixed(1)} s, ` +
        `start ${timings.startSeconds.toFixed(1)} s, indexes ${timings.schemaSeconds.toFixed(1)} s): ${rate(counts.nodes)} nodes/s, ${rate(counts.relationships)} relationships/s`,
    );
    return 0;
  } finally {
    await graph.close();
  }
}

function progressBar(what: string) {
  return new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${what} [{bar}] {percentage}% | {value}/{total} batches | {rate} companies/s | ETA {eta_formatted} | {elapsed}`,
      hideCursor: true,
      etaBuffer: 20,
      noTTYOutput: true,
      notTTYSchedule: 10_000,
    },
    cliProgress.Presets.shades_classic,
  );
}

async function loadCorpus(
  graph: Graph,
  options: { companies: number; seed: number; restart: boolean; signal: AbortSignal },
  log: (line: string) => void,
) {
  const batches = corpusBatchCount(options);
  const checkpoint = options.restart ? null : await readCheckpoint(graph, corpusCheckpointKey(options));
  const resumeAt = checkpoint ? Math.min(checkpoint.lastBatch + 1, batches) : 0;
  if (resumeAt > 0) log(`resuming: batches 1–${resumeAt} of ${batches} are already in (use --restart to write them again)`);
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'seeding [{bar}] {percentage}% | {value}/{total} companies | {rate} rows/s | ETA {eta_formatted} | {elapsed}',
      hideCursor: true,
      etaBuffer: 20,
      // Without a terminal (CI, a log file) print the bar as a line every 10 s instead of redrawing it.
      noTTYOutput: true,
      notTTYSchedule: 10_000,
    },
    cliProgress.Presets.shades_classic,
  );
  const companiesDone = Math.min(resumeAt * corpusBatchCompanies, options.companies);
  const started = Date.now();
  let rows = 0;
  bar.start(options.companies, companiesDone, { rate: '–', elapsed: '0 s' });
  try {
    return await loadSyntheticCorpus(graph, {
      companies: options.companies,
      seed: options.seed,
      resume: !options.restart,
      signal: options.signal,
      onBatch: (progress) => {
        rows += progress.rows;
        const seconds = (Date.now() - started) / 1000;
        const done = Math.min((progress.batch + 1) * corpusBatchCompanies, options.companies);
        bar.update(done, { rate: Math.round(rows / seconds).toLocaleString('en'), elapsed: `${seconds.toFixed(0)} s` });
      },
    });
  } finally {
    bar.stop();
  }
}

async function summary(graph: Graph, report: LoadReport, seconds: number, stopped: boolean): Promise<string[]> {
  const { nodes, relationships } = reportTotals(report);
  const counts = await graphCounts(graph);
  const rate = (n: number) => Math.round(n / seconds).toLocaleString('en');
  const line = (what: string, c: LoadCounts) =>
    `${what}: ${c.rows.toLocaleString('en')} written (${c.created.toLocaleString('en')} created, ${c.updated} updated, ` +
    `${c.unchanged.toLocaleString('en')} unchanged${c.missing ? `, ${c.missing} skipped: end node missing` : ''})`;
  return [
    stopped ? 'seed stopped early; run the same command to resume' : 'seed complete',
    `  ${line('nodes', nodes)}`,
    `  ${line('relationships', relationships)}`,
    `  in the database: ${counts.nodes.toLocaleString('en')} nodes, ${counts.relationships.toLocaleString('en')} relationships`,
    `  elapsed ${seconds.toFixed(1)} s: ${rate(nodes.rows)} nodes/s, ${rate(relationships.rows)} relationships/s`,
    `  peak memory: seed process ${mib(process.resourceUsage().maxRSS * 1024)}${jvmPeak(graph)}`,
  ];
}

const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;

/** Peak resident memory of the embedded Neo4j JVM (Linux /proc), when it runs embedded. */
function jvmPeak(graph: Graph): string {
  const pid = graph.embeddedInfo?.pid;
  if (!pid) return '';
  try {
    const kib = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kib ? `, embedded Neo4j ${mib(Number(kib) * 1024)}` : '';
  } catch {
    return '';
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const usageError = error instanceof UsageError || String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
    if (error instanceof StartupError) console.error(error.toLine());
    else if (usageError) console.error(`scs-graph seed: ${(error as Error).message}\n${usage}`);
    else console.error(error);
    process.exit(usageError ? 2 : 1);
  },
);
