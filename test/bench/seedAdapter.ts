import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../graph/config.ts';
import type { Graph } from '../../graph/driver.ts';
import type { Writer } from '../../graph/load/write.ts';
import { loadReferenceData } from '../../seed/reference/load.ts';
import { corpusBatchCount, generateBatch } from '../../seed/synthetic/generator.ts';
import { loadSyntheticCorpus, writeCorpusRows } from '../../seed/synthetic/load.ts';
import type { BenchOptions } from './options.ts';

/** How the bench fills a database: the project's own seed code, nothing of its own. */
export interface CorpusLoader {
  /** Reference data (agencies, lists, documents, measures): loaded untimed before the corpus. */
  reference(writer: Writer): Promise<void>;
  /** The first `companies` of the synthetic corpus of the options' seed, through the online loader (timed). */
  synthetic(graph: Graph, companies: number): Promise<void>;
  /** The same rows handed to `writer` batch by batch (a baseline's sink). */
  syntheticRows(writer: Writer, companies: number): Promise<void>;
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
    synthetic: async (graph, companies) => {
      await loadSyntheticCorpus(graph, { companies, seed: options.seed, resume: false, onBatch });
    },
    syntheticRows: async (writer, companies) => {
      const corpus = { companies, seed: options.seed };
      const batches = corpusBatchCount(corpus);
      for (let batch = 0; batch < batches; batch++) {
        await writeCorpusRows(writer, generateBatch(corpus, batch));
        onBatch({ batch, batches });
      }
    },
  };
}

/**
 * Not hashed: seed/reference/research. Its notes and inputs reach the graph only through
 * seed/reference/build.ts, whose output (seed/reference/data) is committed and hashed — a research
 * note once threw away a 30-minute 1M corpus.
 */
const notHashed = new Set(['seed/reference/research']);

/** Source files whose change makes a built corpus stale. */
export function generatorSources(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!notHashed.has(path.relative(repoRoot, full))) walk(full);
      } else if (/\.(ts|json)$/.test(entry.name)) files.push(full);
    }
  };
  for (const dir of ['seed/synthetic', 'seed/reference', 'graph/load/bulk']) walk(path.join(repoRoot, dir));
  return files;
}
