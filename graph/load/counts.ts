import type { Graph } from '../driver.ts';
import { anyNodeLabel, nodeKinds, Rel } from '../model.ts';

export interface GraphCounts {
  nodes: number;
  relationships: number;
  byKind: Record<string, number>;
  byType: Record<string, number>;
}

/** Node counts per kind and relationship counts per type (served by Neo4j's count store, so cheap at any size). */
export async function graphCounts(graph: Graph): Promise<GraphCounts> {
  const count = async (cypher: string) => (await graph.read<{ n: number }>(cypher))[0]?.n ?? 0;
  const byKind: Record<string, number> = {};
  for (const kind of nodeKinds) byKind[kind] = await count(`MATCH (n:${kind}) RETURN count(n) AS n`);
  const byType: Record<string, number> = {};
  for (const type of Object.values(Rel)) byType[type] = await count(`MATCH ()-[r:${type}]->() RETURN count(r) AS n`);
  return {
    nodes: await count(`MATCH (n:${anyNodeLabel}) RETURN count(n) AS n`),
    relationships: await count('MATCH ()-[r]->() RETURN count(r) AS n'),
    byKind,
    byType,
  };
}
