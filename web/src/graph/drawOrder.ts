/**
 * The order a large view at known positions (the position cache, the layout worker) is added to the
 * canvas: first what its start window shows, drawn at once with its level of detail already in the
 * element classes (no restyle after the add), then the rest in chunks, nearest the window first,
 * one chunk a frame (chunkedAdd.ts). Styling and drawing 10k elements before the first frame was
 * most of the wait for a large view (BENCHMARKS.md, "Large views drawn window first").
 */
import type { ElementDefinition } from 'cytoscape';
import type { Element } from './elements.ts';
import { detailClass, inside, maxDetailNodes, mostConnected } from './levelOfDetail.ts';
import { definition } from './placement.ts';
import type { Positions } from './positionCache.ts';
import type { Box } from './viewport.ts';

/** Elements added per frame after the first window. */
export const chunkSize = 2000;
/** Nodes this close outside the window (model units, about a node's half size) are partly in view: they come first too. */
const margin = 20;

export interface DrawOrder {
  /** The start window's nodes, the edges touching them and those edges' other ends. */
  first: ElementDefinition[];
  /** The other elements, nearest the window first; an edge comes with the later of its two ends. */
  rest: ElementDefinition[][];
}

/**
 * `window`: the model area the view starts showing; `detail`: whether it starts zoomed in enough for
 * detail (levelOfDetail.ts), then the nodes markDetail would pick get the detail class up front.
 */
export function drawOrder(elements: readonly Element[], positions: Positions, window: Box, detail: boolean, size = chunkSize): DrawOrder {
  const nodes = elements.filter((element) => element.group === 'nodes');
  const edges = elements.filter((element) => element.group === 'edges');
  const at = (id: string) => positions[id] ?? { x: 0, y: 0 };
  const grown = { x1: window.x1 - margin, y1: window.y1 - margin, x2: window.x2 + margin, y2: window.y2 + margin };
  const inWindow = new Set(nodes.filter((node) => inside(at(node.data.id), grown)).map((node) => node.data.id));
  const firstIds = new Set(inWindow);
  for (const edge of edges) {
    const { source, target } = ends(edge);
    if (inWindow.has(source) || inWindow.has(target)) firstIds.add(source).add(target);
  }
  const detailed = detail ? detailIds(nodes, edges, positions, window) : new Set<string>();
  const place = (element: Element) => withDetail(definition(element, positions), detailed);

  const centre = { x: (window.x1 + window.x2) / 2, y: (window.y1 + window.y2) / 2 };
  const distance = (id: string) => Math.hypot(at(id).x - centre.x, at(id).y - centre.y);
  const later = nodes
    .filter((node) => !firstIds.has(node.data.id))
    .map((node) => [distance(node.data.id), node] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, node]) => node);
  // Each node's place in the queue (the first window's are -1), so an edge waits for both its ends.
  const rank = new Map<string, number>(later.map((node, index) => [node.data.id, index]));
  const first: Element[] = nodes.filter((node) => firstIds.has(node.data.id));
  const edgesAfter = new Map<number, Element[]>();
  for (const edge of edges) {
    const { source, target } = ends(edge);
    const arrives = Math.max(rank.get(source) ?? -1, rank.get(target) ?? -1);
    if (arrives < 0) first.push(edge);
    else if (edgesAfter.has(arrives)) edgesAfter.get(arrives)!.push(edge);
    else edgesAfter.set(arrives, [edge]);
  }
  const rest: ElementDefinition[][] = [];
  let chunk: ElementDefinition[] = [];
  later.forEach((node, index) => {
    chunk.push(place(node));
    for (const edge of edgesAfter.get(index) ?? []) chunk.push(place(edge));
    if (chunk.length >= size) {
      rest.push(chunk);
      chunk = [];
    }
  });
  if (chunk.length) rest.push(chunk);
  return { first: first.map(place), rest };
}

function ends(edge: Element): { source: string; target: string } {
  return { source: edge.data.source as string, target: edge.data.target as string };
}

/** What markDetail picks once the view is drawn: the best connected nodes inside the window, and the edges among them. */
function detailIds(nodes: readonly Element[], edges: readonly Element[], positions: Positions, window: Box): Set<string> {
  const links = new Map<string, number>();
  for (const edge of edges) {
    const { source, target } = ends(edge);
    if (source === target) continue;
    links.set(source, (links.get(source) ?? 0) + 1);
    links.set(target, (links.get(target) ?? 0) + 1);
  }
  const candidates = nodes
    .filter((node) => positions[node.data.id] && inside(positions[node.data.id]!, window))
    .map((node) => ({ id: node.data.id, links: links.get(node.data.id) ?? 0, highlighted: classList(node.classes).includes('highlighted') }));
  const chosen = mostConnected(candidates, maxDetailNodes);
  for (const edge of edges) {
    const { source, target } = ends(edge);
    if (chosen.has(source) && chosen.has(target)) chosen.add(edge.data.id);
  }
  return chosen;
}

function withDetail(element: ElementDefinition, detailed: ReadonlySet<string>): ElementDefinition {
  if (!detailed.has(element.data.id!)) return element;
  return { ...element, classes: [...classList(element.classes as string | undefined), detailClass].join(' ') };
}

function classList(classes: string | undefined): string[] {
  return classes ? classes.split(' ').filter(Boolean) : [];
}
