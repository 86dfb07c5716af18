import type { Graph } from '../driver.ts';
import { nodeProjection, toNodeRecord, type NodeRecord, type ProjectedNode } from './nodeRecord.ts';

const nodesByIdCypher = `
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id, ${nodeProjection('n')} AS node`;

/** Nodes by global id, one query for the whole batch; missing ids are absent from the map. */
export async function nodesById(graph: Graph, ids: readonly string[]): Promise<Map<string, NodeRecord>> {
  const rows = await graph.read<{ id: string; node: ProjectedNode }>(nodesByIdCypher, { ids: [...new Set(ids)] });
  return new Map(rows.map((row) => [row.id, toNodeRecord(row.node)]));
}
