import type { CsvPart } from '../../graph/load/bulk/csvWorkers.ts';
import type { RowSink } from '../../graph/load/write.ts';
import { corpusBatchCount, generateBatch, type CorpusOptions } from './generator.ts';
import { writeCorpusRows } from './load.ts';

/**
 * One CSV worker's share of a synthetic corpus (run in a worker thread, graph/load/bulk/csvWorkers.ts):
 * every `of`-th batch from `index`, so the workers' shares interleave and finish together. Batches
 * are independent (generator.ts), so the parts together hold exactly the rows of one writer.
 */
export async function fillPart(sink: RowSink, corpus: CorpusOptions, part: CsvPart, progress: () => void): Promise<void> {
  for (const batch of partBatches(corpusBatchCount(corpus), part)) {
    await writeCorpusRows(sink, generateBatch(corpus, batch));
    progress();
  }
}

/** The batches of `part`: index, index + of, index + 2·of… */
export function* partBatches(batches: number, part: CsvPart): Generator<number> {
  for (let batch = part.index; batch < batches; batch += part.of) yield batch;
}
