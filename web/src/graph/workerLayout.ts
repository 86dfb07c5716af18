/**
 * Large views are laid out off the main thread: the view's elements and the canvas's stylesheet, cut
 * to what sizes the nodes (sizingJob.ts), go to a web worker (layoutWorker.ts: headless Cytoscape sizing the nodes by that stylesheet and
 * running the same fcose options), the page stays responsive while it works, and the positions come
 * back so the canvas adds the nodes where they belong, drawing the view once. Only layouts that need
 * no label measuring qualify (fcose in draft quality, layout.ts); where workers are missing or the
 * worker fails, the caller runs the layout on the main thread as before.
 */
import type { StylesheetJson } from 'cytoscape';
import { draftAbove } from './layout.ts';
import type { Positions } from './positionCache.ts';
import { sizingJob } from './sizingJob.ts';

/** From this many nodes the fcose layout runs in a worker. */
export const workerAbove = draftAbove;

export interface LayoutJob {
  /** The view's nodes and edges as the canvas draws them (data and classes: the stylesheet sizes nodes by kind and class). */
  elements: ReadonlyArray<{ group: 'nodes' | 'edges'; data: { id: string; [key: string]: unknown }; classes?: string }>;
  /** The canvas's stylesheet (style.ts); the worker gets only its rules that size nodes (sizingJob.ts). */
  style: StylesheetJson;
  /** Plain layout options (layout.ts), without functions: they cannot cross to the worker. */
  options: Record<string, unknown>;
}

export type LayoutAnswer = { positions: Positions } | { error: string };

export interface RunningJob {
  positions: Promise<Positions>;
  /** Stops the worker (a newer layout replaces this one). */
  cancel(): void;
}

/** Whether this layout request can run in a worker here. */
export function canLayoutInWorker(options: Record<string, unknown>, nodeCount: number): boolean {
  return typeof Worker !== 'undefined' && options.name === 'fcose' && options.nodeDimensionsIncludeLabels === false && nodeCount >= workerAbove;
}

/** The explorer's worker (Vite bundles layoutWorker.ts as its own chunk). */
const explorerWorker = () => new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });

/** Workers started ahead of their job, by the function that makes them. */
const spares = new WeakMap<() => Worker, Worker>();

/**
 * Starts a worker before there is a job for it (the canvas, once mounted and after each worker
 * layout): a worker takes 200–300 ms to boot (Cytoscape and fcose parsed and compiled), a wait a
 * large view then does not have (BENCHMARKS.md, session 13). At most one waits per `makeWorker`.
 */
export function prepareWorker(makeWorker: () => Worker = explorerWorker): void {
  if (typeof Worker === 'undefined' || spares.has(makeWorker)) return;
  try {
    spares.set(makeWorker, makeWorker());
  } catch {
    // The job will try again, and fall back to the main thread if it cannot.
  }
}

/** The worker prepared for this job, or a new one. */
function workerFor(makeWorker: () => Worker): Worker {
  const spare = spares.get(makeWorker);
  spares.delete(makeWorker);
  return spare ?? makeWorker();
}

/** Starts the layout in a worker (the one prepared, if any); a worker that cannot start or take the job rejects, so the caller falls back. */
export function layoutInWorker(job: LayoutJob, makeWorker: () => Worker = explorerWorker): RunningJob {
  let worker: Worker;
  try {
    worker = workerFor(makeWorker);
  } catch (error) {
    return { positions: Promise.reject(error instanceof Error ? error : new Error(String(error))), cancel: () => undefined };
  }
  // Replaced inside the promise: ends the worker, and rejects when given an error.
  let settle: (error?: Error) => void = () => undefined;
  const positions = new Promise<Positions>((resolve, reject) => {
    settle = (error) => {
      worker.terminate();
      if (error) reject(error);
    };
    worker.onmessage = (event: MessageEvent<LayoutAnswer>) => {
      const answer = event.data;
      settle('error' in answer ? new Error(answer.error) : undefined);
      if ('positions' in answer) resolve(answer.positions);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      settle(new Error(event.message || 'layout worker failed'));
    };
  });
  try {
    worker.postMessage(sizingJob(job));
  } catch (error) {
    settle(error instanceof Error ? error : new Error(String(error)));
  }
  return { positions, cancel: () => settle(new Error('cancelled')) };
}
