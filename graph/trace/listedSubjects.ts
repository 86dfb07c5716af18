import type { Graph } from '../driver.ts';
import { listingActiveAt } from '../domain/validity.ts';

// Distinct companies and persons with an active listing on any of the lists, per key.
const listedSubjectsCypher = `
UNWIND $items AS item
RETURN item.key AS key, COUNT {
  MATCH (list:CreditList)<-[:ON_LIST]-(l:Listing)<-[:LISTED]-(x)
  WHERE list.id IN item.lists AND ${listingActiveAt('l')}
  RETURN DISTINCT x
} AS subjects`;

/** For each key (a measure), how many subjects are actively listed at `asOf` on its lists. One query. */
export async function listedSubjectCounts(graph: Graph, items: ReadonlyArray<{ key: string; lists: string[] }>, asOf: string): Promise<Map<string, number>> {
  if (items.length === 0) return new Map();
  const rows = await graph.read<{ key: string; subjects: number }>(listedSubjectsCypher, { items, asOf });
  return new Map(rows.map((row) => [row.key, row.subjects]));
}
