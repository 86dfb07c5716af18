import type { Graph } from '../driver.ts';
import { anyNodeLabel, nodeKinds, type NodeKind } from '../model.ts';

/**
 * For the importer's checks before it writes: which of the ids a file mentions already exist, and as
 * what kind. One read per 5,000 ids through the `Node(id)` uniqueness index.
 */
export async function nodeKindsOf(graph: Graph, ids: Iterable<string>, batchSize = 5_000): Promise<Map<string, NodeKind>> {
  const all = [...new Set(ids)];
  const found = new Map<string, NodeKind>();
  for (let start = 0; start < all.length; start += batchSize) {
    const rows = await graph.read<{ id: string; labels: string[] }>(
      `UNWIND $ids AS id MATCH (n:${anyNodeLabel} {id: id}) RETURN n.id AS id, labels(n) AS labels`,
      { ids: all.slice(start, start + batchSize) },
    );
    for (const row of rows) {
      const kind = row.labels.find((label): label is NodeKind => (nodeKinds as string[]).includes(label));
      if (kind) found.set(row.id, kind);
    }
  }
  return found;
}
