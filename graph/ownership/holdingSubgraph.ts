import type { Graph } from '../driver.ts';
import type { Holding } from '../domain/ownership.ts';
import type { PartyKind } from '../model.ts';

/**
 * The bounded ownership subgraph around one company, read level by level (breadth first) so that
 * diamonds and cycles cost one visit per party, not one per path. Only shareholdings in force at
 * `asOf` count: from ≤ D and (no until or D < until).
 */

export const maxOwnershipDepth = 6;
export const defaultNodeCap = 2_000;

export type HoldingDirection = 'up' | 'down';

export interface Party {
  id: string;
  kind: PartyKind;
  name: string | null;
  /** Holding steps from the root (0 = the root). */
  depth: number;
}

export interface HoldingSubgraph {
  root: string;
  direction: HoldingDirection;
  parties: Map<string, Party>;
  holdings: Holding[];
  /** A level beyond `maxDepth` still had parties, or the node cap stopped the walk. */
  bounded: boolean;
  boundedBy: Array<'depth' | 'nodes'>;
}

export interface SubgraphOptions {
  asOf: string;
  direction: HoldingDirection;
  maxDepth?: number;
  nodeCap?: number;
}

interface HoldingRow {
  from: string;
  to: string;
  holder: string;
  company: string;
  /** Null when the source gives no share (counts as 0 in integrated ownership). */
  fraction: number | null;
  kind: PartyKind;
  name: string | null;
}

/** Cypher predicate for a SHAREHOLDER_OF relationship `r` in force at `$asOf`. */
export const shareholdingInForce = (r: string) =>
  `(${r}.from IS NULL OR ${r}.from <= $asOf) AND (${r}.until IS NULL OR $asOf < ${r}.until)`;

// One level of holders (up) or holdings (down) of the frontier, with the party on the far side.
const levelQuery: Record<HoldingDirection, string> = {
  up: `
    UNWIND $frontier AS id
    MATCH (c:Node:Company {id: id})<-[r:SHAREHOLDER_OF]-(h)
    WHERE ${shareholdingInForce('r')} AND h.id <> c.id
    RETURN c.id AS from, h.id AS to, h.id AS holder, c.id AS company, toFloat(r.fraction) AS fraction,
           CASE WHEN h:Person THEN 'Person' WHEN h:Agency THEN 'Agency' ELSE 'Company' END AS kind,
           coalesce(h.nameZh, h.nameEn) AS name
    ORDER BY from, to`,
  down: `
    UNWIND $frontier AS id
    MATCH (p:Node {id: id})-[r:SHAREHOLDER_OF]->(c:Company)
    WHERE ${shareholdingInForce('r')} AND p.id <> c.id
    RETURN p.id AS from, c.id AS to, p.id AS holder, c.id AS company, toFloat(r.fraction) AS fraction,
           'Company' AS kind, coalesce(c.nameZh, c.nameEn) AS name
    ORDER BY from, to`,
};

const rootQuery = `
  MATCH (n:Node {id: $id}) WHERE n:Company OR n:Person OR n:Agency
  RETURN CASE WHEN n:Person THEN 'Person' WHEN n:Agency THEN 'Agency' ELSE 'Company' END AS kind, coalesce(n.nameZh, n.nameEn) AS name`;

/** The root party, or null when no company, person or agency has that id. */
export async function findParty(graph: Graph, id: string): Promise<Omit<Party, 'depth'> | null> {
  const [row] = await graph.read<{ kind: PartyKind; name: string | null }>(rootQuery, { id });
  return row ? { id, kind: row.kind, name: row.name } : null;
}

/**
 * Holders of `root` up to `maxDepth` levels (direction 'up') or the companies it holds (direction
 * 'down'), at most `nodeCap` parties. Holdings between parties already seen are kept, so cycles
 * close. Returns null when the root does not exist.
 */
export async function fetchHoldingSubgraph(graph: Graph, root: string, options: SubgraphOptions): Promise<HoldingSubgraph | null> {
  const maxDepth = Math.min(options.maxDepth ?? maxOwnershipDepth, maxOwnershipDepth);
  const nodeCap = options.nodeCap ?? defaultNodeCap;
  const party = await findParty(graph, root);
  if (!party) return null;
  const parties = new Map<string, Party>([[root, { ...party, depth: 0 }]]);
  const holdings: Holding[] = [];
  const boundedBy = new Set<'depth' | 'nodes'>();
  let frontier = [root];
  for (let depth = 1; frontier.length > 0; depth++) {
    const rows = await graph.read<HoldingRow>(levelQuery[options.direction], { frontier, asOf: options.asOf });
    const next: string[] = [];
    for (const row of rows) {
      if (!parties.has(row.to)) {
        // Past the depth bound the level is only a probe: anything new out there makes the answer partial.
        if (depth > maxDepth || parties.size >= nodeCap) {
          boundedBy.add(depth > maxDepth ? 'depth' : 'nodes');
          continue;
        }
        parties.set(row.to, { id: row.to, kind: row.kind, name: row.name, depth });
        next.push(row.to);
      }
      holdings.push({ holder: row.holder, company: row.company, fraction: row.fraction ?? 0 });
    }
    if (depth > maxDepth) break;
    frontier = next;
  }
  return { root, direction: options.direction, parties, holdings, bounded: boundedBy.size > 0, boundedBy: [...boundedBy] };
}
