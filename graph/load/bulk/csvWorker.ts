import { parentPort, workerData } from 'node:worker_threads';
import type { NodeKind, Rel } from '../../model.ts';
import type { LoadCounts, RowSink } from '../write.ts';
import { CsvCorpus } from './csvCorpus.ts';
import type { CsvWorkerData, CsvWorkerMessage, FillPart } from './csvWorkers.ts';

/**
 * One CSV worker thread (started by csvWorkers.ts): writes its share of the corpus into its own part
 * files. Rows of the kinds that repeat across the corpus go to the main thread instead, which writes
 * each id once for all workers.
 */

const data = workerData as CsvWorkerData;
const post = (message: CsvWorkerMessage) => parentPort!.postMessage(message);
const own = new CsvCorpus(data.dir, new Set(), data.prefix);
const repeating = new Set(data.repeating);

/** The main thread writes them; every forwarded row counts as created here (nothing reads the counts back in a bulk build). */
function forward(entity: 'nodes' | 'relationships', name: string, rows: readonly unknown[]): LoadCounts {
  post({ kind: 'rows', entity, name, rows });
  return { rows: rows.length, created: rows.length, updated: 0, unchanged: 0, missing: 0 };
}

const sink: RowSink = {
  sink: true,
  nodes: async (kind: NodeKind, rows) => (repeating.has(kind) ? forward('nodes', kind, rows) : own.nodes(kind, rows)),
  relationships: async (type: Rel, rows) => (repeating.has(type) ? forward('relationships', type, rows) : own.relationships(type, rows)),
};

const { fillPart } = (await import(data.module)) as { fillPart: FillPart };
try {
  // The task is what the main thread gave for this module (structured-cloned).
  await fillPart(sink, data.task as never, { index: data.index, of: data.of }, () => post({ kind: 'progress' }));
} catch (error) {
  // Close the files of the incomplete part; the main thread removes the folder.
  own.finish();
  throw error;
}
post({ kind: 'done', groups: own.finish() });
