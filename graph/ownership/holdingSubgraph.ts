import type { Graph } from '../driver.ts';
import type { Holding } from '../domain/ownership.ts';
import type { PartyRef } from '../model.ts';
import { drawnPartyFields, partyKindOf } from '../queries/partyFields.ts';

/**
 * The bounded ownership subgraph around one company, read level by level (breadth first) so that
 * diamonds and cycles cost one visit per party, not one per path. Only shareholdings in force at
 * `asOf` count: from ≤ D and (no until or D < until).
 */

export const maxOwnershipDepth = 6;
export const defaultNodeCap = 2_000;

export type HoldingDirection = 'up' | 'down';

export interface Party extends PartyRef {
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
  /** The party on the far side. */
  party: PartyRef;
}

/** Cypher predicate for a SHAREHOLDER_OF relationship `r` in force at `$asOf`. */
export const shareholdingInForce = (r: string) =>
  `(${r}.from IS NULL OR ${r}.from <= $asOf) AND (${r}.until IS NULL OR $asOf < ${r}.until)`;

/** Cypher map of party node `n` in the PartyRef shape, with what a canvas draws of it at `$asOf`. */
const partyOf = (n: string) =>
  `{id: ${n}.id, kind: ${partyKindOf(n)}, ` +
  `name: coalesce(${n}.nameZh, ${n}.nameEn), ${drawnPartyFields(n)}}`;

// One level of holders (up) or holdings (down) of the frontier, with the party on the far side.
const levelQuery: Record<HoldingDirection, string> = {
  up: `
    UNWIND $frontier AS id
    MATCH (c:Node:Company {id: id})<-[r:SHAREHOLDER_OF]-(h)
    WHERE ${shareholdingInForce('r')} AND h.id <> c.id
    RETURN c.id AS from, h.id AS to, h.id AS holder, c.id AS company, toFloat(r.fraction) AS fraction, ${partyOf('h')} AS party
    ORDER BY from, to`,
  down: `
    UNWIND $frontier AS id
    MATCH (p:Node {id: id})-[r:SHAREHOLDER_OF]->(c:Company)
    WHERE ${shareholdingInForce('r')} AND p.id <> c.id
    RETURN p.id AS from, c.id AS to, p.id AS holder, c.id AS company, toFloat(r.fraction) AS fraction, ${partyOf('c')} AS party
    ORDER BY from, to`,
};

const rootQuery = `
  UNWIND $ids AS id
  MATCH (n:Node {id: id}) WHERE n:Company OR n:Person OR n:Agency
  RETURN ${partyOf('n')} AS party`;

/** The parties (companies, persons, agencies) with these ids as of `asOf`, in one statement; absent ids are left out. */
export async function findParties(graph: Graph, ids: readonly string[], asOf: string): Promise<Map<string, PartyRef>> {
  const rows = await graph.read<{ party: PartyRef }>(rootQuery, { ids: [...new Set(ids)], asOf });
  return new Map(rows.map(({ party }) => [party.id, party]));
}

/** The root party as of `asOf`, or null when no company, person or agency has that id. */
export async function findParty(graph: Graph, id: string, asOf: string): Promise<PartyRef | null> {
  return (await findParties(graph, [id], asOf)).get(id) ?? null;
}

/** One root's walk: what it has seen, and the parties whose holdings the next level reads. */
interface Walk {
  parties: Map<string, Party>;
  holdings: Holding[];
  boundedBy: Set<'depth' | 'nodes'>;
  frontier: Set<string>;
}

/** Adds one level's rows (in the query's from, to order) to a walk; returns the walk's next frontier. */
function extend(walk: Walk, rows: readonly HoldingRow[], depth: number, maxDepth: number, nodeCap: number): Set<string> {
  const next = new Set<string>();
  for (const row of rows) {
    if (!walk.frontier.has(row.from)) continue;
    if (!walk.parties.has(row.to)) {
      // Past the depth bound the level is only a probe: anything new out there makes the answer partial.
      if (depth > maxDepth || walk.parties.size >= nodeCap) {
        walk.boundedBy.add(depth > maxDepth ? 'depth' : 'nodes');
        continue;
      }
      walk.parties.set(row.to, { ...row.party, depth });
      next.add(row.to);
    }
    walk.holdings.push({ holder: row.holder, company: row.company, fraction: row.fraction ?? 0 });
  }
  return next;
}

/** The holding rows of one level: those of the frontier's parties, in (from, to) order. */
type LevelReader = (frontier: readonly string[]) => Promise<HoldingRow[]> | HoldingRow[];

/**
 * Holders of each root up to `maxDepth` levels (direction 'up') or the companies it holds (direction
 * 'down'), at most `nodeCap` parties per root. Holdings between parties already seen are kept, so
 * cycles close. The roots are walked together, one statement per level for all of them (screening
 * walks a batch of subjects at once). Roots that do not exist are absent from the map.
 */
export async function fetchHoldingSubgraphs(graph: Graph, roots: readonly string[], options: SubgraphOptions): Promise<Map<string, HoldingSubgraph>> {
  const found = await findParties(graph, roots, options.asOf);
  return walkRoots(found, options, (frontier) => graph.read<HoldingRow>(levelQuery[options.direction], { frontier, asOf: options.asOf }));
}

/**
 * A level's rows by the party they start from, in the statement's order of `from` (a Map keeps
 * insertion order): the rows of any set of parties come back as the level query gives them, and
 * each root's walk reads only its own frontier's rows (not every root's: that was quadratic in
 * the roots when a page asked for hundreds of companies).
 */
function rowsByParty(rows: readonly HoldingRow[]) {
  const byParty = new Map<string, HoldingRow[]>();
  for (const row of rows) {
    const own = byParty.get(row.from);
    if (own) own.push(row);
    else byParty.set(row.from, [row]);
  }
  const rank = new Map([...byParty.keys()].map((id, index) => [id, index]));
  return {
    rowsOf: (parties: Iterable<string>) =>
      [...parties].filter((id) => rank.has(id)).sort((x, y) => rank.get(x)! - rank.get(y)!).flatMap((id) => byParty.get(id)!),
  };
}

const depthOf = (options: { maxDepth?: number }) => Math.min(options.maxDepth ?? maxOwnershipDepth, maxOwnershipDepth);

async function walkRoots(found: Map<string, PartyRef>, options: SubgraphOptions, readLevel: LevelReader): Promise<Map<string, HoldingSubgraph>> {
  const maxDepth = depthOf(options);
  const nodeCap = options.nodeCap ?? defaultNodeCap;
  const walks = new Map<string, Walk>(
    [...found.values()].map((party) => [party.id, { parties: new Map([[party.id, { ...party, depth: 0 }]]), holdings: [], boundedBy: new Set(), frontier: new Set([party.id]) }]),
  );
  for (let depth = 1; depth <= maxDepth + 1; depth++) {
    const walking = [...walks.values()].filter((walk) => walk.frontier.size > 0);
    if (walking.length === 0) break;
    const frontier = [...new Set(walking.flatMap((walk) => [...walk.frontier]))];
    const level = rowsByParty(await readLevel(frontier));
    for (const walk of walking) {
      const next = extend(walk, level.rowsOf(walk.frontier), depth, maxDepth, nodeCap);
      walk.frontier = depth > maxDepth ? new Set() : next;
    }
  }
  return new Map(
    [...walks].map(([root, walk]) => [root, { root, direction: options.direction, parties: walk.parties, holdings: walk.holdings, bounded: walk.boundedBy.size > 0, boundedBy: [...walk.boundedBy] }]),
  );
}

/** One root's holding subgraph (fetchHoldingSubgraphs for a single root); null when the root does not exist. */
export async function fetchHoldingSubgraph(graph: Graph, root: string, options: SubgraphOptions): Promise<HoldingSubgraph | null> {
  return (await fetchHoldingSubgraphs(graph, [root], options)).get(root) ?? null;
}
