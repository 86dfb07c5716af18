import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../graph/config.ts';
import type { Graph } from '../../graph/driver.ts';
import { loadReferenceData } from '../../seed/reference/load.ts';
import { loadSyntheticCorpus } from '../../seed/synthetic/load.ts';
import type { BenchOptions } from './options.ts';

/** How the bench fills a database: the project's own seed code, nothing of its own. */
export interface CorpusLoader {
  /** Reference data (agencies, lists, documents, measures): loaded untimed before the corpus. */
  reference(graph: Graph): Promise<void>;
  /** The synthetic corpus for the options' scale and seed (the timed part of the load bench). */
  synthetic(graph: Graph): Promise<void>;
}

/** The seed's own loaders: what `npm run seed -- --companies N --seed S` runs (a fresh load, no resume). */
export function corpusLoader(options: Pick<BenchOptions, 'companies' | 'seed'>, log: (line: string) => void = () => {}): CorpusLoader {
  // A line per tenth of the corpus: a 1M load runs for a long while.
  const onBatch = ({ batch, batches }: { batch: number; batches: number }) => {
    if ((batch + 1) % Math.max(1, Math.round(batches / 10)) === 0) log(`  loaded batch ${batch + 1} of ${batches}`);
  };
  return {
    reference: async (graph) => {
      await loadReferenceData(graph);
    },
    synthetic: async (graph) => {
      await loadSyntheticCorpus(graph, { companies: options.companies, seed: options.seed, resume: false, onBatch });
    },
  };
}

/** Source files whose change makes a built corpus stale. */
export function generatorSources(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|json)$/.test(entry.name)) files.push(full);
    }
  };
  for (const dir of ['seed/synthetic', 'seed/reference', 'graph/load']) walk(path.join(repoRoot, dir));
  return files;
}
