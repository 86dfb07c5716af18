/**
 * Level of detail for large views. Above `largeViewAbove` elements the canvas draws the lean way:
 * no labels and straight haystack edges without arrows or edge labels when zoomed out; zoomed in
 * (≥ `detailZoom`), the nodes in view get their labels back and the edges between them their
 * arrows and labels (class `detail`, `largeViewStyle`). Cytoscape's viewport shortcuts (a bitmap of the graph while
 * panning, edges hidden while zooming) are on. Measured in test/bench/frontend.ts (the 10k rows):
 * label measuring, bezier control points and arrowheads were most of a 10k view's drawing time.
 */
import type { Core, StylesheetJson } from 'cytoscape';
import { readableZoom, type Box, type Point } from './viewport.ts';

/** More elements than this make a large view (a 2,000-element view still draws in full detail fluidly). */
export const largeViewAbove = 2000;
/**
 * From this zoom the nodes in view of a large view show their labels: the zoom a large view starts at
 * (viewport.ts), so its first window at the subject is labelled (its spread draft layout puts a few
 * hundred nodes there: layout.ts).
 */
export const detailZoom = readableZoom;
/**
 * At most this many nodes in view are drawn in detail, the best connected first: a dense view (a
 * draft layout packs thousands of nodes into a screen) would otherwise measure and draw thousands of
 * overlapping labels on its first frame (measured: most of a 10k view's first draw). A hundred labels
 * fill a screen; the start window of the 10k bench view has ~150 nodes, and their labels were a third
 * of its first view's CPU (BENCHMARKS.md, session 12). Zoomed in further, fewer nodes are in view and
 * all of them get their labels.
 */
export const maxDetailNodes = 100;
/** Class of the nodes and edges of a large view drawn in full detail. */
export const detailClass = 'detail';

export function isLargeView(elementCount: number): boolean {
  return elementCount > largeViewAbove;
}

/** Properties that only matter where a large view draws detail: labels, arrowheads, curved edges. */
const detailProperty = /^(label$|color$|font-|text-|min-zoomed-font-size$|source-arrow-|target-arrow-|arrow-scale$|curve-style$|control-point-)/;

/**
 * A large view's stylesheet from the full one (style.ts): every rule keeps its shapes, colours and
 * borders; its labels, arrows and curves move to the same selector scoped to the detail class, and
 * edges are straight haystack lines otherwise. Same look where detail is drawn, but the thousands of
 * other elements are styled with a few properties, not thirty (measured: styling was a third of a 10k
 * view's first draw, BENCHMARKS.md).
 */
export function largeViewStyle(sheet: StylesheetJson): StylesheetJson {
  const bodies: StylesheetJson = [];
  const details: StylesheetJson = [];
  for (const rule of sheet as Array<{ selector: string; style: Record<string, unknown> }>) {
    const body: Record<string, unknown> = {};
    const detail: Record<string, unknown> = {};
    for (const [property, value] of Object.entries(rule.style)) (detailProperty.test(property) ? detail : body)[property] = value;
    if (Object.keys(body).length) bodies.push({ selector: rule.selector, style: body } as StylesheetJson[number]);
    if (Object.keys(detail).length) details.push({ selector: inDetail(rule.selector), style: detail } as StylesheetJson[number]);
  }
  return [...bodies, { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0 } }, ...details];
}

/** `node, edge.x` → `node.detail, edge.x.detail`. */
function inDetail(selector: string): string {
  return selector
    .split(',')
    .map((part) => `${part.trim()}.${detailClass}`)
    .join(', ');
}

interface RendererSwitches {
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
}

/**
 * Cytoscape reads these options once, at creation; the canvas is created once and its views grow and
 * shrink, so they are switched on the live renderer (the same fields the options set).
 */
export function setViewportShortcuts(cy: Core, large: boolean): void {
  const renderer = (cy as unknown as { renderer(): RendererSwitches | undefined }).renderer();
  if (!renderer) return;
  renderer.hideEdgesOnViewport = large;
  renderer.textureOnViewport = large;
}

/**
 * Marks what a large view draws in detail: at `detailZoom` and closer, the nodes inside the viewport
 * (and the edges among them); further out, nothing.
 */
export function markDetail(cy: Core, large: boolean): void {
  cy.batch(() => {
    const before = cy.elements(`.${detailClass}`);
    if (!large || cy.zoom() < detailZoom) {
      before.removeClass(detailClass);
      return;
    }
    const box = cy.extent();
    const candidates = cy.nodes().filter((node) => inside(node.position(), box)).nodes();
    const chosen = mostConnected(
      candidates.map((node) => ({ id: node.id(), links: node.degree(false), highlighted: node.hasClass('highlighted') })),
      maxDetailNodes,
    );
    const inView = candidates.filter((node) => chosen.has(node.id()));
    const wanted = inView.union(inView.edgesWith(inView));
    before.difference(wanted).removeClass(detailClass);
    wanted.difference(before).addClass(detailClass);
  });
}

export function inside(point: Point, box: Box): boolean {
  return point.x >= box.x1 && point.x <= box.x2 && point.y >= box.y1 && point.y <= box.y2;
}

/** A node that may be drawn in detail: its links, and whether it is highlighted (the subject, a path). */
export interface DetailCandidate {
  id: string;
  links: number;
  highlighted: boolean;
}

/**
 * The ids of the `count` candidates drawn in detail: highlighted ones first, then the most links,
 * ties by id (the same choice whatever order the nodes were added in: drawOrder.ts picks it before
 * they are, markDetail after).
 */
export function mostConnected(candidates: readonly DetailCandidate[], count: number): Set<string> {
  if (candidates.length <= count) return new Set(candidates.map((candidate) => candidate.id));
  const rank = (candidate: DetailCandidate) => (candidate.highlighted ? Infinity : candidate.links);
  const ranked = [...candidates].sort((a, b) => rank(b) - rank(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Set(ranked.slice(0, count).map((candidate) => candidate.id));
}
