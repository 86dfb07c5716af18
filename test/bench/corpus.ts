import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../graph/config.ts';
import { graphCounts } from '../../graph/load/counts.ts';
import { applySchema } from '../../graph/schema.ts';
import { corpusDir, folderBytes, startBenchDbms, type BenchDbms } from './dbms.ts';
import { baselineFile, projectLoad, type LoadTiming } from './load.ts';
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
 * query graph of the current generator. A build uses the project's own loader — and is then the load
 * bench's project run (`built`, its baseline statements recorded), so a first run does not load the
 * corpus twice.
 */
export async function openCorpus(
  options: BenchOptions,
  loader: CorpusLoader | undefined,
  log: (line: string) => void,
): Promise<{ corpus: Corpus; built?: LoadTiming }> {
  const dir = corpusDir(options);
  const found = readMarker(options);
  if (found) log(`bench: reusing the ${options.scaleLabel} query graph in ${path.relative(repoRoot, dir)} (built ${found.builtAt})`);
  else if (!loader) throw new Error(`no current ${options.scaleLabel} query graph in ${dir}; run npm run bench -- --scale ${options.scaleLabel} first`);
  else {
    log(`bench: building the ${options.scaleLabel} query graph in ${path.relative(repoRoot, dir)} (kept for later runs)`);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const dbms = await startBenchDbms(dir, options.companies, log);
  let marker: Marker;
  let built: LoadTiming | undefined;
  try {
    if (found) marker = found;
    else ({ marker, built } = await buildCorpus(options, dbms, loader!, log));
  } catch (error) {
    await dbms.graph.close();
    throw error;
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

/** Schema, reference data and the synthetic corpus into an empty DBMS; writes the marker last. */
async function buildCorpus(options: BenchOptions, dbms: BenchDbms, loader: CorpusLoader, log: (line: string) => void): Promise<{ marker: Marker; built: LoadTiming }> {
  const start = process.hrtime.bigint();
  await applySchema(dbms.graph);
  const built = await projectLoad(dbms.graph, loader, baselineFile(options));
  const counts = await graphCounts(dbms.graph);
  const marker: Marker = {
    companies: options.companies,
    seed: options.seed,
    fingerprint: fingerprint(),
    nodes: counts.nodes,
    relationships: counts.relationships,
    buildSeconds: Number(process.hrtime.bigint() - start) / 1e9,
    builtAt: new Date().toISOString(),
  };
  fs.writeFileSync(markerFile(options), `${JSON.stringify(marker, null, 2)}\n`);
  log(`  built: ${counts.nodes} nodes, ${counts.relationships} relationships in ${marker.buildSeconds.toFixed(0)} s`);
  return { marker, built };
}
