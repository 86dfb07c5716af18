import { readReferenceData } from '../reference/data.ts';
import { addCreditFiles } from './creditFile.ts';
import { addSchemeGrades } from './schemeGrades.ts';
import { demoStoryRows } from './demoStory.ts';
import { BatchBuilder } from './groups.ts';
import { addListingsAndGrades, type ListHolders } from './listings.ts';
import { Random } from './random.ts';
import { emptyRows, type CorpusRows } from './rows.ts';

/**
 * The synthetic corpus: `companies` fictitious companies for a `seed`, generated in fixed batches of
 * 1,000 companies. Each batch has its own PRNG stream and its own id ranges, so any batch can be
 * generated (or re-generated after a crash) on its own, memory stays flat at any size, and the same
 * seed and size always give byte-identical rows. Batch 0 also carries the demo story.
 */
export interface CorpusOptions {
  companies: number;
  seed: number;
  /** Add the demo story (seed/synthetic/demoStory.ts) to batch 0; default true. */
  includeStory?: boolean;
}

export const corpusBatchCompanies = 1_000;

export const corpusBatchCount = (options: CorpusOptions): number => Math.ceil(options.companies / corpusBatchCompanies);

let holders: ListHolders | undefined;
function listHolders(): ListHolders {
  holders ??= { maintainedBy: new Map(readReferenceData().lists.map((l) => [l.id, l.maintainedBy])) };
  return holders;
}

/** The rows of batch `batch` (0-based). */
export function generateBatch(options: CorpusOptions, batch: number): CorpusRows {
  const first = batch * corpusBatchCompanies;
  const quota = Math.min(corpusBatchCompanies, options.companies - first);
  if (!Number.isInteger(batch) || batch < 0 || quota <= 0)
    throw new Error(`batch ${batch} is outside a corpus of ${options.companies} companies`);
  const rows = batch === 0 && options.includeStory !== false ? demoStoryRows() : emptyRows();
  const random = new Random(options.seed, batch + 1);
  const builder = new BatchBuilder(rows, random, options.seed, batch, first);
  for (let remaining = quota; remaining > 0;) {
    const size = Math.min(remaining, random.chance(0.45) ? 1 : random.pareto(2, 1.2, 150));
    builder.addGroup(size);
    remaining -= size;
  }
  addListingsAndGrades(builder, listHolders());
  addCreditFiles(builder, rows.companies);
  addSchemeGrades(builder, rows.companies);
  return rows;
}

/** Every batch in order, one at a time (from `startBatch` when resuming). */
export function* generateCorpus(options: CorpusOptions, startBatch = 0): Generator<{ batch: number; rows: CorpusRows }> {
  for (let batch = startBatch; batch < corpusBatchCount(options); batch++) yield { batch, rows: generateBatch(options, batch) };
}
