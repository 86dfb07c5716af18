/**
 * The definitions a large view at known positions (the position cache, the layout worker) is added
 * from: at their positions, and the nodes markDetail would pick in its start window already carrying
 * the detail class (levelOfDetail.ts), so the first frame needs no restyle after the add. Styling and
 * drawing 10k elements before the first frame was most of the wait for a large view (BENCHMARKS.md,
 * "Large views drawn window first").
 */
import type { ElementDefinition } from 'cytoscape';
import type { Element } from './elements.ts';
import { detailClass, inside, maxDetailNodes, mostConnected } from './levelOfDetail.ts';
import { definition } from './placement.ts';
import type { Positions } from './positionCache.ts';
import type { Box } from './viewport.ts';

/**
 * `window`: the model area the view starts showing; `detail`: whether it starts zoomed in enough for
 * detail (levelOfDetail.ts), then the nodes markDetail would pick get the detail class up front.
 */
export function startDefinitions(elements: readonly Element[], positions: Positions, window: Box, detail: boolean): ElementDefinition[] {
  const detailed = detail ? detailIds(elements, positions, window) : new Set<string>();
  return elements.map((element) => withDetail(definition(element, positions), detailed));
}

function ends(edge: Element): { source: string; target: string } {
  return { source: edge.data.source as string, target: edge.data.target as string };
}

/** What markDetail picks once the view is drawn: the best connected nodes inside the window, and the edges among them. */
function detailIds(elements: readonly Element[], positions: Positions, window: Box): Set<string> {
  const nodes = elements.filter((element) => element.group === 'nodes');
  const edges = elements.filter((element) => element.group === 'edges');
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
