import type { Graph } from '../../graph/driver.ts';
import {
  addReports,
  advanceCheckpoint,
  awaitNameSearch,
  inTransaction,
  mergeAgencies,
  mergeBranches,
  mergeCompanies,
  mergeCreditRecords,
  mergeGrades,
  mergeLegalRepresentatives,
  mergeListings,
  mergeOfficers,
  mergePersons,
  mergeReferenceLinks,
  mergeShareholdings,
  readCheckpoint,
  type LoadReport,
  type Writer,
} from '../../graph/load/index.ts';
import { corpusBatchCount, generateBatch, type CorpusOptions } from './generator.ts';
import { rowCount, type CorpusRows } from './rows.ts';

/** Writes one batch's rows: nodes first, then the relationships between them (inside `writer`'s transaction when it is one). */
export async function writeCorpusRows(writer: Writer, rows: CorpusRows): Promise<LoadReport> {
  const report: LoadReport = {};
  addReports(report, await mergeAgencies(writer, rows.agencies));
  addReports(report, await mergeReferenceLinks(writer, rows.agencyLinks));
  addReports(report, await mergeCompanies(writer, rows.companies));
  addReports(report, await mergePersons(writer, rows.persons));
  addReports(report, await mergeShareholdings(writer, rows.shareholdings));
  addReports(report, await mergeLegalRepresentatives(writer, rows.legalRepresentatives));
  addReports(report, await mergeOfficers(writer, rows.officers));
  addReports(report, await mergeBranches(writer, rows.branches));
  addReports(report, await mergeListings(writer, rows.listings));
  addReports(report, await mergeGrades(writer, rows.grades));
  addReports(report, await mergeCreditRecords(writer, rows.creditRecords));
  return report;
}

export interface BatchProgress {
  batch: number;
  batches: number;
  companies: number;
  rows: number;
  report: LoadReport;
}

export interface CorpusLoadOptions extends CorpusOptions {
  /** Continue after the last batch a previous (interrupted) load committed; default true. */
  resume?: boolean;
  onBatch?: (progress: BatchProgress) => void;
  /** Stop cleanly between batches (Ctrl-C): the committed batches stay, the checkpoint names the last. */
  signal?: AbortSignal;
}

export interface CorpusLoadResult {
  report: LoadReport;
  batches: number;
  /** Batches skipped because a previous load had committed them. */
  skipped: number;
  stopped: boolean;
}

/** The checkpoint of a corpus: batches of one seed are the same whatever the size, so a larger load continues a smaller one. */
export const corpusCheckpointKey = (options: CorpusOptions) =>
  `synthetic:seed=${options.seed}:story=${options.includeStory !== false}`;

/**
 * Loads the synthetic corpus batch by batch, each batch (all its rows and the checkpoint update) in
 * one transaction: after a crash or Ctrl-C every batch is either fully in or not at all, and a
 * resumed load starts after the last committed one. Loading again changes nothing (MERGE).
 */
export async function loadSyntheticCorpus(graph: Graph, options: CorpusLoadOptions): Promise<CorpusLoadResult> {
  const batches = corpusBatchCount(options);
  const key = corpusCheckpointKey(options);
  const checkpoint = options.resume === false ? null : await readCheckpoint(graph, key);
  const start = checkpoint ? Math.min(checkpoint.lastBatch + 1, batches) : 0;
  const report: LoadReport = {};
  for (let batch = start; batch < batches; batch++) {
    if (options.signal?.aborted) return { report, batches, skipped: start, stopped: true };
    const rows = generateBatch(options, batch);
    const batchReport = await inTransaction(graph, async (tx) => {
      const written = await writeCorpusRows(tx, rows);
      // Never move a checkpoint backwards (a re-load of early batches after a larger load).
      const lastBatch = Math.max(batch, checkpoint?.lastBatch ?? -1);
      await advanceCheckpoint(tx, { key, fingerprint: key, batch: lastBatch, batches: Math.max(batches, lastBatch + 1) });
      return written;
    });
    addReports(report, batchReport);
    options.onBatch?.({ batch, batches, companies: rows.companies.length, rows: rowCount(rows), report: batchReport });
  }
  await awaitNameSearch(graph);
  return { report, batches, skipped: start, stopped: false };
}
