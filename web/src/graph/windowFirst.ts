/**
 * A large view whose positions are known before it is drawn (the position cache, the layout worker)
 * starts window first: its readable start viewport is worked out from the positions alone (no
 * bounding box of 10k styled elements), what that window shows is added and drawn, and the rest
 * joins chunk by chunk (drawOrder.ts, chunkedAdd.ts).
 */
import type { Core } from 'cytoscape';
import { addInChunks, type ChunkedAdd } from './chunkedAdd.ts';
import { drawOrder } from './drawOrder.ts';
import type { Element } from './elements.ts';
import type { Flow } from './layout.ts';
import { detailZoom } from './levelOfDetail.ts';
import type { Positions } from './positionCache.ts';
import { extentOf, fitPadding, fittedViewport, readableViewport, type Box, type Viewport } from './viewport.ts';

/** About a node's half size (model units): the box of the positions grown by it is the view's drawn extent, labels aside. */
const nodeReach = 20;

export function addWindowFirst(cy: Core, adds: readonly Element[], positions: Positions, focusId: string | null, flow: Flow): ChunkedAdd {
  const size = { width: cy.width(), height: cy.height() };
  const viewport = startViewport(positions, size, focusId, flow, [cy.minZoom(), cy.maxZoom()]);
  cy.viewport(viewport);
  const order = drawOrder(adds, positions, extentOf(viewport, size), viewport.zoom >= detailZoom);
  cy.batch(() => cy.add(order.first));
  return addInChunks(cy, order.rest);
}

/** Where the view starts (viewport.ts's fit, then readable at the focus), from its positions. */
export function startViewport(positions: Positions, size: { width: number; height: number }, focusId: string | null, flow: Flow, zoomRange: [number, number]): Viewport {
  const box = boxOf(positions);
  const focus = focusId ? (positions[focusId] ?? null) : null;
  return readableViewport(fittedViewport(box, size, fitPadding, zoomRange), box, size, focus, flow);
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
