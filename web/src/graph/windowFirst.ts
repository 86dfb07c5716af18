/**
 * A large view whose positions are known before it is drawn (the position cache, the layout worker)
 * starts window first: its readable start viewport is worked out from the positions alone (no
 * bounding box of 10k styled elements), and only what that window shows is added and drawn. The
 * rest waits off screen (offscreen.ts) and joins as the viewport reaches it, a margin ahead of a pan;
 * a zoom out to the whole view, the Fit button and the exports add everything (`completeView`).
 */
import type { Collection, Core } from 'cytoscape';
import type { Element } from './elements.ts';
import type { Flow } from './layout.ts';
import { detailZoom, isLargeView } from './levelOfDetail.ts';
import { nodeReach, Offscreen } from './offscreen.ts';
import type { Positions } from './positionCache.ts';
import { startDefinitions } from './startDetail.ts';
import { extentOf, fitPadding, fittedViewport, readableViewport, type Box, type Viewport } from './viewport.ts';

/** Once the viewport leaves what was added, the next add covers it grown by this share of its size on each side (fewer, larger adds while panning). */
const lookAhead = 0.5;

export interface ViewportAdd {
  /** The box (model units) of every node of the view, from its positions. */
  box: Box;
  /** Elements still off the canvas, waiting for the viewport (a newer view updates or drops them there). */
  offscreen: Offscreen;
  /** Adds everything still waiting, in one batch. */
  complete(): void;
  /** Stops following the viewport (a newer view took over); what waits is dropped. */
  stop(): void;
}

const following = new WeakMap<Core, ViewportAdd>();

/**
 * Adds the start window of `adds` now and the rest as the viewport reaches it; `present`: nodes
 * already on the canvas. `onAdded` gets each later addition (pins, labels), `onComplete` runs once
 * nothing waits.
 */
export function addWindowFirst(
  cy: Core,
  adds: readonly Element[],
  positions: Positions,
  focusId: string | null,
  flow: Flow,
  hooks: { present?: Iterable<string>; onAdded?(added: Collection): void; onComplete?(): void } = {},
): ViewportAdd {
  following.get(cy)?.stop();
  const size = { width: cy.width(), height: cy.height() };
  const viewport = startViewport(positions, size, focusId, flow, [cy.minZoom(), cy.maxZoom()]);
  cy.viewport(viewport);
  const window = extentOf(viewport, size);
  const offscreen = new Offscreen(startDefinitions(adds, positions, window, viewport.zoom >= detailZoom), positions, hooks.present);
  cy.batch(() => cy.add(offscreen.take(window)));
  let covered = window;
  let frame: number | null = null;
  const add = (definitions: ReturnType<Offscreen['take']>) => {
    if (definitions.length) {
      let added!: Collection;
      cy.batch(() => (added = cy.add(definitions)));
      hooks.onAdded?.(added);
    }
    if (offscreen.size === 0) {
      handle.stop();
      hooks.onComplete?.();
    }
  };
  const follow = () => {
    frame = null;
    const extent = cy.extent();
    if (within(extent, covered)) return;
    covered = grown(extent, lookAhead);
    add(offscreen.take(covered));
  };
  const onViewport = () => {
    frame ??= requestAnimationFrame(follow);
  };
  const handle: ViewportAdd = {
    box: boxOf(positions),
    offscreen,
    complete: () => add(offscreen.takeAll()),
    stop: () => {
      cy.off('viewport', onViewport);
      if (frame !== null) cancelAnimationFrame(frame);
      frame = null;
      if (following.get(cy) === handle) following.delete(cy);
    },
  };
  following.set(cy, handle);
  cy.on('viewport', onViewport);
  if (offscreen.size === 0) add([]);
  return handle;
}

/** Adds whatever of a large view still waits off screen (before a fit or an export of the whole). */
export function completeView(cy: Core): void {
  following.get(cy)?.complete();
}

/**
 * The Fit button: every element of the view, fitted. A view still joining the canvas is fitted from
 * its positions' box before the rest is added (Cytoscape's fit would measure 10k styled elements,
 * labels included); one wholly on the canvas from its nodes' bodies, labels left out (they are not
 * drawn at a fit-all zoom of a large view).
 */
export function fitWhole(cy: Core): void {
  const waiting = following.get(cy);
  if (!waiting && !isLargeView(cy.elements().length)) return void cy.fit(undefined, fitPadding);
  const box = waiting ? waiting.box : cy.nodes().boundingBox({ includeLabels: false, includeOverlays: false });
  cy.viewport(fittedViewport(box, { width: cy.width(), height: cy.height() }, fitPadding, [cy.minZoom(), cy.maxZoom()]));
  waiting?.complete();
}

/** Where the view starts (viewport.ts's fit, then readable at the focus), from its positions. */
export function startViewport(positions: Positions, size: { width: number; height: number }, focusId: string | null, flow: Flow, zoomRange: [number, number]): Viewport {
  const box = boxOf(positions);
  const focus = focusId ? (positions[focusId] ?? null) : null;
  return readableViewport(fittedViewport(box, size, fitPadding, zoomRange), box, size, focus, flow);
}

function within(inner: Box, outer: Box): boolean {
  return inner.x1 >= outer.x1 && inner.y1 >= outer.y1 && inner.x2 <= outer.x2 && inner.y2 <= outer.y2;
}

function grown(box: Box, share: number): Box {
  const dx = (box.x2 - box.x1) * share;
  const dy = (box.y2 - box.y1) * share;
  return { x1: box.x1 - dx, y1: box.y1 - dy, x2: box.x2 + dx, y2: box.y2 + dy };
}

function boxOf(positions: Positions): Box {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const { x, y } of Object.values(positions)) {
    box.x1 = Math.min(box.x1, x - nodeReach);
    box.y1 = Math.min(box.y1, y - nodeReach);
    box.x2 = Math.max(box.x2, x + nodeReach);
    box.y2 = Math.max(box.y2, y + nodeReach);
  }
  return Number.isFinite(box.x1) ? box : { x1: 0, y1: 0, x2: 0, y2: 0 };
}
