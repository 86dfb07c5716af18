import { connectGraph, type Graph } from '../../graph/driver.ts';
import type { GraphConfig } from '../../graph/config.ts';
import { bulkBuild, type BulkBuildResult, type CsvSource } from '../../graph/load/bulk/bulkBuild.ts';
import { NodeKind, Rel } from '../../graph/model.ts';
import { applySchema } from '../../graph/schema.ts';
import { loadReferenceData } from '../reference/load.ts';
import { corpusBatchCount, type CorpusOptions } from './generator.ts';

/**
 * The reference graph and a synthetic corpus built in bulk into an empty local database (see
 * graph/load/bulk/bulkBuild.ts): the same rows through the same writers as the online load
 * (`loadSyntheticCorpus`), so the same graph, written as CSV for Neo4j's offline importer.
 */

/** The synthetic local agencies and their PART_OF links come again in every batch that needs them (localAgencies.ts). */
const repeating = new Set<string>([NodeKind.Agency, Rel.PART_OF]);

export interface BulkSeedTimings extends BulkBuildResult {
  /** Starting the DBMS over the imported store. */
  startSeconds: number;
  /** Creating the constraints and indexes and waiting until they are online. */
  schemaSeconds: number;
  totalSeconds: number;
}

/**
 * Builds the corpus and starts the DBMS over it with the schema applied; returns the open Graph.
 * `onBatch` hears of every generated batch (a progress bar).
 */
export async function bulkSeed(
  config: GraphConfig,
  corpus: CorpusOptions,
  options: {
    log?: (line: string) => void;
    onBatch?: (done: number, batches: number) => void;
    keepCsv?: boolean;
    /** Threads writing the CSV files; default one per core. */
    csvWorkers?: number;
  } = {},
): Promise<{ graph: Graph; timings: BulkSeedTimings }> {
  const log = options.log ?? (() => {});
  const started = process.hrtime.bigint();
  const built = await bulkBuild({
    config,
    keepCsv: options.keepCsv,
    log,
    ...syntheticCsvSource(corpus, { workers: options.csvWorkers, onBatch: options.onBatch }),
  });
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  const beforeStart = seconds();
  const graph = await connectGraph(config, { log });
  const startSeconds = seconds() - beforeStart;
  try {
    log('  creating constraints and indexes (Neo4j populates them from the imported store)…');
    const beforeSchema = seconds();
    await applySchema(graph, { awaitSeconds: 3_600 });
    const schemaSeconds = seconds() - beforeSchema;
    log(`  schema online in ${schemaSeconds.toFixed(1)} s`);
    return { graph, timings: { ...built, startSeconds, schemaSeconds, totalSeconds: seconds() } };
  } catch (error) {
    await graph.close();
    throw error;
  }
}

/**
 * The reference graph (this thread) and the corpus's batches (split across CSV worker threads,
 * bulkPart.ts). `onBatch` counts the batches of all workers together.
 */
export function syntheticCsvSource(
  corpus: CorpusOptions,
  options: { workers?: number; onBatch?: (done: number, batches: number) => void } = {},
): CsvSource {
  const batches = corpusBatchCount(corpus);
  let done = 0;
  return {
    repeating,
    fill: async (sink) => {
      await loadReferenceData(sink);
    },
    parts: {
      module: new URL('./bulkPart.ts', import.meta.url).href,
      task: corpus,
      workers: options.workers,
      onProgress: () => options.onBatch?.(++done, batches),
    },
  };
}
