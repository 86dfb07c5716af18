/**
 * `npm run bench -- --scale 10k|100k|1m [--seed 42] [--quick] [--only rows] [--load-test] [--monitoring]`
 *
 * Builds (or reuses) a synthetic graph for the scale+seed in its own embedded Neo4j, then measures
 * each capability beside its baseline in the same run (see BENCHMARKS.md). Prints Markdown tables and
 * writes bench-results/<timestamp>.json. Only measures; it asserts nothing about the figures.
 */
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../graph/config.ts';
import { bulkBuildDbms, openCorpus, removeBuildCsv, type Corpus } from './corpus.ts';
import { frontendRows, frontendSpecs } from './frontend.ts';
import { graphqlRows, graphqlSpecs } from './graphql.ts';
import { cypherLimit, limitImport, loadRows, loadSpecs, onlineLoad, removeScratch, type BuildFigures } from './load.ts';
import { loadTestRows, loadTestSpecs } from './loadTest.ts';
import { monitoringRows, monitoringSpecs } from './monitoring.ts';
import { parseOptions, selected, UsageError, type BenchOptions } from './options.ts';
import { subjectPools } from './pools.ts';
import { queryRows, querySpecs } from './queries.ts';
import { failure, formatTables, machine, notMeasured, writeJson, type BenchReport, type ResultRow, type RowSpec, type Section } from './report.ts';
import { corpusLoader } from './seedAdapter.ts';
import { benchVersions } from './versions.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Every row a full run reports, in report order (the monitoring rows only when asked for). */
export function allSpecs(options: Pick<BenchOptions, 'scaleLabel'> & Partial<Pick<BenchOptions, 'monitoring'>>): RowSpec[] {
  return [...loadSpecs(options), ...querySpecs(), ...graphqlSpecs(), ...loadTestSpecs(), ...(options.monitoring ? monitoringSpecs : []), ...frontendSpecs()];
}

/** Runs a section; if it throws, its rows become `error` rows carrying the message, and the run goes on. */
async function section(specs: readonly RowSpec[], work: () => Promise<ResultRow[]>): Promise<ResultRow[]> {
  // A section none of whose rows is selected does no work (the monitoring section would import into the graph).
  if (specs.length === 0) return [];
  try {
    return await work();
  } catch (error) {
    log(`bench: ${failure(error)}`);
    return specs.map((spec) => notMeasured(spec, failure(error), 'error'));
  }
}

export async function runBench(options: BenchOptions): Promise<{ report: BenchReport; file: string }> {
  const startedAt = new Date().toISOString();
  const wanted = (name: string) => selected(options, name);
  const specs = allSpecs(options).filter((spec) => wanted(spec.name));
  const inSection = (name: Section) => specs.filter((spec) => spec.section === name);
  const rows: ResultRow[] = [];
  const loadBefore = os.loadavg()[0]!;

  log(`bench: ${options.scaleLabel} companies, seed ${options.seed}${options.quick ? ', quick' : ''}`);
  const graphSpecs = specs.filter((spec) => ['query', 'graphql', 'loadtest', 'monitoring'].includes(spec.section));
  const loader = corpusLoader(options, log);
  let neo4jVersion: string | undefined;
  let corpusInfo: BenchReport['corpus'] = {};
  let opened: { corpus: Corpus; built?: BuildFigures } | undefined;
  if (graphSpecs.length > 0) {
    try {
      opened = await openCorpus(options, loader, log);
    } catch (error) {
      log(`bench: ${failure(error)}`);
      rows.push(...graphSpecs.map((spec) => notMeasured(spec, failure(error), 'error')));
    }
  }
  let corpus = opened?.corpus;
  if (inSection('load').length === 0) removeBuildCsv(opened?.built);
  try {
    if (inSection('load').length > 0) {
      // Two DBMSs of the 1M size do not fit beside the other engineers' on 24 GiB: pause the query graph.
      const pause = corpus !== undefined && options.companies > 100_000;
      if (pause) await corpus!.dbms.graph.close();
      rows.push(
        ...(await section(inSection('load'), async () => {
          // A reused query graph was not built this run: build one in bulk into a scratch folder to measure it.
          let built = opened?.built;
          if (!built) {
            const scratch = await bulkBuildDbms(path.join(options.dataRoot, `bench-load-${options.scaleLabel}-s${options.seed}`, 'bulk'), options, log);
            await scratch.dbms.graph.close();
            built = scratch.built;
          }
          try {
            const limit = await limitImport(options, built.timings.groups, log);
            const online = await onlineLoad(options, loader, log);
            const cypher = await cypherLimit(options, loader, log);
            return loadRows(options, built, limit, online, cypher);
          } finally {
            removeBuildCsv(built);
          }
        })),
      );
      removeScratch(options);
      if (pause) corpus = (await openCorpus(options, loader, log)).corpus;
    }
    if (corpus) {
      const open = corpus;
      const graph = open.dbms.graph;
      neo4jVersion = graph.serverVersion;
      corpusInfo = open.info;
      const pools = await subjectPools(graph, options.seed);
      rows.push(...(await section(inSection('query'), () => queryRows(graph, pools, options, wanted, log))));
      rows.push(...(await section(inSection('graphql'), () => graphqlRows(open, pools, options, wanted, log))));
      rows.push(...(await section(inSection('loadtest'), () => loadTestRows(open, pools, options, wanted, log))));
      rows.push(...(await section(inSection('monitoring'), () => monitoringRows(open.dbms, { companies: pools.companies.map((c) => c.id), samples: options.samples, warmup: options.warmup, wanted, log }))));
    }
  } finally {
    await corpus?.dbms.graph.close();
  }
  rows.push(...(await section(inSection('frontend'), () => frontendRows(options.quick, wanted, log))));

  // The report always has every selected row, in spec order.
  const complete = specs.map((spec) => rows.find((row) => row.name === spec.name) ?? notMeasured(spec, 'not reported by its section', 'error'));

  const report: BenchReport = {
    startedAt,
    finishedAt: new Date().toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    machine: { ...machine(), loadAverageAtStart: loadBefore, loadAverageAtEnd: os.loadavg()[0]! },
    versions: { ...benchVersions(), ...(neo4jVersion ? { neo4j: neo4jVersion } : {}) },
    scale: options.scaleLabel,
    companies: options.companies,
    seed: options.seed,
    quick: options.quick,
    corpus: corpusInfo,
    rows: complete,
  };
  const file = writeJson(report, path.resolve(repoRoot, options.outDir));
  return { report, file };
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const { report, file } = await runBench(options);
  console.log(formatTables(report.rows));
  console.log(`JSON: ${path.relative(process.cwd(), file)}`);
  const failed = report.rows.filter((row) => row.status === 'error');
  if (failed.length > 0) {
    console.error(`bench: ${failed.length} row(s) failed: ${failed.map((row) => row.name).join(', ')}`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error instanceof Error && 'toLine' in error ? (error as { toLine(): string }).toLine() : error);
    process.exit(1);
  });
}
