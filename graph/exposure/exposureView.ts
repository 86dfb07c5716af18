import type { Graph } from '../driver.ts';
import { viewOf } from '../paths/pathView.ts';
import type { GraphView } from '../view.ts';
import type { Exposure } from './exposure.ts';

/**
 * The canvas view of an exposure: the subject, every hit shown and all their shortest paths. Hubs
 * that were not walked through are marked truncated (their links beyond the view are omitted).
 */
export async function exposureView(graph: Graph, result: Exposure): Promise<GraphView> {
  const edges = result.hits.flatMap((hit) => hit.paths.flatMap((path) => path.edges));
  const nodeIds = [result.subject.id, ...result.hits.flatMap((hit) => hit.paths.flatMap((path) => path.nodes.map((node) => node.id)))];
  const view = await viewOf(graph, { nodeIds, edges, asOf: result.asOf });
  const shown = (id: string) => view.edges.filter((edge) => edge.source === id || edge.target === id).length;
  const inView = new Set(view.nodes.map((node) => node.id));
  return {
    ...view,
    truncated: result.hubs.filter((hub) => inView.has(hub.id)).map((hub) => ({ nodeId: hub.id, shown: shown(hub.id), omitted: hub.degree - shown(hub.id) })),
  };
}
