import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { NodeKind, Rel } from '../../model.ts';
import type { RowSink } from '../write.ts';
import type { CsvCorpus, CsvGroup } from './csvCorpus.ts';

/**
 * The CSV files of a bulk build written on every core: the corpus is split into `workers` parts,
 * each generated and written by a worker thread (csvWorker.ts) into its own part files
 * (`w<n>-<entity>-<name>-<part>.csv`, each with its own header; the importer takes any number of
 * files per node kind). A part must depend only on the task and its index, so any number of
 * workers writes the same rows. Kinds that repeat across parts (`repeating`) are sent to the main
 * thread's corpus, which writes each id once. Each worker streams its rows as one thread would:
 * memory grows with the number of workers, not with the corpus.
 */

export interface CsvPart {
  /** 0-based. */
  index: number;
  of: number;
}

/** What the worker's module exports as `fillPart`: writes part `part` of the corpus described by `task`, calling `progress` after each batch. */
export type FillPart = (sink: RowSink, task: never, part: CsvPart, progress: () => void) => Promise<void>;

export interface CsvWorkerData {
  /** The worker's module (csvWorker.ts), started by tsxWorker.mjs. */
  entry: string;
  dir: string;
  prefix: string;
  repeating: string[];
  /** URL of the module exporting `fillPart`. */
  module: string;
  task: unknown;
  index: number;
  of: number;
}

export type CsvWorkerMessage =
  | { kind: 'rows'; entity: 'nodes' | 'relationships'; name: string; rows: readonly unknown[] }
  | { kind: 'progress' }
  | { kind: 'done'; groups: CsvGroup[] };

/** One worker per core the process may use. */
export const defaultCsvWorkers = (): number => os.availableParallelism();

export interface CsvWorkersOptions {
  /** Writes the rows of the repeating kinds (and whatever the main thread writes itself). */
  main: CsvCorpus;
  repeating: ReadonlySet<string>;
  workers: number;
  /** URL of the module exporting `fillPart` (a FillPart), and its task (structured-cloneable). */
  module: string;
  task: unknown;
  /** A worker finished a batch. */
  onProgress?: () => void;
}

const workerEntry = new URL('./csvWorker.ts', import.meta.url).href;
/** Registers tsx in the worker, then imports the entry: whatever loaded this thread (tsx, vitest), the worker runs TypeScript. */
const tsxWorker = new URL('./tsxWorker.mjs', import.meta.url);

/** Runs the workers to the end; the groups of every worker's part files. A failing worker stops the others and throws. */
export async function writeCsvInWorkers(options: CsvWorkersOptions): Promise<CsvGroup[]> {
  const of = options.workers;
  if (!Number.isInteger(of) || of < 1) throw new Error(`CSV workers must be a positive whole number, got ${of}`);
  const workers = Array.from({ length: of }, (_, index) => {
    const workerData: CsvWorkerData = {
      entry: workerEntry,
      dir: options.main.dir,
      prefix: `w${index + 1}-`,
      repeating: [...options.repeating],
      module: options.module,
      task: options.task,
      index,
      of,
    };
    return new Worker(tsxWorker, { workerData });
  });
  try {
    return (await Promise.all(workers.map((worker, index) => finished(worker, `CSV worker ${index + 1} of ${of}`, options)))).flat();
  } catch (error) {
    await Promise.all(workers.map((worker) => worker.terminate()));
    throw error;
  }
}

function finished(worker: Worker, name: string, options: CsvWorkersOptions): Promise<CsvGroup[]> {
  return new Promise((resolve, reject) => {
    let groups: CsvGroup[] | undefined;
    const fail = (cause: unknown) => reject(new Error(`${name} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause }));
    worker.on('message', (message: CsvWorkerMessage) => {
      if (message.kind === 'progress') options.onProgress?.();
      else if (message.kind === 'done') groups = message.groups;
      else if (message.entity === 'nodes') options.main.nodes(message.name as NodeKind, message.rows as Parameters<CsvCorpus['nodes']>[1]).catch(fail);
      else options.main.relationships(message.name as Rel, message.rows as Parameters<CsvCorpus['relationships']>[1]).catch(fail);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => (groups && code === 0 ? resolve(groups) : fail(`exited (code ${code}) before finishing its part`)));
  });
}
