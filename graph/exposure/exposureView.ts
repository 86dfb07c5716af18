import { projectView, type GraphView } from '../view.ts';
import type { Exposure } from './exposure.ts';

/**
 * The canvas view of an exposure: the subject, every hit shown and all their shortest paths. Hubs
 * that were not walked through are marked truncated (their links beyond the view are omitted).
 */
export function exposureView(result: Exposure): GraphView {
  const paths = result.hits.flatMap((hit) => hit.paths);
  const view = projectView([result.subject, ...paths.flatMap((path) => path.nodes)], paths.flatMap((path) => path.edges));
  const shown = (id: string) => view.edges.filter((edge) => edge.source === id || edge.target === id).length;
  const inView = new Set(view.nodes.map((node) => node.id));
  return {
    ...view,
    truncated: result.hubs.filter((hub) => inView.has(hub.id)).map((hub) => ({ nodeId: hub.id, shown: shown(hub.id), omitted: hub.degree - shown(hub.id) })),
  };
}
