import type { Graph } from '../driver.ts';
import { pathProjection, type TypedPath } from '../paths/typedPath.ts';

/**
 * The related parties a watchlist reaches: from each watched subject, every company or person within
 * `depth` links of shareholding, office, legal representation or branch (either direction, links in
 * force at `asOf`), with the shortest path from the nearest watched subject. Depth 0 is the subject.
 */
export const watchLinks = ['SHAREHOLDER_OF', 'OFFICER_OF', 'LEGAL_REPRESENTATIVE_OF', 'BRANCH_OF'] as const;

export interface RelatedParty {
  id: string;
  /** The watched subject it is reached from (the nearest one). */
  watched: string;
  path: TypedPath;
}

/** From each watched subject (`watched`), every node `x` within `depth` links in force at `$asOf`, by path `p`. */
function walk(depth: number): string {
  // A quantified path pattern needs an upper bound of at least 1; depth 0 is the subject alone.
  return depth === 0
    ? 'MATCH p = (w:Node {id: watched}) WITH watched, w AS x, p'
    : `MATCH p = (w:Node {id: watched})(()-[r:${watchLinks.join('|')}]-() WHERE (r.from IS NULL OR r.from <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)){0,${depth}}(x:Node)`;
}

/** The ids of the related parties alone (no paths): what `changes` filters events by. */
export async function reachedParties(graph: Graph, subjects: readonly string[], depth: number, asOf: string): Promise<string[]> {
  if (subjects.length === 0) return [];
  const rows = await graph.read<{ id: string }>(
    `UNWIND $subjects AS watched
     ${walk(depth)}
     WHERE x:Company OR x:Person
     RETURN DISTINCT x.id AS id`,
    { subjects: [...subjects], asOf },
    { timeoutMs: 30_000 },
  );
  return rows.map((row) => row.id);
}

/** The related parties with their nearest watched subject and path; only `targets` when given (a page's subjects). */
export async function relatedParties(graph: Graph, subjects: readonly string[], depth: number, asOf: string, targets: readonly string[] | null = null): Promise<Map<string, RelatedParty>> {
  if (subjects.length === 0) return new Map();
  const rows = await graph.read<{ watched: string; id: string; path: TypedPath }>(
    `UNWIND $subjects AS watched
     ${walk(depth)}
     WHERE (x:Company OR x:Person) AND ($targets IS NULL OR x.id IN $targets)
     WITH watched, x, p ORDER BY length(p)
     WITH watched, x, head(collect(p)) AS p
     RETURN watched, x.id AS id, ${pathProjection('p')} AS path`,
    { subjects: [...subjects], asOf, targets: targets ? [...targets] : null },
    { timeoutMs: 30_000 },
  );
  const nearest = new Map<string, RelatedParty>();
  for (const row of rows) {
    const known = nearest.get(row.id);
    if (!known || row.path.hops < known.path.hops) nearest.set(row.id, { id: row.id, watched: row.watched, path: row.path });
  }
  return nearest;
}
