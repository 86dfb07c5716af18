/**
 * Where a freshly laid-out view starts: fitted whole, but never zoomed in absurdly far on a handful
 * of nodes, and a big view too small to read when fitted starts readable at its focus (Fit shows it
 * all). A large view then also draws only what is in that window, not all of its elements.
 */
import type { Collection, Core } from 'cytoscape';
import type { Flow } from './layout.ts';

export const comfortableZoom = 1.4;
// Labels keep their size down to labelSize.ts's hold zoom, so a view this far out still reads.
export const readableZoom = 0.7;
// Columns (left to right) draw their labels at the drawing's scale (labelSize.ts): 10 px text at this zoom.
export const columnReadableZoom = 0.9;

const readableZoomOf = (flow: Flow) => (flow === 'leftToRight' ? columnReadableZoom : readableZoom);
/** Margin (screen px) around a fitted view. */
export const fitPadding = 30;

export interface Point {
  x: number;
  y: number;
}
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export interface Viewport {
  zoom: number;
  pan: Point;
}
export interface Size {
  width: number;
  height: number;
}

export function startReadable(cy: Core, content: Collection, focusId: string | null, flow: Flow): void {
  const focus = focusId ? cy.getElementById(focusId) : null;
  const fitted = { zoom: cy.zoom(), pan: cy.pan() };
  const size = { width: cy.width(), height: cy.height() };
  cy.viewport(readableViewport(fitted, content.boundingBox(), size, focus?.nonempty() ? focus.position() : null, flow));
}

/** The fitted viewport made readable: not closer than comfortable, not further than readable when there is a focus to start at. */
export function readableViewport(fitted: Viewport, content: Box, size: Size, focus: Point | null, flow: Flow): Viewport {
  if (fitted.zoom > comfortableZoom) return { zoom: comfortableZoom, pan: centredOn(centre(content), comfortableZoom, size) };
  const readable = readableZoomOf(flow);
  if (!focus || fitted.zoom >= readable) return fitted;
  const pan = centredOn(focus, readable, size);
  // A left-to-right view is read from its first column: keep that at the left edge, the focus at mid-height.
  return { zoom: readable, pan: flow === 'leftToRight' ? { x: 20 - content.x1 * readable, y: pan.y } : pan };
}

/** What `cy.fit(content, padding)` gives, from the content's box alone. */
export function fittedViewport(content: Box, size: Size, padding: number, zoomRange: [number, number]): Viewport {
  const width = Math.max(content.x2 - content.x1, 1);
  const height = Math.max(content.y2 - content.y1, 1);
  const wanted = Math.min((size.width - 2 * padding) / width, (size.height - 2 * padding) / height);
  const zoom = Math.min(Math.max(wanted, zoomRange[0]), zoomRange[1]);
  return { zoom, pan: centredOn(centre(content), zoom, size) };
}

/** The model area a viewport shows (`cy.extent()` before the view is drawn). */
export function extentOf(viewport: Viewport, size: Size): Box {
  const { zoom, pan } = viewport;
  return { x1: -pan.x / zoom, y1: -pan.y / zoom, x2: (size.width - pan.x) / zoom, y2: (size.height - pan.y) / zoom };
}

function centre(box: Box): Point {
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}

function centredOn(point: Point, zoom: number, size: Size): Point {
  return { x: size.width / 2 - point.x * zoom, y: size.height / 2 - point.y * zoom };
}
