import type { ManagedTransaction } from '../driver.ts';
import type { PathEdge } from '../paths/typedPath.ts';

/**
 * The related parties a watchlist reaches: from each watched subject, every node within `depth`
 * links of shareholding, office, legal representation or branch (either direction, links in force at
 * `asOf`), with the shortest path from the nearest watched subject. Depth 0 is the subject. This walk
 * is what the stored reach (reach.ts) is built from; `changes` reads the stored copy.
 */
export const watchLinks = ['SHAREHOLDER_OF', 'OFFICER_OF', 'LEGAL_REPRESENTATIVE_OF', 'BRANCH_OF'] as const;

/** A reached node, with the nearest watched subject and the path from it (ids only: names are read with the page). */
export interface ReachedNode {
  id: string;
  /** Company or person: the parties whose events a watchlist sees. Other nodes (an agency holding shares) are passed through. */
  party: boolean;
  watched: string;
  hops: number;
  /** Node ids in walk order, from the watched subject to this node. */
  nodes: string[];
  edges: PathEdge[];
}

/** From each watched subject (`watched`), every node `x` within `depth` links in force at `$asOf`, by path `p`. */
function walk(depth: number): string {
  // A quantified path pattern needs an upper bound of at least 1; depth 0 is the subject alone.
  return depth === 0
    ? 'MATCH p = (w:Node {id: watched}) WITH rank, watched, w AS x, p'
    : `MATCH p = (w:Node {id: watched})(()-[r:${watchLinks.join('|')}]-() WHERE (r.from IS NULL OR r.from <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)){0,${depth}}(x:Node)`;
}

/**
 * Every node the watched subjects reach, each once, by its shortest path from the nearest watched
 * subject (the earlier subject of `subjects` on a tie, so a rebuilt reach is the same reach).
 */
export async function walkReach(tx: ManagedTransaction, subjects: readonly string[], depth: number, asOf: string): Promise<ReachedNode[]> {
  if (subjects.length === 0) return [];
  const result = await tx.run(
    `UNWIND range(0, size($subjects) - 1) AS rank
     WITH rank, $subjects[rank] AS watched
     ${walk(depth)}
     WITH x, watched, p ORDER BY length(p), rank
     WITH x, head(collect({watched: watched, p: p})) AS nearest
     WITH x, nearest.watched AS watched, nearest.p AS p
     RETURN x.id AS id, (x:Company OR x:Person) AS party, watched, length(p) AS hops, [n IN nodes(p) | n.id] AS nodes,
            [e IN relationships(p) | {type: type(e), from: startNode(e).id, to: endNode(e).id, fraction: e.fraction, role: e.role}] AS edges`,
    { subjects: [...subjects], asOf },
  );
  return result.records.map((record) => ({
    id: record.get('id') as string,
    party: record.get('party') as boolean,
    watched: record.get('watched') as string,
    hops: Number(record.get('hops')),
    nodes: record.get('nodes') as string[],
    edges: record.get('edges') as PathEdge[],
  }));
}
