import type { Graph } from '../driver.ts';
import { activeListKinds } from '../queries/listingFlags.ts';
import { nodesById } from '../queries/nodes.ts';
import { toViewNode } from '../queries/viewNodes.ts';
import { viewEdge, type GraphView, type Truncation, type ViewEdge } from '../view.ts';
import type { PathEdge } from './typedPath.ts';

export interface ViewRequest {
  nodeIds: readonly string[];
  edges: readonly PathEdge[];
  asOf: string;
  truncated?: Truncation[];
}

/**
 * The canvas view (graph/view.ts) of a set of nodes and typed edges: two batched reads (the nodes,
 * their list flags at `asOf`). Edges repeat across paths; each is drawn once.
 */
export async function viewOf(graph: Graph, request: ViewRequest): Promise<GraphView> {
  const ids = [...new Set([...request.nodeIds, ...request.edges.flatMap((edge) => [edge.from, edge.to])])];
  const records = await nodesById(graph, ids);
  const subjects = [...records.values()].filter((node) => node.kind === 'Company' || node.kind === 'Person').map((node) => node.id);
  const flags = subjects.length > 0 ? await activeListKinds(graph, subjects, request.asOf) : new Map<string, Set<string>>();
  const edges = new Map<string, ViewEdge>();
  for (const edge of request.edges) {
    const id = `${edge.from}-${edge.type}-${edge.to}`;
    if (!edges.has(id) && records.has(edge.from) && records.has(edge.to)) {
      edges.set(id, viewEdge(id, edge.from, edge.to, edge.type, edge));
    }
  }
  return {
    nodes: ids.filter((id) => records.has(id)).map((id) => toViewNode(records.get(id)!, flags.get(id))),
    edges: [...edges.values()],
    truncated: request.truncated ?? [],
  };
}
