import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../graph/config.ts';
import { graphCounts } from '../../graph/load/counts.ts';
import { applySchema } from '../../graph/schema.ts';
import { corpusDir, folderBytes, startBenchDbms, type BenchDbms } from './dbms.ts';
import type { BenchOptions } from './options.ts';
import type { Figure } from './report.ts';
import { corpusLoader, generatorSources } from './seedAdapter.ts';

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

/**
 * The query graph for a scale+seed in `.data/bench-<scale>-s<seed>/`: reused when its marker says it
 * was completely built by the current generator, otherwise rebuilt from scratch with the project's
 * own seed loader (reference data + synthetic corpus).
 */
export async function ensureCorpus(options: BenchOptions, log: (line: string) => void): Promise<Corpus | string> {
  const loader = corpusLoader(options);
  if (typeof loader === 'string') return loader;
  const dir = corpusDir(options.scaleLabel, options.seed);
  const markerFile = path.join(dir, 'corpus.json');
  const wantedFingerprint = fingerprint();
  const marker = fs.existsSync(markerFile) ? (JSON.parse(fs.readFileSync(markerFile, 'utf8')) as Marker) : undefined;
  const reusable = marker?.companies === options.companies && marker.seed === options.seed && marker.fingerprint === wantedFingerprint;
  if (!reusable) {
    log(`bench: building the ${options.scaleLabel} query graph in ${path.relative(repoRoot, dir)} (reused by later runs)`);
    fs.rmSync(dir, { recursive: true, force: true });
  } else {
    log(`bench: reusing the ${options.scaleLabel} query graph in ${path.relative(repoRoot, dir)} (built ${marker.builtAt})`);
  }
  const dbms = await startBenchDbms(dir, options.companies, log);
  try {
    let built = marker;
    if (!reusable) {
      const start = process.hrtime.bigint();
      await applySchema(dbms.graph);
      await loader.reference(dbms.graph);
      await loader.synthetic(dbms.graph);
      const buildSeconds = Number(process.hrtime.bigint() - start) / 1e9;
      const counts = await graphCounts(dbms.graph);
      built = {
        companies: options.companies,
        seed: options.seed,
        fingerprint: wantedFingerprint,
        nodes: counts.nodes,
        relationships: counts.relationships,
        buildSeconds,
        builtAt: new Date().toISOString(),
      };
      fs.writeFileSync(markerFile, `${JSON.stringify(built, null, 2)}\n`);
    }
    return {
      dbms,
      info: {
        dataDir: path.relative(repoRoot, dir),
        reused: reusable ? 'yes' : 'no',
        nodes: built!.nodes,
        relationships: built!.relationships,
        buildSeconds: built!.buildSeconds,
        storeMiB: folderBytes(path.join(dir, 'neo4j', 'data')) / 2 ** 20,
        heapMiB: dbms.heapMiB,
        pageCacheMiB: dbms.pageCacheMiB,
      },
    };
  } catch (error) {
    await dbms.graph.close();
    throw error;
  }
}
