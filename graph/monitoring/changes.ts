import type { Graph } from '../driver.ts';
import { MonitoringLabel, type ChangeKind } from '../model.ts';
import { pathNodeProjection, type PathEdge, type PathNode, type TypedPath } from '../paths/typedPath.ts';
import { dayBefore, measureMoves, type MeasureChange, type MeasureMoves } from './explain.ts';
import { exposureLevels } from './exposureLevel.ts';
import { countAcknowledged, countParams, countsCypher } from './eventCounts.ts';
import { readThroughReach } from './reach.ts';

/**
 * `changes`: the change events since a time that touch a watched subject or a related party within
 * the watchlist's depth (its stored reach, reach.ts: one statement joins the events to it, no walk
 * per request), newest first, each explained — the path from the watched subject, what
 * changed field by field, the measures that now apply or no longer apply to the changed party (the
 * sanction trace the day before the change vs the day of it, stored with the event when it was
 * recorded: graph/monitoring/explain.ts), and, when asked, the watched subject's exposure level
 * before and after (it depends on the watchlist, so it is worked out on reading).
 */

export interface ChangeEvent {
  id: string;
  kind: ChangeKind;
  subjectId: string;
  subjectName: string | null;
  factId: string;
  factKind: string;
  partyId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  on: string;
  source: string;
  sourceUrl: string | null;
  recordedAt: string;
  acknowledged: boolean;
}

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

export type { MeasureChange };

export interface ExplainedChange extends ChangeEvent, MeasureMoves {
  watchedId: string;
  path: TypedPath;
  fields: FieldChange[];
  /** Absent when the query asked for no exposure (`exposure: false`); null when the subject is gone. */
  exposureBefore?: number | null;
  exposureAfter?: number | null;
}

export interface ChangesQuery {
  watchlist: string;
  /** ISO date or date-time; events recorded at or after it. */
  since: string;
  kinds?: readonly ChangeKind[] | null;
  first?: number;
  /** Cursor: the `cursor` of the last event of the previous page. */
  after?: string | null;
  /** The date related parties are reached at (links in force); default today. */
  asOf?: string;
  unreadOnly?: boolean;
  /** The watched subject's exposure before/after each event (default true): exposure walks, the page's heavy part. */
  exposure?: boolean;
}

export interface ChangesPage {
  watchlist: string;
  depth: number;
  items: Array<ExplainedChange & { cursor: string }>;
  totalCount: number;
  unreadCount: number;
  hasNextPage: boolean;
}

export const maxChangesPage = 200;

const cursorOf = (event: { recordedAt: string; id: string }) => Buffer.from(`${event.recordedAt}|${event.id}`).toString('base64url');
function parseCursor(cursor: string): { recordedAt: string; id: string } {
  const [recordedAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!recordedAt || !id) throw new Error(`'after' is not a cursor of this list: ${cursor}`);
  return { recordedAt, id };
}

export class UnknownWatchlistError extends Error {
  override name = 'UnknownWatchlistError';
}

export async function changes(graph: Graph, query: ChangesQuery): Promise<ChangesPage> {
  const asOf = query.asOf ?? new Date().toISOString().slice(0, 10);
  const first = Math.min(query.first ?? 50, maxChangesPage);
  const after = query.after ? parseCursor(query.after) : null;
  const found = await readThroughReach<StoredPage>(graph, query.watchlist, asOf, pageCypher, eventParams(query, after, first + 1));
  if (!found) throw new UnknownWatchlistError(`no watchlist named '${query.watchlist}'`);
  const page = found.items.slice(0, first);
  const moves = await storedOrWorkedOut(graph, page);
  const levels = query.exposure === false ? null : await exposureAround(graph, page.map((event) => ({ watchedId: event.watched, on: event.on })));
  const items = page.map((row, i) => {
    const event: ChangeEvent = { ...eventOf(row), before: parseJson(row.before), after: parseJson(row.after) };
    const exposure = levels ? { exposureBefore: levels.get(exposureKey(row.watched, dayBefore(row.on))) ?? null, exposureAfter: levels.get(exposureKey(row.watched, row.on)) ?? null } : {};
    return { ...event, watchedId: row.watched, path: storedPath(row), fields: fieldChanges(event.before, event.after), ...moves[i]!, ...exposure, cursor: cursorOf(event) };
  });
  return { watchlist: query.watchlist, depth: found.depth, items, totalCount: found.total, unreadCount: found.unread, hasNextPage: found.items.length > first };
}

/**
 * Runs the first page's statement for a watchlist id no watchlist has (it matches nothing and writes
 * nothing), with the parameters' shapes of a first page: Neo4j keys its plan cache on the text and
 * those types, so the first real inbox finds the plan made (graph/monitoring/warm.ts).
 */
export async function planFirstPage(graph: Graph, unknownWatchlist: string, asOf: string): Promise<void> {
  const since = `${asOf}T00:00:00.000Z`;
  await graph.read(pageCypher, { ...eventParams({ watchlist: unknownWatchlist, since }, null, 1), watchlist: unknownWatchlist, asOf });
}

/** Which watched subject each event reaches and its date: what the exposure before/after of those events needs. */
export interface EventReach {
  id: string;
  watchedId: string;
  on: string;
}

/**
 * The watched subject and date of each of `eventIds` as seen from the watchlist (the stored reach at
 * `asOf`); events the watchlist does not see are left out. The inbox asks for the exposure of the
 * page it shows by these ids, without reading the page again.
 */
export async function eventsReach(graph: Graph, watchlist: string, eventIds: readonly string[], asOf = new Date().toISOString().slice(0, 10)): Promise<EventReach[]> {
  const found = await readThroughReach<{ reachOn: string | null; events: EventReach[] }>(
    graph,
    watchlist,
    asOf,
    `MATCH (w:${WL} {id: $watchlist})
     CALL (w) {
       UNWIND $ids AS id MATCH (c:${CE} {id: id})
       MATCH (w)-[:REACHES]->(r:${Reach} {nodeId: c.subjectId, isParty: true})
       RETURN collect({id: c.id, watchedId: r.watched, on: c.on}) AS events
     }
     RETURN w.reachOn AS reachOn, events`,
    { ids: [...new Set(eventIds)] },
  );
  if (!found) throw new UnknownWatchlistError(`no watchlist named '${watchlist}'`);
  return found.events;
}

type StoredEvent = Omit<ChangeEvent, 'before' | 'after'> & {
  before: string | null;
  after: string | null;
  measuresNowApplying: string | null;
  measuresNoLongerApplying: string | null;
  watched: string;
  hops: number;
  pathNodes: PathNode[];
  /** JSON of the path's edges (reach.ts). */
  edges: string;
};

interface StoredPage {
  reachOn: string | null;
  depth: number;
  total: number;
  unread: number;
  items: StoredEvent[];
}

const { Watchlist: WL, ChangeEvent: CE, Reach } = MonitoringLabel;

/** Whether event `c` is of the kinds asked, since the date. */
const eventFilter = `c.recordedAt >= $since AND ($kinds IS NULL OR c.kind IN $kinds)`;

/**
 * One statement for a page, through the stored reach: the counts (kept per watchlist, kind and day:
 * eventCounts.ts) and the page, walked newest first down the `recordedAt` index and stopped at the
 * page's end, each event with its path (node names read now, so a renamed party shows its new name).
 */
const pageCypher = `
MATCH (w:${WL} {id: $watchlist})
${countsCypher}
CALL (w) {
  MATCH (c:${CE}) USING INDEX c:${CE}(recordedAt, id)
  WHERE ${eventFilter} AND c.id IS NOT NULL AND ($afterAt IS NULL OR c.recordedAt < $afterAt OR (c.recordedAt = $afterAt AND c.id < $afterId))
  MATCH (w)-[:REACHES]->(r:${Reach} {nodeId: c.subjectId, isParty: true}) USING INDEX r:${Reach}(nodeId)
  WITH r, c, EXISTS { (w)-[:ACKNOWLEDGED]->(c) } AS acknowledged
  WHERE NOT ($unreadOnly AND acknowledged)
  WITH r, c, acknowledged ORDER BY c.recordedAt DESC, c.id DESC LIMIT toInteger($limit)
  OPTIONAL MATCH (s:Node {id: c.subjectId})
  RETURN collect({
    id: c.id, kind: c.kind, subjectId: c.subjectId, subjectName: coalesce(s.nameZh, s.nameEn), factId: c.factId, factKind: c.factKind,
    partyId: c.partyId, before: c.before, after: c.after, on: c.on, source: c.source, sourceUrl: c.sourceUrl, recordedAt: c.recordedAt,
    acknowledged: acknowledged, measuresNowApplying: c.measuresNowApplying, measuresNoLongerApplying: c.measuresNoLongerApplying,
    watched: r.watched, hops: r.hops, edges: r.edges, pathNodes: [nodeId IN r.path | COLLECT { MATCH (n:Node {id: nodeId}) RETURN ${pathNodeProjection('n')} }[0]]
  }) AS items
}
RETURN w.reachOn AS reachOn, w.depth AS depth, total, total - read AS unread, items`;

const storedPath = (row: StoredEvent): TypedPath => ({ nodes: row.pathNodes, edges: JSON.parse(row.edges) as PathEdge[], hops: row.hops });

const eventOf = ({ measuresNowApplying: _now, measuresNoLongerApplying: _then, watched: _watched, hops: _hops, pathNodes: _nodes, edges: _edges, ...event }: StoredEvent) => event;

/**
 * The measure moves of each event: stored with it, or worked out now (one batch for the page) and
 * stored, so an event is explained once, at its first reading, and every later page reads it back.
 * Working them out when the change is recorded made imports many times slower (every event of a
 * batch traced at its own dates) for events nobody may ever read.
 */
async function storedOrWorkedOut(graph: Graph, page: readonly StoredEvent[]): Promise<MeasureMoves[]> {
  const missing = page.filter((event) => event.measuresNowApplying === null || event.measuresNoLongerApplying === null);
  const worked = missing.length > 0 ? await measureMoves(graph, missing) : [];
  if (missing.length > 0) {
    await graph.write(
      `UNWIND $events AS e MATCH (c:${MonitoringLabel.ChangeEvent} {id: e.id})
       SET c.measuresNowApplying = e.now, c.measuresNoLongerApplying = e.noLonger`,
      { events: missing.map((event, i) => ({ id: event.id, now: JSON.stringify(worked[i]!.measuresNowApplying), noLonger: JSON.stringify(worked[i]!.measuresNoLongerApplying) })) },
    );
  }
  const byId = new Map(missing.map((event, i) => [event.id, worked[i]!]));
  return page.map(
    (event) =>
      byId.get(event.id) ?? {
        measuresNowApplying: JSON.parse(event.measuresNowApplying!) as MeasureChange[],
        measuresNoLongerApplying: JSON.parse(event.measuresNoLongerApplying!) as MeasureChange[],
      },
  );
}

const exposureKey = (watchedId: string, on: string) => `${watchedId}|${on}`;

/** Exposure levels of watched subjects the day before and the day of each change, keyed `watchedId|date`, each pair asked once. */
async function exposureAround(graph: Graph, asks: ReadonlyArray<{ watchedId: string; on: string }>): Promise<Map<string, number | null>> {
  const pairs = [...new Map(asks.flatMap(({ watchedId, on }) => [dayBefore(on), on].map((date) => [exposureKey(watchedId, date), { subjectId: watchedId, on: date }]))).entries()];
  const levels = await exposureLevels(graph, pairs.map(([, pair]) => pair));
  return new Map(pairs.map(([key], i) => [key, levels[i]!]));
}

function eventParams(query: ChangesQuery, after: { recordedAt: string; id: string } | null, limit: number) {
  return {
    since: query.since,
    ...countParams(query.since),
    kinds: query.kinds && query.kinds.length > 0 ? [...query.kinds] : null,
    unreadOnly: query.unreadOnly ?? false,
    afterAt: after?.recordedAt ?? null,
    afterId: after?.id ?? null,
    limit,
  };
}

const parseJson = (text: string | null) => (text === null ? null : (JSON.parse(text) as Record<string, unknown>));

/** Field-by-field difference of two fact snapshots. */
export function fieldChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  const text = (v: unknown) => (v === undefined || v === null ? null : typeof v === 'string' ? v : JSON.stringify(v));
  return keys
    .map((field) => ({ field, before: text(before?.[field]), after: text(after?.[field]) }))
    .filter((change) => change.before !== change.after);
}

/**
 * Marks events read in a watchlist's inbox; returns how many of `eventIds` exist. Under the
 * watchlist's lock, the newly acknowledged ones are added to its counts (eventCounts.ts).
 */
export async function acknowledge(graph: Graph, watchlistId: string, eventIds: readonly string[], now = new Date()): Promise<number> {
  return graph.writeTransaction(async (tx) => {
    const result = await tx.run(
      `MATCH (w:${WL} {id: $watchlist}) SET w.lock = true REMOVE w.lock
       WITH w UNWIND $ids AS id MATCH (c:${CE} {id: id})
       WITH w, c, EXISTS { (w)-[:ACKNOWLEDGED]->(c) } AS known
       CALL (w, c, known) { WITH * WHERE NOT known CREATE (w)-[:ACKNOWLEDGED {at: $now}]->(c) }
       RETURN c.subjectId AS subjectId, c.kind AS kind, c.recordedAt AS recordedAt, known`,
      { watchlist: watchlistId, ids: [...new Set(eventIds)], now: now.toISOString() },
    );
    const rows = result.records.map((r) => r.toObject() as { subjectId: string; kind: string; recordedAt: string; known: boolean });
    await countAcknowledged(tx, watchlistId, rows.filter((row) => !row.known));
    return rows.length;
  });
}
