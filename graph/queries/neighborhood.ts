import { roleHeldAt } from '../domain/validity.ts';
import type { Graph } from '../driver.ts';
import type { NodeKind } from '../model.ts';
import { viewEdge, type GraphView, type Truncation, type ViewEdge } from '../view.ts';
import { activeListKindsOf, inEffect, listingListKindOf } from './listingFlags.ts';
import { kindOf, toNodeRecord, type NodeRecord, type ProjectedNode } from './nodeRecord.ts';
import { toViewNode } from './viewNodes.ts';

/**
 * The subgraph around a node, expanded breadth-first one hop per query. Each node contributes at
 * most `perNode` neighbours (hubs are cut and reported in `truncated`), the whole view at most
 * `limit` nodes. Relationships with from/until count only when held at `asOf`.
 *
 * One statement per hop and nothing else: hop 1 starts from the centre and returns it, and every
 * node comes with the flags the canvas shows (active list kinds at `asOf`, a listing's list kind),
 * so a 1-hop view is one statement in one round (docs/scale.md, "Queries in one round").
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

/** A node with the canvas flags read beside it (`activeKinds` for subjects, `listKind` for listings). */
interface FlaggedNode extends ProjectedNode {
  activeKinds: string[] | null;
  listKind: string | null;
}

interface HopRow {
  id: string;
  node: FlaggedNode;
  degree: number;
  items: Array<{ type: string; start: string; end: string; props: Record<string, unknown>; node: FlaggedNode }>;
}

const neighbourFilter = `($kinds IS NULL OR any(label IN labels(m) WHERE label IN $kinds)) AND ${roleHeldAt('r')}`;

const flagged = (n: string) =>
  `{kind: ${kindOf(n)}, props: properties(${n}), activeKinds: CASE WHEN ${n}:Company OR ${n}:Person THEN ${activeListKindsOf(n, `${n}Listing`, `${n}List`)} END, listKind: ${listingListKindOf(n, `${n}List`)}}`;

const hopCypher = `
UNWIND $frontier AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r]-(m:Node)
  WHERE ${neighbourFilter}
  WITH r, m ORDER BY type(r), m.id
  SKIP toInteger($skip) LIMIT toInteger($perNode)
  RETURN collect({type: type(r), start: startNode(r).id, end: endNode(r).id, props: properties(r), node: ${flagged('m')}}) AS items
}
RETURN id, CASE WHEN $withFrontier THEN ${flagged('n')} END AS node, items, COUNT { MATCH (n)-[r]-(m:Node) WHERE ${neighbourFilter} } AS degree`;

/** Null when the centre node does not exist. */
export async function neighborhood(graph: Graph, request: NeighborhoodRequest): Promise<GraphView | null> {
  const nodes = new Map<string, NodeRecord>();
  const flags = new Map<string, FlaggedNode>();
  const add = (node: FlaggedNode): NodeRecord => {
    const record = toNodeRecord(node);
    nodes.set(record.id, record);
    flags.set(record.id, node);
    return record;
  };
  const edges = new EdgeSet();
  const truncated: Truncation[] = [];
  let frontier = [request.id];
  for (let hop = 1; hop <= Math.max(request.hops, 1) && frontier.length > 0 && (hop === 1 || nodes.size < request.limit); hop++) {
    const rows = await graph.read<HopRow>(hopCypher, {
      frontier,
      // Only the centre is read back (it is hop 1's whole frontier) and paged.
      withFrontier: hop === 1,
      skip: hop === 1 ? request.skip : 0,
      perNode: request.perNode,
      kinds: request.kinds?.length ? [...request.kinds] : null,
      asOf: request.asOf,
    });
    if (hop === 1) {
      if (!rows[0]) return null;
      add(rows[0].node);
      if (request.hops < 1 || nodes.size >= request.limit) break;
    }
    const next: string[] = [];
    for (const row of rows) {
      let shown = 0;
      for (const item of row.items) {
        if (!nodes.has(String(item.node.props.id))) {
          if (nodes.size >= request.limit) break;
          next.push(add(item.node).id);
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
  const active = inEffect(records, request.asOf);
  return {
    nodes: records.map((node) => {
      const { activeKinds, listKind } = flags.get(node.id)!;
      return toViewNode(node, activeKinds ? new Set(activeKinds) : undefined, active.get(node.id), listKind ?? undefined);
    }),
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
