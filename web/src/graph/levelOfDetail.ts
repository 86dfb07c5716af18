/**
 * Level of detail for large views. Above `largeViewAbove` elements the canvas draws the lean way:
 * no labels and straight haystack edges without arrows or edge labels when zoomed out; zoomed in
 * (≥ `detailZoom`), the nodes in view get their labels back and the edges between them their
 * arrows and labels (class `detail`). Cytoscape's viewport shortcuts (a bitmap of the graph while
 * panning, edges hidden while zooming) are on. Measured in test/bench/frontend.ts (the 10k rows):
 * label measuring, bezier control points and arrowheads were most of a 10k view's drawing time.
 */
import type { Core, NodeCollection, NodeSingular, StylesheetJson } from 'cytoscape';
import { readableZoom } from './viewport.ts';

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
 * overlapping labels on its first frame (measured: most of a 10k view's first draw).
 */
export const maxDetailNodes = 300;
/** Class of the nodes and edges of a large view drawn in full detail. */
export const detailClass = 'detail';

export function isLargeView(elementCount: number): boolean {
  return elementCount > largeViewAbove;
}

/** Appended to the stylesheet of a large view (style.ts). */
export const largeViewStyle: StylesheetJson = [
  { selector: 'node', style: { label: '', 'text-background-opacity': 0 } },
  { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, label: '', 'target-arrow-shape': 'none', 'source-arrow-shape': 'none' } },
  { selector: `node.${detailClass}`, style: { label: 'data(label)', 'text-background-opacity': 0.75 } },
  { selector: `edge.${detailClass}`, style: { 'curve-style': 'bezier', label: 'data(label)', 'target-arrow-shape': 'triangle' } },
  { selector: `edge.${detailClass}.against`, style: { 'source-arrow-shape': 'triangle', 'target-arrow-shape': 'none' } },
];

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
    const inView = mostConnected(
      cy.nodes().filter((node) => {
        const p = node.position();
        return p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2;
      }),
      maxDetailNodes,
    );
    const wanted = inView.union(inView.edgesWith(inView));
    before.difference(wanted).removeClass(detailClass);
    wanted.difference(before).addClass(detailClass);
  });
}

/** The `count` nodes with the most links (highlighted ones, e.g. the subject, first), or all when there are no more. */
function mostConnected(nodes: NodeCollection, count: number): NodeCollection {
  if (nodes.length <= count) return nodes;
  const rank = (node: NodeSingular) => (node.hasClass('highlighted') ? Infinity : node.degree(false));
  const ranked = nodes.map((node) => [rank(node), node] as const).sort((a, b) => b[0] - a[0]);
  const chosen = new Set(ranked.slice(0, count).map(([, node]) => node.id()));
  return nodes.filter((node) => chosen.has(node.id()));
}
