import type { Graph, ManagedTransaction } from '../driver.ts';
import { MonitoringLabel, NodeKind } from '../model.ts';
import { recountEvents } from './eventCounts.ts';
import { lockWatchlists } from './watchlistLock.ts';
import { walkReach, watchLinks, type ReachedNode } from './relatedParties.ts';

/**
 * The stored reach of a watchlist: which nodes it reaches within its depth, each with the nearest
 * watched subject and the path from it, kept as
 *   (:Watchlist {reachOn})-[:REACHES]->(:Reach {nodeId, isParty, watched, hops, path, edges})
 * so `changes` joins a page of events to the reach in one statement instead of walking 1,000
 * subjects two links deep per request (docs/monitoring.md, "Stored reach").
 *
 * `reachOn` is the date whose links in force the reach was walked at; no `reachOn` means stale. The
 * reach goes stale, in the same transaction as the write that makes it so, when:
 * - the watchlist's subjects or depth change (watchlists.ts);
 * - a loader writes a shareholding, office, legal representation or branch link with an end in the
 *   reach, or a company or person in the reach or watched (graph/load/write.ts calls `markReachStale`).
 *   A link with neither end in the reach cannot change it: a new path from a watched subject leaves
 *   the old reach through its first new link, whose near end was reached; a path that ends or
 *   changes ran through both ends of the link that did;
 * - all data is deleted (graph/load/reset.ts).
 * A stale or other-date reach is walked again and stored before it is read (`readThroughReach`), in
 * one write transaction that first takes the watchlist's lock; a loader takes every watchlist's lock
 * before it reads the stored reaches to mark them, so a walk and a marking never interleave and a
 * reach never misses a write it raced with.
 */

const { Watchlist: WL, WatchedSubject: WS, Reach } = MonitoringLabel;

/** Node kinds whose written rows can change a reach: the parties (a watched subject created, a label added). */
const partyKinds = new Set<string>([NodeKind.Company, NodeKind.Person]);
const linkTypes = new Set<string>(watchLinks);

/** Whether a write of this node kind or relationship type can change a stored reach. */
export const changesReach = (kind: string) => partyKinds.has(kind) || linkTypes.has(kind);

/**
 * Marks stale every watchlist whose stored reach holds, or whose subjects include, one of `ids` (the
 * ends of written links, or written parties). The watchlists are locked first, so the reach read
 * here is the committed one, not one a concurrent walk is about to replace.
 */
export async function markReachStale(tx: ManagedTransaction, ids: readonly string[]): Promise<void> {
  // Without a watchlist there is no reach to mark (a bulk load's case): the lookup of every id is skipped.
  if (ids.length === 0 || (await lockWatchlists(tx)) === 0) return;
  await tx.run(
    `CALL () {
       UNWIND $ids AS id MATCH (w:${WL})-[:REACHES]->(:${Reach} {nodeId: id}) RETURN w
       UNION
       UNWIND $ids AS id MATCH (w:${WL})-[:WATCHES]->(:${WS} {id: id}) RETURN w
     }
     SET w.reachOn = null`,
    { ids: [...new Set(ids)] },
  );
}

/** Marks every stored reach stale (all data deleted). */
export async function markAllReachStale(graph: Graph): Promise<void> {
  await graph.write(`MATCH (w:${WL}) SET w.reachOn = null`);
}

/**
 * Walks the watchlist's reach at `asOf` and stores it, replacing the stored one, unless a concurrent
 * walk has just stored that one. Takes the watchlist's lock first, so the walk sees every write that
 * marked it before. Returns false when there is no such watchlist.
 */
export async function storeReach(tx: ManagedTransaction, watchlistId: string, asOf: string): Promise<boolean> {
  const found = await tx.run(
    `MATCH (w:${WL} {id: $id}) SET w.lock = true REMOVE w.lock
     WITH w OPTIONAL MATCH (w)-[:WATCHES]->(s:${WS})
     WITH w, s.id AS subject ORDER BY subject
     RETURN w.depth AS depth, w.reachOn AS reachOn, collect(subject) AS subjects`,
    { id: watchlistId },
  );
  const row = found.records[0];
  if (!row) return false;
  if (row.get('reachOn') === asOf) return true;
  // Walked before the old reach is changed: reads in a transaction slow down with its own pending writes.
  const reached = (await walkReach(tx, row.get('subjects') as string[], Number(row.get('depth')), asOf)).map(storedReach);
  const stored = await tx.run(`MATCH (:${WL} {id: $id})-[:REACHES]->(r:${Reach}) RETURN properties(r) AS r`, { id: watchlistId });
  const { gone, fresh } = reachChanges(
    stored.records.map((record) => record.get('r') as StoredReach),
    reached,
  );
  await tx.run(
    `MATCH (w:${WL} {id: $id}) SET w.reachOn = $asOf
     WITH w CALL (w) { UNWIND $gone AS nodeId MATCH (w)-[:REACHES]->(r:${Reach} {nodeId: nodeId}) DETACH DELETE r }
     WITH w UNWIND $fresh AS x
     CREATE (w)-[:REACHES]->(:${Reach} {nodeId: x.nodeId, isParty: x.isParty, watched: x.watched, hops: x.hops, path: x.path, edges: x.edges})`,
    { id: watchlistId, asOf, gone, fresh },
  );
  await recountEvents(tx, watchlistId);
  return true;
}

/** A Reach node's properties. Neo4j stores no list of maps: the edges (type, ends, share, role) go as one JSON text. */
interface StoredReach {
  nodeId: string;
  isParty: boolean;
  watched: string;
  hops: number;
  path: string[];
  edges: string;
}

const storedReach = (node: ReachedNode): StoredReach => ({ nodeId: node.id, isParty: node.party, watched: node.watched, hops: Number(node.hops), path: node.nodes, edges: JSON.stringify(node.edges) });
const sameReach = (a: StoredReach, b: StoredReach) =>
  a.isParty === b.isParty && a.watched === b.watched && Number(a.hops) === Number(b.hops) && a.edges === b.edges && a.path.length === b.path.length && a.path.every((id, i) => id === b.path[i]);

/**
 * What storing `reached` over `stored` writes: the Reach nodes to delete (gone, or changed) and to
 * create (new, or changed). Only the difference is written: a re-walk that finds the same reach
 * writes nothing, and a subject added writes its own part — rewriting every Reach node (4k at the
 * demo's size for 1,000 subjects) cost more than the walk itself, mostly in the commit.
 */
export function reachChanges(stored: readonly StoredReach[], reached: readonly StoredReach[]): { gone: string[]; fresh: StoredReach[] } {
  const now = new Map(reached.map((node) => [node.nodeId, node]));
  const before = new Map(stored.map((node) => [node.nodeId, node]));
  const fresh = reached.filter((node) => !before.has(node.nodeId) || !sameReach(before.get(node.nodeId)!, node));
  const gone = stored.filter((node) => !now.has(node.nodeId) || !sameReach(node, now.get(node.nodeId)!)).map((node) => node.nodeId);
  return { gone, fresh };
}

/**
 * The re-walk trigger for writes that bypass the loaders (raw Cypher, a restored dump): marks the
 * reach of watchlist `watchlistId` (or of every watchlist) stale and walks it again at `asOf`. Only
 * the difference is written. Returns the number of reaches walked.
 */
export async function refreshReaches(graph: Graph, asOf: string, watchlistId?: string): Promise<number> {
  const marked = await graph.write<{ id: string }>(`MATCH (w:${WL}) WHERE $id IS NULL OR w.id = $id SET w.reachOn = null RETURN w.id AS id`, { id: watchlistId ?? null });
  if (watchlistId !== undefined && marked.length === 0) return 0;
  return storeStaleReaches(graph, asOf);
}

/** Stores the reach at `asOf` of every stale watchlist (after an import that changed related parties). */
export async function storeStaleReaches(graph: Graph, asOf: string): Promise<number> {
  const stale = await graph.read<{ id: string }>(`MATCH (w:${WL}) WHERE w.reachOn IS NULL RETURN w.id AS id`);
  for (const { id } of stale) await graph.writeTransaction((tx) => storeReach(tx, id, asOf));
  return stale.length;
}

/**
 * Runs `cypher`, a read through the stored reach of watchlist `$watchlist` at `$asOf` that returns
 * one row, with the column `reachOn`, when the watchlist exists: when the stored reach is stale or of
 * another date, it is walked and stored, and `cypher` run again in the same transaction. Null when
 * there is no such watchlist.
 */
export async function readThroughReach<T extends { reachOn: string | null }>(graph: Graph, watchlistId: string, asOf: string, cypher: string, params: Record<string, unknown>): Promise<T | null> {
  const all = { ...params, watchlist: watchlistId, asOf };
  const [row] = await graph.read<T>(cypher, all);
  if (!row || row.reachOn === asOf) return row ?? null;
  return graph.writeTransaction(async (tx) => {
    if (!(await storeReach(tx, watchlistId, asOf))) return null;
    return ((await tx.run(cypher, all)).records[0]?.toObject() as T | undefined) ?? null;
  });
}
