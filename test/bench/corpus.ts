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

/** Hash of the generator and loader sources: a corpus built by other code is rebuilt, never reused. */
function fingerprint(): string {
  const hash = createHash('sha256');
  for (const file of generatorSources()) {
    hash.update(path.relative(repoRoot, file));
    hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

const markerFile = (options: BenchOptions) => path.join(corpusDir(options.scaleLabel, options.seed), 'corpus.json');

function readMarker(options: BenchOptions): Marker | undefined {
  const file = markerFile(options);
  if (!fs.existsSync(file)) return undefined;
  const marker = JSON.parse(fs.readFileSync(file, 'utf8')) as Marker;
  const current = marker.companies === options.companies && marker.seed === options.seed && marker.fingerprint === fingerprint();
  return current ? marker : undefined;
}

/**
 * Makes sure `.data/bench-<scale>-s<seed>/` holds a complete query graph built by the current
 * generator: reused when its marker says so, otherwise rebuilt from scratch with the project's own
 * loader — and then that build is the load bench's project run (its baseline statements recorded),
 * so a first run does not load the corpus twice. Leaves the DBMS stopped.
 */
export async function prepareCorpus(options: BenchOptions, loader: CorpusLoader, log: (line: string) => void): Promise<LoadTiming | undefined> {
  const dir = corpusDir(options.scaleLabel, options.seed);
  const marker = readMarker(options);
  if (marker) {
    log(`bench: reusing the ${options.scaleLabel} query graph in ${path.relative(repoRoot, dir)} (built ${marker.builtAt})`);
    return undefined;
  }
  log(`bench: building the ${options.scaleLabel} query graph in ${path.relative(repoRoot, dir)} (kept for later runs)`);
  fs.rmSync(dir, { recursive: true, force: true });
  const dbms = await startBenchDbms(dir, options.companies, log);
  try {
    const start = process.hrtime.bigint();
    await applySchema(dbms.graph);
    const timing = await projectLoad(dbms.graph, loader, baselineFile(options));
    const counts = await graphCounts(dbms.graph);
    const built: Marker = {
      companies: options.companies,
      seed: options.seed,
      fingerprint: fingerprint(),
      nodes: counts.nodes,
      relationships: counts.relationships,
      buildSeconds: Number(process.hrtime.bigint() - start) / 1e9,
      builtAt: new Date().toISOString(),
    };
    fs.writeFileSync(markerFile(options), `${JSON.stringify(built, null, 2)}\n`);
    log(`  built: ${counts.nodes} nodes, ${counts.relationships} relationships in ${built.buildSeconds.toFixed(0)} s`);
    return timing;
  } finally {
    await dbms.graph.close();
  }
}

/** Starts the DBMS over a prepared query graph. */
export async function openCorpus(options: BenchOptions, log: (line: string) => void): Promise<Corpus> {
  const marker = readMarker(options);
  if (!marker) throw new Error('the query graph is not built (prepareCorpus first)');
  const dir = corpusDir(options.scaleLabel, options.seed);
  const dbms = await startBenchDbms(dir, options.companies, log);
  return {
    dbms,
    info: {
      dataDir: path.relative(repoRoot, dir),
      builtAt: marker.builtAt,
      nodes: marker.nodes,
      relationships: marker.relationships,
      buildSeconds: marker.buildSeconds,
      storeMiB: folderBytes(path.join(dir, 'neo4j', 'data')) / 2 ** 20,
      heapMiB: dbms.heapMiB,
      pageCacheMiB: dbms.pageCacheMiB,
    },
  };
}
