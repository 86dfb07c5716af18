import fs from 'node:fs';
import path from 'node:path';
import type { GraphConfig } from '../../config.ts';
import { offlineImport, type OfflineImportResult } from '../../embedded/offlineImport.ts';
import { arrayDelimiterOption, CsvCorpus, type CsvGroup } from './csvCorpus.ts';
import { defaultCsvWorkers, writeCsvInWorkers } from './csvWorkers.ts';

/**
 * Building an empty local database in bulk: the graph/load writers' rows go to CSV files (a
 * CsvCorpus sink), Neo4j's offline importer turns them into a store, and the caller then starts the
 * DBMS over it and applies the schema (graph/schema.ts), whose indexes Neo4j populates from the store.
 * Several times faster than transactions (no transaction log, no index maintenance per row, no
 * MERGE lookups); only possible while there is no database yet, so a non-empty or remote
 * (NEO4J_URI) database is loaded online through the same writers.
 */

/** Whether `config` names an embedded DBMS whose database `neo4j` does not exist yet. */
export function canBulkBuild(config: GraphConfig): boolean {
  if (config.uri || config.database !== 'neo4j') return false;
  const store = path.join(config.embedded.dataDir, 'data', 'databases', 'neo4j');
  return !fs.existsSync(store) || !fs.readdirSync(store).some((name) => name.startsWith('neostore'));
}

/** Where a bulk build's rows come from. */
export interface CsvSource {
  /** Node kinds / relationship types the filler writes more than once (written once; see CsvCorpus). */
  repeating?: ReadonlySet<string>;
  /** Writes rows through graph/load's writers into the sink, in this thread (e.g. the reference graph). */
  fill: (sink: CsvCorpus) => Promise<void>;
  /** Then the bulk of the rows, written by worker threads in parts (csvWorkers.ts). */
  parts?: {
    /** URL of the module whose `fillPart` (a FillPart) writes one part. */
    module: string;
    task: unknown;
    /** Default: one per core (os.availableParallelism()). */
    workers?: number;
    /** A worker finished a batch. */
    onProgress?: () => void;
  };
}

export interface BulkBuildOptions extends CsvSource {
  config: GraphConfig;
  /** Keep the CSV files (in `<dataDir>-csv/`) after the import, e.g. to import them again elsewhere. */
  keepCsv?: boolean;
  log?: (line: string) => void;
}

export interface BulkBuildResult {
  /** Writing the CSV files (generating the rows included). */
  csvSeconds: number;
  csvBytes: number;
  groups: CsvGroup[];
  import: OfflineImportResult;
  csvDir: string;
}

/** CSV files, then the offline import into `config.embedded.dataDir`. The DBMS is not running meanwhile. */
export async function bulkBuild(options: BulkBuildOptions): Promise<BulkBuildResult> {
  const log = options.log ?? (() => {});
  const { embedded } = options.config;
  const csvDir = `${embedded.dataDir}-csv`;
  const started = process.hrtime.bigint();
  const groups = await writeCsv(csvDir, options);
  const csvSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const csvBytes = groups.reduce((sum, group) => sum + fs.statSync(group.data).size, 0);
  log(`  CSV written: ${groups.reduce((n, g) => n + g.rows, 0).toLocaleString('en')} rows, ${(csvBytes / 2 ** 20).toFixed(0)} MiB in ${csvSeconds.toFixed(1)} s`);
  try {
    const result = await offlineImport({
      homeDir: embedded.dataDir,
      groups,
      arrayDelimiter: arrayDelimiterOption,
      heapMiB: Math.min(embedded.heapMiB, 4096),
      offHeapMiB: embedded.pageCacheMiB,
      reportFile: path.join(csvDir, 'import.report'),
      log,
    });
    log(
      `  offline import: ${result.nodes.toLocaleString('en')} nodes, ${result.relationships.toLocaleString('en')} relationships in ` +
        `${result.seconds.toFixed(1)} s (${Math.round(result.nodes / result.seconds).toLocaleString('en')} nodes/s, ` +
        `${Math.round(result.relationships / result.seconds).toLocaleString('en')} relationships/s, ${result.cpuSeconds.toFixed(0)} CPU-s)`,
    );
    return { csvSeconds, csvBytes, groups, import: result, csvDir };
  } finally {
    if (!options.keepCsv) fs.rmSync(csvDir, { recursive: true, force: true });
  }
}

/** The source's CSV files in `dir` (emptied first); their groups, nodes before relationships. On failure `dir` is removed. */
export async function writeCsv(dir: string, source: CsvSource): Promise<CsvGroup[]> {
  fs.rmSync(dir, { recursive: true, force: true });
  const repeating = source.repeating ?? new Set<string>();
  const sink = new CsvCorpus(dir, repeating);
  try {
    await source.fill(sink);
    const parts = source.parts;
    const written = parts
      ? await writeCsvInWorkers({ main: sink, repeating, workers: parts.workers ?? defaultCsvWorkers(), module: parts.module, task: parts.task, onProgress: parts.onProgress })
      : [];
    return [...sink.finish(), ...written].sort((a, b) => (a.entity === b.entity ? 0 : a.entity === 'nodes' ? -1 : 1));
  } catch (error) {
    // No half-written build: the importer never sees an incomplete corpus.
    sink.finish();
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
