/**
 * Adds a large view's elements after its first window (drawOrder.ts), one chunk per animation frame,
 * so the window is on screen and the page answers while the rest joins. A newer view flushes what is
 * still queued (added at once) before it diffs, so the canvas always holds the whole previous view.
 */
import type { Core, ElementDefinition } from 'cytoscape';

export interface ChunkedAdd {
  /** Resolves once every chunk is on the canvas (flushed or not). */
  done: Promise<void>;
  /** Adds whatever is still queued now, in one batch. */
  flush(): void;
}

export function addInChunks(cy: Core, chunks: readonly ElementDefinition[][], frame: (step: () => void) => unknown = requestAnimationFrame): ChunkedAdd {
  let next = 0;
  let finished!: () => void;
  const done = new Promise<void>((resolve) => (finished = resolve));
  const add = (upTo: number) => {
    if (cy.destroyed()) {
      next = chunks.length;
    } else {
      cy.batch(() => {
        for (; next < upTo; next++) cy.add(chunks[next]!);
      });
    }
    if (next >= chunks.length) finished();
  };
  const step = () => {
    if (next >= chunks.length) return;
    add(next + 1);
    if (next < chunks.length) frame(step);
  };
  if (chunks.length === 0) finished();
  else frame(step);
  return { done, flush: () => add(chunks.length) };
}
