import { inForce, listingActiveAt } from '../domain/sanctions.ts';
import type { Graph } from '../driver.ts';
import type { DocumentType } from '../model.ts';
import type { NodeRecord } from './nodeRecord.ts';

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

/** For the listings and documents among `nodes`: whether each is in effect at `asOf` (listings by rule 1, documents by rule 2). */
export async function inEffect(graph: Graph, nodes: readonly NodeRecord[], asOf: string): Promise<Map<string, boolean>> {
  const listings = nodes.filter((node) => node.kind === 'Listing').map((node) => node.id);
  const result = listings.length ? await listingsActive(graph, listings, asOf) : new Map<string, boolean>();
  for (const node of nodes) {
    if (node.kind === 'PolicyDocument') result.set(node.id, documentInForce(node, asOf));
  }
  return result;
}

/** Whether a PolicyDocument node is in force at `asOf` (rule 2 reads only its type and dates). */
export function documentInForce(document: NodeRecord, asOf: string): boolean {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const { props } = document;
  const facts = { id: document.id, type: props.type as DocumentType, issued: text(props.issued), effective: text(props.effective), repealed: text(props.repealed), triggeredBy: [], regimeOf: [] };
  return inForce(facts, asOf);
}
