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

export async function relatedParties(graph: Graph, subjects: readonly string[], depth: number, asOf: string): Promise<Map<string, RelatedParty>> {
  if (subjects.length === 0) return new Map();
  // A quantified path pattern needs an upper bound of at least 1; depth 0 is the subject alone.
  const walk =
    depth === 0
      ? 'MATCH p = (w:Node {id: watched}) WITH watched, w AS x, p'
      : `MATCH p = (w:Node {id: watched})(()-[r:${watchLinks.join('|')}]-() WHERE (r.from IS NULL OR r.from <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)){0,${depth}}(x:Node)`;
  const rows = await graph.read<{ watched: string; id: string; path: TypedPath }>(
    `UNWIND $subjects AS watched
     ${walk}
     WHERE x:Company OR x:Person
     WITH watched, x, p ORDER BY length(p)
     WITH watched, x, head(collect(p)) AS p
     RETURN watched, x.id AS id, ${pathProjection('p')} AS path`,
    { subjects: [...subjects], asOf },
    { timeoutMs: 30_000 },
  );
  const nearest = new Map<string, RelatedParty>();
  for (const row of rows) {
    const known = nearest.get(row.id);
    if (!known || row.path.hops < known.path.hops) nearest.set(row.id, { id: row.id, watched: row.watched, path: row.path });
  }
  return nearest;
}
