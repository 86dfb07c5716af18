import type { Graph } from '../../graph/driver.ts';
import { listingActiveAt } from '../../graph/domain/validity.ts';
import type { SubjectInput } from '../../graph/screening/resolveSubjects.ts';

/**
 * The screening row's honest baseline: one set-based statement for the whole batch — resolve each
 * row (USCC as id, else exact Chinese name), walk up to 2 links of the kinds exposure walks, count
 * the parties with an active blacklist listing and the nearest hop count. Not the project's
 * statements: what a developer would write by hand for the same answer, minus the scoring. Ids are
 * looked up through the `Node(id)` uniqueness index (a `:Company {id}` lookup scans every company).
 */
const setBasedCypher = `
UNWIND range(0, size($rows) - 1) AS i
WITH i, $rows[i] AS row
OPTIONAL MATCH (byId:Node {id: row.uscc}) WHERE byId:Company
OPTIONAL MATCH (byName:Company {nameZh: row.name})
WITH i, coalesce(byId, byName) AS s
OPTIONAL MATCH p = (s)-[:SHAREHOLDER_OF|LEGAL_REPRESENTATIVE_OF|OFFICER_OF|BRANCH_OF]-{1,2}(t)
  WHERE t <> s AND EXISTS { MATCH (t)-[:LISTED]->(l:Listing)-[:ON_LIST]->(cl:CreditList {kind: 'blacklist'}) WHERE ${listingActiveAt('l')} }
WITH i, s, t, min(length(p)) AS hops
RETURN i, s.id AS subject, count(t) AS hits, min(hops) AS nearest`;

export function setBasedScreening(graph: Graph, rows: readonly SubjectInput[], asOf: string): Promise<unknown[]> {
  return graph.read(setBasedCypher, { rows: rows.map((row) => ({ uscc: row.uscc ?? null, name: row.name ?? null })), asOf }, { timeoutMs: 600_000 });
}
