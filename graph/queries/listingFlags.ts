import { documentInForce, listingActive, listingActiveAt } from '../domain/validity.ts';
import type { Graph } from '../driver.ts';
import type { NodeRecord } from './nodeRecord.ts';

/**
 * Cypher expression: the kinds of the lists subject `n` has an active listing on at `$asOf`. The
 * pattern's variables (`listing`, `list`) must not be bound by the caller.
 */
export const activeListKindsOf = (n: string, listing = 'm', list = 'l') =>
  `[(${n})-[:LISTED]->(${listing}:Listing)-[:ON_LIST]->(${list}:CreditList) WHERE ${listingActiveAt(listing)} | ${list}.kind]`;

/** Cypher expression: the kind of the list Listing `n` is on (null when `n` is no listing). */
export const listingListKindOf = (n: string, list = 'l') => `head([(${n}:Listing)-[:ON_LIST]->(${list}:CreditList) | ${list}.kind])`;

const activeListKindsCypher = `
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, ${activeListKindsOf('n')} AS kinds`;

/** For each subject: the kinds of the lists it has an active listing on at `asOf` (blacklist, redlist…). */
export async function activeListKinds(graph: Graph, ids: readonly string[], asOf: string): Promise<Map<string, Set<string>>> {
  const rows = await graph.read<{ id: string; kinds: string[] }>(activeListKindsCypher, { ids: [...new Set(ids)], asOf });
  return new Map(rows.map((row) => [row.id, new Set(row.kinds)]));
}

const text = (value: unknown) => (typeof value === 'string' ? value : null);

/** Whether a Listing node (its properties in memory) is in effect at `asOf` (graph/domain/validity.ts, rule 1). */
export function listingNodeActive(listing: NodeRecord, asOf: string): boolean {
  const { props } = listing;
  return listingActive({ from: String(props.from ?? ''), until: text(props.until), status: text(props.status), endedOn: text(props.endedOn) }, asOf);
}

/** Whether a PolicyDocument node is in force at `asOf` (graph/domain/validity.ts, rule 2, on its properties). */
export function documentNodeInForce(document: NodeRecord, asOf: string): boolean {
  const { props } = document;
  return documentInForce({ type: String(props.type), issued: text(props.issued), effective: text(props.effective), repealed: text(props.repealed) }, asOf);
}

/** For the listings and documents among `nodes`: whether each is in effect at `asOf`. No read: the rules run on the records. */
export function inEffect(nodes: readonly NodeRecord[], asOf: string): Map<string, boolean> {
  const result = new Map<string, boolean>();
  for (const node of nodes) {
    if (node.kind === 'Listing') result.set(node.id, listingNodeActive(node, asOf));
    if (node.kind === 'PolicyDocument') result.set(node.id, documentNodeInForce(node, asOf));
  }
  return result;
}
