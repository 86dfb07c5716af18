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

/** Companies carrying these LEIs (GLEIF imports): LEI → node id. */
export async function companiesByLei(graph: Graph, leis: readonly string[]): Promise<Map<string, string>> {
  const rows = await graph.read<{ lei: string; id: string }>('MATCH (c:Company) WHERE c.lei IN $leis RETURN c.lei AS lei, c.id AS id', { leis: [...new Set(leis)] });
  return new Map(rows.map((row) => [row.lei, row.id]));
}

export interface CountsUnder {
  /** Nodes per kind whose id starts with one of the prefixes. */
  byKind: Record<string, number>;
  /** Relationships per type with at least one end whose id starts with one of the prefixes. */
  byType: Record<string, number>;
}

/** What an import (with a namespace, or USCCs of a known range) put in the graph: the tests' yardstick. */
export async function countsUnder(graph: Graph, prefixes: string[]): Promise<CountsUnder> {
  const nodes = await graph.read<{ labels: string[]; n: number }>(
    `MATCH (n:${anyNodeLabel}) WHERE any(p IN $prefixes WHERE n.id STARTS WITH p) RETURN labels(n) AS labels, count(*) AS n`,
    { prefixes },
  );
  const rels = await graph.read<{ type: string; n: number }>(
    `MATCH (a:${anyNodeLabel})-[r]->(b:${anyNodeLabel})
     WHERE any(p IN $prefixes WHERE a.id STARTS WITH p OR b.id STARTS WITH p)
     RETURN type(r) AS type, count(*) AS n`,
    { prefixes },
  );
  const byKind: Record<string, number> = {};
  for (const row of nodes) {
    const kind = row.labels.find((l) => (nodeKinds as string[]).includes(l)) ?? row.labels.join(':');
    byKind[kind] = (byKind[kind] ?? 0) + row.n;
  }
  return { byKind, byType: Object.fromEntries(rels.map((r) => [r.type, r.n])) };
}
