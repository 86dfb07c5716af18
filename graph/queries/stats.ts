import { listingActiveAt } from '../domain/validity.ts';
import type { Graph } from '../driver.ts';
import { nodeKinds, Rel, type NodeKind } from '../model.ts';
import { nodeProjection, toNodeRecord, type NodeRecord, type ProjectedNode } from './nodeRecord.ts';

// One branch per label / type: each is answered from Neo4j's count store, not by a scan.
const kindCountsCypher = nodeKinds.map((kind) => `MATCH (n:${kind}) RETURN '${kind}' AS kind, count(n) AS total`).join('\nUNION ALL\n');
const relationshipCountsCypher = Object.values(Rel)
  .map((type) => `MATCH ()-[r:${type}]->() RETURN '${type}' AS type, count(r) AS total`)
  .join('\nUNION ALL\n');

const listSizesCypher = `
MATCH (list:CreditList)
RETURN ${nodeProjection('list')} AS list,
  COUNT { (list)<-[:ON_LIST]-(:Listing) } AS entries,
  COUNT { MATCH (list)<-[:ON_LIST]-(m:Listing) WHERE ${listingActiveAt('m')} } AS activeEntries
ORDER BY activeEntries DESC, list.id`;

export interface GraphStats {
  nodes: Array<{ kind: NodeKind; count: number }>;
  relationships: Array<{ type: string; count: number }>;
  lists: Array<{ list: NodeRecord; entries: number; activeEntries: number }>;
}

/** Counts by node kind and relationship type, and each list's entries (all, and active at `asOf`). */
export async function graphStats(graph: Graph, asOf: string): Promise<GraphStats> {
  const [kinds, relationships, lists] = await Promise.all([
    graph.read<{ kind: NodeKind; total: number }>(kindCountsCypher),
    graph.read<{ type: string; total: number }>(relationshipCountsCypher),
    graph.read<{ list: ProjectedNode; entries: number; activeEntries: number }>(listSizesCypher, { asOf }),
  ]);
  return {
    nodes: kinds.map((row) => ({ kind: row.kind, count: row.total })),
    relationships: relationships.map((row) => ({ type: row.type, count: row.total })),
    lists: lists.map((row) => ({ list: toNodeRecord(row.list), entries: row.entries, activeEntries: row.activeEntries })),
  };
}
