import type { Graph } from '../driver.ts';
import { MonitoringLabel, type ChangeKind } from '../model.ts';
import type { TypedPath } from '../paths/typedPath.ts';
import { dayBefore, measureMoves, type MeasureChange, type MeasureMoves } from './explain.ts';
import { exposureLevels } from './exposureLevel.ts';
import { reachedParties, relatedParties, type RelatedParty } from './relatedParties.ts';
import { watchlist } from './watchlists.ts';

/**
 * `changes`: the change events since a time that touch a watched subject or a related party within
 * the watchlist's depth, newest first, each explained — the path from the watched subject, what
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
  const list = await watchlist(graph, query.watchlist);
  if (!list) throw new UnknownWatchlistError(`no watchlist named '${query.watchlist}'`);
  const asOf = query.asOf ?? new Date().toISOString().slice(0, 10);
  const watched = list.subjects.map((s) => s.id);
  // Ids first (the events' filter); paths only for the page's subjects.
  const reached = await reachedParties(graph, watched, list.depth, asOf);
  const first = Math.min(query.first ?? 50, maxChangesPage);
  const after = query.after ? parseCursor(query.after) : null;
  const [counts] = await graph.read<{ total: number; unread: number }>(
    `${eventMatch} RETURN count(c) AS total, count(CASE WHEN NOT EXISTS { (:${MonitoringLabel.Watchlist} {id: $watchlist})-[:ACKNOWLEDGED]->(c) } THEN 1 END) AS unread`,
    eventParams(query, reached, null, 0),
  );
  const rows = await graph.read<StoredEvent>(
    `${eventMatch}
     WITH c, EXISTS { (:${MonitoringLabel.Watchlist} {id: $watchlist})-[:ACKNOWLEDGED]->(c) } AS acknowledged
     WHERE NOT ($unreadOnly AND acknowledged)
       AND ($afterAt IS NULL OR c.recordedAt < $afterAt OR (c.recordedAt = $afterAt AND c.id < $afterId))
     OPTIONAL MATCH (s:Node {id: c.subjectId})
     RETURN c.id AS id, c.kind AS kind, c.subjectId AS subjectId, coalesce(s.nameZh, s.nameEn) AS subjectName, c.factId AS factId,
            c.factKind AS factKind, c.partyId AS partyId, c.before AS before, c.after AS after, c.on AS on, c.source AS source,
            c.sourceUrl AS sourceUrl, c.recordedAt AS recordedAt, acknowledged,
            c.measuresNowApplying AS measuresNowApplying, c.measuresNoLongerApplying AS measuresNoLongerApplying
     ORDER BY c.recordedAt DESC, c.id DESC LIMIT toInteger($limit)`,
    eventParams(query, reached, after, first + 1),
  );
  const page = rows.slice(0, first);
  const related = page.length > 0 ? await relatedParties(graph, watched, list.depth, asOf, [...new Set(page.map((event) => event.subjectId))]) : new Map<string, RelatedParty>();
  const moves = await storedOrWorkedOut(graph, page);
  const levels = query.exposure === false ? null : await exposureAround(graph, page.map((event) => ({ watchedId: related.get(event.subjectId)!.watched, on: event.on })));
  const items = page.map((row, i) => {
    const reach = related.get(row.subjectId)!;
    const event: ChangeEvent = { ...withoutMoves(row), before: parseJson(row.before), after: parseJson(row.after) };
    const exposure = levels ? { exposureBefore: levels.get(exposureKey(reach.watched, dayBefore(row.on))) ?? null, exposureAfter: levels.get(exposureKey(reach.watched, row.on)) ?? null } : {};
    return { ...event, watchedId: reach.watched, path: reach.path, fields: fieldChanges(event.before, event.after), ...moves[i]!, ...exposure, cursor: cursorOf(event) };
  });
  return { watchlist: list.id, depth: list.depth, items, totalCount: counts?.total ?? 0, unreadCount: counts?.unread ?? 0, hasNextPage: rows.length > first };
}

type StoredEvent = Omit<ChangeEvent, 'before' | 'after'> & { before: string | null; after: string | null; measuresNowApplying: string | null; measuresNoLongerApplying: string | null };

const withoutMoves = ({ measuresNowApplying: _now, measuresNoLongerApplying: _then, ...event }: StoredEvent) => event;

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

const eventMatch = `
MATCH (c:${MonitoringLabel.ChangeEvent})
WHERE c.subjectId IN $subjects AND c.recordedAt >= $since AND ($kinds IS NULL OR c.kind IN $kinds)`;

function eventParams(query: ChangesQuery, subjects: string[], after: { recordedAt: string; id: string } | null, limit: number) {
  return {
    watchlist: query.watchlist,
    subjects,
    since: query.since,
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

/** Marks events read in a watchlist's inbox. */
export async function acknowledge(graph: Graph, watchlistId: string, eventIds: readonly string[], now = new Date()): Promise<number> {
  const rows = await graph.write<{ n: number }>(
    `MATCH (w:${MonitoringLabel.Watchlist} {id: $watchlist})
     UNWIND $ids AS id MATCH (c:${MonitoringLabel.ChangeEvent} {id: id})
     MERGE (w)-[a:ACKNOWLEDGED]->(c) ON CREATE SET a.at = $now
     RETURN count(*) AS n`,
    { watchlist: watchlistId, ids: [...eventIds], now: now.toISOString() },
  );
  return rows[0]?.n ?? 0;
}
