import { roleHeldAt } from '../domain/validity.ts';
import type { Graph } from '../driver.ts';
import type { NodeKind } from '../model.ts';
import { viewEdge, type GraphView, type Truncation, type ViewEdge } from '../view.ts';
import { activeListKinds, inEffect, listingListKinds } from './listingFlags.ts';
import { nodeProjection, toNodeRecord, type NodeRecord, type ProjectedNode } from './nodeRecord.ts';
import { toViewNode } from './viewNodes.ts';

/**
 * The subgraph around a node, expanded breadth-first one hop per query. Each node contributes at
 * most `perNode` neighbours (hubs are cut and reported in `truncated`), the whole view at most
 * `limit` nodes. Relationships with from/until count only when held at `asOf`.
 */
export interface NeighborhoodRequest {
  id: string;
  hops: number;
  kinds?: readonly NodeKind[];
  limit: number;
  perNode: number;
  /** Neighbours of the centre to skip (the next page of a hub). */
  skip: number;
  asOf: string;
}

interface HopRow {
  id: string;
  degree: number;
  items: Array<{ type: string; start: string; end: string; props: Record<string, unknown>; node: ProjectedNode }>;
}

const neighbourFilter = `($kinds IS NULL OR any(label IN labels(m) WHERE label IN $kinds)) AND ${roleHeldAt('r')}`;

const hopCypher = `
UNWIND $frontier AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r]-(m:Node)
  WHERE ${neighbourFilter}
  WITH r, m ORDER BY type(r), m.id
  SKIP toInteger($skip) LIMIT toInteger($perNode)
  RETURN collect({type: type(r), start: startNode(r).id, end: endNode(r).id, props: properties(r), node: ${nodeProjection('m')}}) AS items
}
RETURN id, items, COUNT { MATCH (n)-[r]-(m:Node) WHERE ${neighbourFilter} } AS degree`;

const centreCypher = `MATCH (n:Node {id: $id}) RETURN ${nodeProjection('n')} AS node`;

/** Null when the centre node does not exist. */
export async function neighborhood(graph: Graph, request: NeighborhoodRequest): Promise<GraphView | null> {
  const [centre] = await graph.read<{ node: ProjectedNode }>(centreCypher, { id: request.id });
  if (!centre) return null;
  const nodes = new Map<string, NodeRecord>([[request.id, toNodeRecord(centre.node)]]);
  const edges = new EdgeSet();
  const truncated: Truncation[] = [];
  let frontier = [request.id];
  for (let hop = 1; hop <= request.hops && frontier.length > 0 && nodes.size < request.limit; hop++) {
    const rows = await graph.read<HopRow>(hopCypher, {
      frontier,
      // Only the centre is paged (hop 1's frontier is the centre alone).
      skip: hop === 1 ? request.skip : 0,
      perNode: request.perNode,
      kinds: request.kinds?.length ? [...request.kinds] : null,
      asOf: request.asOf,
    });
    const next: string[] = [];
    for (const row of rows) {
      let shown = 0;
      for (const item of row.items) {
        const node = toNodeRecord(item.node);
        if (!nodes.has(node.id)) {
          if (nodes.size >= request.limit) break;
          nodes.set(node.id, node);
          next.push(node.id);
        }
        shown++;
        edges.add(item);
      }
      const skipped = row.id === request.id ? request.skip : 0;
      if (row.degree > shown) truncated.push({ nodeId: row.id, shown, omitted: row.degree - shown - skipped });
    }
    frontier = next;
  }
  const records = [...nodes.values()];
  const flags = await activeListKinds(
    graph,
    records.filter((node) => node.kind === 'Company' || node.kind === 'Person').map((node) => node.id),
    request.asOf,
  );
  const active = inEffect(records, request.asOf);
  const listKinds = await listingListKinds(
    graph,
    records.filter((node) => node.kind === 'Listing').map((node) => node.id),
  );
  return {
    nodes: records.map((node) => toViewNode(node, flags.get(node.id), active.get(node.id), listKinds.get(node.id))),
    edges: edges.list().filter((edge) => nodes.has(edge.source) && nodes.has(edge.target)),
    truncated,
  };
}

/** Edges added once each; parallel edges of one type (two holding periods) get a numeric discriminator. */
class EdgeSet {
  private readonly byKey = new Map<string, ViewEdge>();
  private readonly parallel = new Map<string, number>();

  add(item: HopRow['items'][number]): void {
    const base = `${item.start}-${item.type}-${item.end}`;
    const key = `${base}#${JSON.stringify(item.props)}`;
    if (this.byKey.has(key)) return;
    const count = (this.parallel.get(base) ?? 0) + 1;
    this.parallel.set(base, count);
    this.byKey.set(key, viewEdge(count === 1 ? base : `${base}-${count}`, item.start, item.end, item.type, item.props));
  }

  list(): ViewEdge[] {
    return [...this.byKey.values()];
  }
}
