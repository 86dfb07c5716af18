import neo4j from 'neo4j-driver';
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

/**
 * The holding rows read so far, by the party they start from, each party's once however many roots
 * and levels reach it. A party's rows keep the statements' order of `to`; parties come in id order
 * (JavaScript's, the same for both readers, so the node cap keeps the same parties in either; it is
 * the statements' `ORDER BY from` for ids without characters beyond U+FFFF).
 */
class HoldingRows {
  private readonly byParty = new Map<string, HoldingRow[]>();

  has(party: string): boolean {
    return this.byParty.has(party);
  }

  /** Records the rows of these parties (rows in (from, to) order; a party without rows has none). */
  add(parties: Iterable<string>, rows: readonly HoldingRow[]): void {
    for (const party of parties) if (!this.byParty.has(party)) this.byParty.set(party, []);
    for (const row of rows) this.byParty.get(row.from)!.push(row);
  }

  /** The rows of these parties, as one level statement over them returns them. */
  rowsOf(parties: Iterable<string>): HoldingRow[] {
    return [...parties].sort().flatMap((party) => this.byParty.get(party) ?? []);
  }
}

/** Makes sure the rows of a level's parties are known before the walks take them. */
type LevelReader = (frontier: readonly string[], known: HoldingRows) => Promise<void> | void;

/**
 * Holders of each root up to `maxDepth` levels (direction 'up') or the companies it holds (direction
 * 'down'), at most `nodeCap` parties per root. Holdings between parties already seen are kept, so
 * cycles close. The roots are walked together, one statement per level for all of them (screening
 * walks a batch of subjects at once), and a party's holdings are read once however many roots and
 * levels reach it. Roots that do not exist are absent from the map.
 */
export async function fetchHoldingSubgraphs(graph: Graph, roots: readonly string[], options: SubgraphOptions): Promise<Map<string, HoldingSubgraph>> {
  return walkLevelByLevel(graph, roots, options, new HoldingRows());
}

/** The level-by-level walk, reading only the parties whose holdings `known` does not hold yet. */
async function walkLevelByLevel(graph: Graph, roots: readonly string[], options: SubgraphOptions, known: HoldingRows): Promise<Map<string, HoldingSubgraph>> {
  const found = await findParties(graph, roots, options.asOf);
  return walkRoots(found, options, known, async (frontier, known) => {
    const unread = frontier.filter((party) => !known.has(party));
    if (unread.length > 0) known.add(unread, await graph.read<HoldingRow>(levelQuery[options.direction], { frontier: unread, asOf: options.asOf }));
  });
}

// Every company within `depth` holding steps above the roots, collected one level after another (each
// level's companies once, however many paths lead to them: no path is enumerated, unlike a
// variable-length pattern), each level's input at most $levelCap companies; then the holders in force
// of them all: the rows the level-by-level walk of every root reads, the probe level past the bound
// included. `depth` is a bounded integer (depthOf), not input.
function holdersAboveQuery(depth: number): string {
  const levels = Array.from({ length: depth + 1 }, (_, i) => `level${i}`);
  const climb = levels.slice(1).map(
    (level, i) => `
    CALL (${levels[i]}) {
      UNWIND ${levels[i]}[..$levelCap] AS held
      MATCH (held)<-[r:SHAREHOLDER_OF]-(holder:Company)
      WHERE ${shareholdingInForce('r')}
      RETURN collect(DISTINCT holder) AS ${level}
    }`,
  );
  return `
    UNWIND $roots AS id
    MATCH (root:Node {id: id}) WHERE root:Company OR root:Person OR root:Agency
    WITH collect(root) AS roots
    WITH roots, [party IN roots WHERE party:Company] AS level0${climb.join('')}
    CALL (${levels.join(', ')}) {
      UNWIND ${levels.map((level) => `${level}[..$levelCap]`).join(' + ')} AS reached
      WITH DISTINCT reached AS c
      MATCH (c)<-[r:SHAREHOLDER_OF]-(h)
      WHERE ${shareholdingInForce('r')} AND h.id <> c.id
      WITH c, r, h ORDER BY c.id, h.id
      RETURN collect({from: c.id, to: h.id, holder: h.id, company: c.id, fraction: toFloat(r.fraction), party: ${partyOf('h')}}) AS holdings
    }
    RETURN [party IN roots | ${partyOf('party')}] AS roots, holdings,
      any(level IN [${levels.join(', ')}] WHERE size(level) > $levelCap) AS overflow`;
}

interface HoldersAbove {
  roots: PartyRef[];
  holdings: HoldingRow[];
  /** Some level had more companies than the walks of all roots can hold: the rows are incomplete. */
  overflow: boolean;
}

/**
 * The same subgraphs as `fetchHoldingSubgraphs` upwards (holders), read in one statement for all
 * roots, then each root walked in memory over those rows, so the bounds and the node cap cut where
 * the level-by-level walk does (one round instead of one per level: the controllers a trace or a
 * page of events asks for). A level is read for at most `nodeCap` companies per root — no more than
 * the walks can hold; where a level has more, the level-by-level walk answers instead, from the rows
 * already read plus those past the cut.
 */
export async function fetchHolderSubgraphs(graph: Graph, roots: readonly string[], options: Omit<SubgraphOptions, 'direction'>): Promise<Map<string, HoldingSubgraph>> {
  const ids = [...new Set(roots)];
  const walk = { ...options, direction: 'up' as const };
  const levelCap = (options.nodeCap ?? defaultNodeCap) * ids.length;
  const [read] = await graph.read<HoldersAbove>(holdersAboveQuery(depthOf(options)), { roots: ids, asOf: options.asOf, levelCap: neo4j.int(levelCap) });
  const known = new HoldingRows();
  // Each company the statement reached came with all its holders in force, so a walk that must go
  // level by level (a level was cut) reads only what lies past the cut.
  if (read) known.add(read.holdings.map((row) => row.from), read.holdings);
  if (!read || read.overflow) return walkLevelByLevel(graph, ids, walk, known);
  return walkRoots(new Map(read.roots.map((party) => [party.id, party])), walk, known, () => {});
}

const depthOf = (options: { maxDepth?: number }) => Math.min(options.maxDepth ?? maxOwnershipDepth, maxOwnershipDepth);

async function walkRoots(found: Map<string, PartyRef>, options: SubgraphOptions, known: HoldingRows, readLevel: LevelReader): Promise<Map<string, HoldingSubgraph>> {
  const maxDepth = depthOf(options);
  const nodeCap = options.nodeCap ?? defaultNodeCap;
  const walks = new Map<string, Walk>(
    [...found.values()].map((party) => [party.id, { parties: new Map([[party.id, { ...party, depth: 0 }]]), holdings: [], boundedBy: new Set(), frontier: new Set([party.id]) }]),
  );
  for (let depth = 1; depth <= maxDepth + 1; depth++) {
    const walking = [...walks.values()].filter((walk) => walk.frontier.size > 0);
    if (walking.length === 0) break;
    await readLevel([...new Set(walking.flatMap((walk) => [...walk.frontier]))], known);
    for (const walk of walking) {
      const next = extend(walk, known.rowsOf(walk.frontier), depth, maxDepth, nodeCap);
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
