import { listingActiveAt } from '../domain/sanctions.ts';
import type { Graph } from '../driver.ts';

const activeListKindsCypher = `
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, [(n)-[:LISTED]->(m:Listing)-[:ON_LIST]->(l:CreditList) WHERE ${listingActiveAt('m')} | l.kind] AS kinds`;

/** For each subject: the kinds of the lists it has an active listing on at `asOf` (blacklist, redlist…). */
export async function activeListKinds(graph: Graph, ids: readonly string[], asOf: string): Promise<Map<string, Set<string>>> {
  const rows = await graph.read<{ id: string; kinds: string[] }>(activeListKindsCypher, { ids: [...new Set(ids)], asOf });
  return new Map(rows.map((row) => [row.id, new Set(row.kinds)]));
}

const listingsActiveCypher = `
UNWIND $ids AS id
MATCH (m:Listing {id: id})
RETURN id, ${listingActiveAt('m')} AS active`;

/** Whether each listing is in effect at `asOf` (the sanction-trace rule, graph/domain/sanctions.ts). */
export async function listingsActive(graph: Graph, ids: readonly string[], asOf: string): Promise<Map<string, boolean>> {
  const rows = await graph.read<{ id: string; active: boolean }>(listingsActiveCypher, { ids: [...new Set(ids)], asOf });
  return new Map(rows.map((row) => [row.id, row.active]));
}
