import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../graph/config.ts';
import { graphCounts } from '../../graph/load/counts.ts';
import { applySchema } from '../../graph/schema.ts';
import { bulkSeed } from '../../seed/synthetic/bulk.ts';
import { cpuWindow } from './cpu.ts';
import { benchConfig, corpusDir, folderBytes, memoryFor, startBenchDbms, type BenchDbms } from './dbms.ts';
import type { BuildFigures } from './load.ts';
import type { BenchOptions } from './options.ts';
import type { Figure } from './report.ts';
import type { CorpusLoader } from './seedAdapter.ts';
import { generatorSources } from './seedAdapter.ts';

export interface Corpus {
  dbms: BenchDbms;
  info: Record<string, Figure | string>;
}

interface Marker {
  companies: number;
  seed: number;
  fingerprint: string;
  nodes: number;
  relationships: number;
  buildSeconds: number;
  builtAt: string;
}

let memo: string | undefined;

/**
 * Hash of the generator and loader sources: a corpus built by other code is rebuilt, never reused.
 * Taken once per run: the code this process loaded is what it hashed, even if files change meanwhile.
 */
function fingerprint(): string {
  if (memo) return memo;
  const hash = createHash('sha256');
  for (const file of generatorSources()) {
    hash.update(path.relative(repoRoot, file));
    hash.update(fs.readFileSync(file));
  }
  memo = hash.digest('hex').slice(0, 16);
  return memo;
}

const markerFile = (options: BenchOptions) => path.join(corpusDir(options), 'corpus.json');

function readMarker(options: BenchOptions): Marker | undefined {
  const file = markerFile(options);
  if (!fs.existsSync(file)) return undefined;
  const marker = JSON.parse(fs.readFileSync(file, 'utf8')) as Marker;
  const current = marker.companies === options.companies && marker.seed === options.seed && marker.fingerprint === fingerprint();
  return current ? marker : undefined;
}

/**
 * Opens `.data/bench-<scale>-s<seed>/`, building it first unless its marker says it is a complete
 * query graph of the current generator. A build is the project's bulk build (seed/synthetic/bulk.ts)
 * — and then the load bench's project row (`built`, its CSV files kept for the limit row until
 * `removeBuildCsv`), so a first run does not build the corpus twice.
 */
export async function openCorpus(
  options: BenchOptions,
  loader: CorpusLoader | undefined,
  log: (line: string) => void,
): Promise<{ corpus: Corpus; built?: BuildFigures }> {
  const dir = corpusDir(options);
  const found = readMarker(options);
  let dbms: BenchDbms;
  let marker: Marker;
  let built: BuildFigures | undefined;
  if (found) {
    log(`bench: reusing the ${options.scaleLabel} query graph in ${path.relative(repoRoot, dir)} (built ${found.builtAt})`);
    dbms = await startBenchDbms(dir, options.companies, log);
    // As the server does at start: indexes added since the build (idempotent when they exist).
    await applySchema(dbms.graph);
    marker = found;
  } else if (!loader) throw new Error(`no current ${options.scaleLabel} query graph in ${dir}; run npm run bench -- --scale ${options.scaleLabel} first`);
  else {
    log(`bench: building the ${options.scaleLabel} query graph in bulk in ${path.relative(repoRoot, dir)} (kept for later runs)`);
    ({ dbms, built } = await bulkBuildDbms(dir, options, log));
    marker = {
      companies: options.companies,
      seed: options.seed,
      fingerprint: fingerprint(),
      nodes: built.nodes,
      relationships: built.relationships,
      buildSeconds: built.timings.totalSeconds,
      builtAt: new Date().toISOString(),
    };
    fs.writeFileSync(markerFile(options), `${JSON.stringify(marker, null, 2)}\n`);
  }
  const info: Corpus['info'] = {
    dataDir: path.relative(repoRoot, dir),
    builtAt: marker.builtAt,
    nodes: marker.nodes,
    relationships: marker.relationships,
    buildSeconds: marker.buildSeconds,
    // What the page cache must hold (store + indexes), apart from the transaction logs.
    storeMiB: folderBytes(path.join(dir, 'neo4j', 'data', 'databases')) / 2 ** 20,
    txLogMiB: folderBytes(path.join(dir, 'neo4j', 'data', 'transactions')) / 2 ** 20,
    heapMiB: dbms.heapMiB,
    pageCacheMiB: dbms.pageCacheMiB,
  };
  return { corpus: { dbms, info }, built };
}

/** A bulk build of the options' corpus into `dir`, measured (CPU of this process, the importer and the DBMS). */
export async function bulkBuildDbms(dir: string, options: BenchOptions, log: (line: string) => void): Promise<{ dbms: BenchDbms; built: BuildFigures }> {
  fs.rmSync(dir, { recursive: true, force: true });
  const memory = memoryFor(options.companies);
  const config = await benchConfig(dir, options.companies);
  const window = cpuWindow();
  let next = 0;
  const { graph, timings } = await bulkSeed(config, { companies: options.companies, seed: options.seed }, {
    log,
    keepCsv: true,
    onBatch: (done, batches) => {
      if (done >= next) {
        log(`  CSV: batch ${done} of ${batches}`);
        next += Math.max(1, Math.round(batches / 10));
      }
    },
  });
  const pid = graph.embeddedInfo!.pid;
  const cpu = window.stop(pid);
  const counts = await graphCounts(graph);
  log(`  built: ${counts.nodes} nodes, ${counts.relationships} relationships in ${timings.totalSeconds.toFixed(0)} s`);
  const dbms: BenchDbms = { graph, dataDir: dir, ...memory, pid };
  return { dbms, built: { timings, cpu, nodes: counts.nodes, relationships: counts.relationships } };
}

/** The CSV files a build kept for the limit row. */
export function removeBuildCsv(built: BuildFigures | undefined): void {
  if (built) fs.rmSync(built.timings.csvDir, { recursive: true, force: true });
}
