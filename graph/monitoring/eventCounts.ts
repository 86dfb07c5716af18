import type { ManagedTransaction } from '../driver.ts';
import { MonitoringLabel } from '../model.ts';
import { lockWatchlists } from './watchlistLock.ts';

/**
 * The event counts of a watchlist, kept so `changes` need not count its events on every page
 * (9.5k events at the demo's size were half a page's Neo4j CPU):
 *   (:Watchlist)-[:COUNTS]->(:EventCount {kind, day, events, acknowledged})
 * one bucket per kind of change and day of `recordedAt` (its first ten characters), holding how many
 * events of that kind and day the watchlist's stored reach sees (subject a reached party) and how
 * many of those it has acknowledged. `since` and `kinds` filters sum buckets; a `since` inside a day
 * counts that day's part exactly (countsCypher).
 *
 * Invariant: every bucket equals a count of the events through the stored reach. Each way those
 * change keeps it, under the watchlist's lock (the one reach.ts takes), so no write and no walk
 * interleave:
 * - an event is recorded (graph/load/changes.ts `recordEvents`, the one event write): the statement
 *   that creates it adds it to the watchlists whose stored reach holds its subject (`countCreatedEvents`);
 * - the stored reach is walked and stored (reach.ts `storeReach`): `recountEvents` counts the
 *   watchlist's events afresh and writes the buckets that differ — also the repair after raw writes
 *   (`npm run watch -- refresh`);
 * - events are acknowledged (changes.ts `acknowledge`): `countAcknowledged`.
 * Deleting events by raw Cypher bypasses it, as it bypasses the reach: refresh the watchlist after.
 */

const { Watchlist: WL, ChangeEvent: CE, Reach, EventCount } = MonitoringLabel;

/** A bucket's key and counts. */
export interface Bucket {
  kind: string;
  day: string;
  events: number;
  acknowledged: number;
}

/** An event as the counts see it: whose, which kind, recorded when. */
interface CountedEvent {
  subjectId: string;
  kind: string;
  recordedAt: string;
}

/**
 * After `subjectId`, `kind`, `day` and `n` (that many events) are bound: adds `n` to the `field`
 * count of the bucket of every watchlist whose stored reach holds the subject as a party (or of
 * `$watchlist` only).
 */
const bumpCypher = (field: 'events' | 'acknowledged') => `
MATCH (w:${WL})-[:REACHES]->(reached:${Reach} {nodeId: subjectId, isParty: true}) USING INDEX reached:${Reach}(nodeId)
WHERE $watchlist IS NULL OR w.id = $watchlist
WITH w, kind, day, sum(n) AS n
MERGE (w)-[:COUNTS]->(b:${EventCount} {kind: kind, day: day}) ON CREATE SET b.events = 0, b.acknowledged = 0
SET b.${field} = b.${field} + n`;

const dayOf = (recordedAt: string) => recordedAt.slice(0, 10);
const rowsOf = (events: readonly CountedEvent[]) => events.map((e) => ({ subjectId: e.subjectId, kind: e.kind, day: dayOf(e.recordedAt) }));

/**
 * Whether the events about to be recorded in `tx` must be counted (there is a watchlist). Takes
 * every watchlist's lock first, so a walk that stores a reach either committed before (its reach is
 * read by the event write) or counts these events after.
 */
export const countingEvents = async (tx: ManagedTransaction): Promise<boolean> => (await lockWatchlists(tx)) > 0;

/**
 * The tail of the event write (graph/load/changes.ts `recordEvents`): counts the events it has just
 * CREATEd, bound to the variable `event`, into the buckets in the same statement, with `$watchlist`
 * null; only when `countingEvents` said so. Without a watchlist there is nothing to count (a bulk
 * load's case): a watchlist made later counts its events when its reach is first stored.
 */
export const countCreatedEvents = (event: string) => `
WITH ${event}.subjectId AS subjectId, ${event}.kind AS kind, substring(${event}.recordedAt, 0, 10) AS day, count(*) AS n
${bumpCypher('events')}`;

/** Counts events newly acknowledged by `watchlistId` in `tx` (whose lock the caller holds). */
export async function countAcknowledged(tx: ManagedTransaction, watchlistId: string, events: readonly CountedEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.run(`UNWIND $rows AS e WITH e.subjectId AS subjectId, e.kind AS kind, e.day AS day, count(*) AS n ${bumpCypher('acknowledged')}`, { rows: rowsOf(events), watchlist: watchlistId });
}

/**
 * Counts the watchlist's events afresh through its stored reach (just stored in `tx`, under its
 * lock) and writes the buckets that differ from the stored ones.
 */
export async function recountEvents(tx: ManagedTransaction, watchlistId: string): Promise<void> {
  const counted = await tx.run(
    `MATCH (w:${WL} {id: $id})-[:REACHES]->(r:${Reach} {isParty: true})
     MATCH (c:${CE} {subjectId: r.nodeId})
     WITH c.kind AS kind, substring(c.recordedAt, 0, 10) AS day, EXISTS { (w)-[:ACKNOWLEDGED]->(c) } AS acknowledged
     RETURN kind, day, count(*) AS events, count(CASE WHEN acknowledged THEN 1 END) AS acknowledged`,
    { id: watchlistId },
  );
  const stored = await tx.run(`MATCH (:${WL} {id: $id})-[:COUNTS]->(b:${EventCount}) RETURN b.kind AS kind, b.day AS day, b.events AS events, b.acknowledged AS acknowledged`, { id: watchlistId });
  const asBucket = (r: { get: (key: string) => unknown }): Bucket => ({ kind: r.get('kind') as string, day: r.get('day') as string, events: Number(r.get('events')), acknowledged: Number(r.get('acknowledged')) });
  const { gone, set } = bucketChanges(stored.records.map(asBucket), counted.records.map(asBucket));
  if (gone.length === 0 && set.length === 0) return;
  await tx.run(
    `MATCH (w:${WL} {id: $id})
     CALL (w) { UNWIND $gone AS g MATCH (w)-[:COUNTS]->(b:${EventCount} {kind: g.kind, day: g.day}) DETACH DELETE b }
     WITH w UNWIND $set AS x
     MERGE (w)-[:COUNTS]->(b:${EventCount} {kind: x.kind, day: x.day})
     SET b.events = x.events, b.acknowledged = x.acknowledged`,
    { id: watchlistId, gone, set },
  );
}

const bucketKey = (b: Pick<Bucket, 'kind' | 'day'>) => `${b.kind}|${b.day}`;

/** What turns the stored buckets into the counted ones: the keys to delete, the buckets to (over)write; nothing when they agree. */
export function bucketChanges(stored: readonly Bucket[], counted: readonly Bucket[]): { gone: Array<Pick<Bucket, 'kind' | 'day'>>; set: Bucket[] } {
  const before = new Map(stored.map((b) => [bucketKey(b), b]));
  const now = new Set(counted.map(bucketKey));
  return {
    gone: stored.filter((b) => !now.has(bucketKey(b))).map(({ kind, day }) => ({ kind, day })),
    set: counted.filter((b) => {
      const old = before.get(bucketKey(b));
      return !old || old.events !== b.events || old.acknowledged !== b.acknowledged;
    }),
  };
}

/** The next calendar day of a `YYYY-MM-DD` date. */
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The parameters of `countsCypher` for events recorded at or after `since` (a date, or a date-time).
 * A date counts whole days from buckets. A date-time's own day is partial: its events at or after
 * `since` are counted exactly — or, when fewer of the day's events (all events, any watchlist) come
 * before it, those are, and taken from the day's bucket.
 */
export function countParams(since: string): Record<string, unknown> {
  const sinceDay = since.slice(0, 10);
  const partial = since.length > 10 && /^\d{4}-\d{2}-\d{2}$/.test(sinceDay);
  return { sinceDay, partial, nextDay: partial ? nextDay(sinceDay) : sinceDay, countFrom: partial ? since : sinceDay };
}

/**
 * Subqueries after `w` (the watchlist) is bound: `total` and `unread` (total − acknowledged) of the
 * events recorded at or after `$since` of `$kinds` (null: all) that the stored reach sees, from the
 * buckets plus the partial day (countParams). Strings compare as the page's filter does: a bucket of
 * a later day holds only events recorded after `since`, one of an earlier day none.
 */
export const countsCypher = `
CALL (w) {
  OPTIONAL MATCH (w)-[:COUNTS]->(b:${EventCount}) WHERE b.day >= $sinceDay AND ($kinds IS NULL OR b.kind IN $kinds)
  RETURN sum(CASE WHEN b.day > $sinceDay OR NOT $partial THEN b.events ELSE 0 END) AS later,
         sum(CASE WHEN b.day > $sinceDay OR NOT $partial THEN b.acknowledged ELSE 0 END) AS laterRead,
         sum(CASE WHEN b.day = $sinceDay THEN b.events ELSE 0 END) AS sameDay,
         sum(CASE WHEN b.day = $sinceDay THEN b.acknowledged ELSE 0 END) AS sameDayRead
}
WITH *, $partial AND COUNT { MATCH (c:${CE}) WHERE c.recordedAt >= $countFrom AND c.recordedAt < $nextDay } <= COUNT { MATCH (c:${CE}) WHERE c.recordedAt >= $sinceDay AND c.recordedAt < $countFrom } AS fromSince
CALL (w, fromSince) {
  WITH w, CASE WHEN fromSince THEN $countFrom ELSE $sinceDay END AS low, CASE WHEN fromSince THEN $nextDay ELSE $countFrom END AS high
  MATCH (c:${CE}) USING INDEX c:${CE}(recordedAt) WHERE c.recordedAt >= low AND c.recordedAt < high AND ($kinds IS NULL OR c.kind IN $kinds)
  MATCH (w)-[:REACHES]->(r:${Reach} {nodeId: c.subjectId, isParty: true}) USING INDEX r:${Reach}(nodeId)
  RETURN count(c) AS part, count(CASE WHEN EXISTS { (w)-[:ACKNOWLEDGED]->(c) } THEN 1 END) AS partRead
}
WITH *, later + CASE WHEN NOT $partial THEN 0 WHEN fromSince THEN part ELSE sameDay - part END AS total,
        laterRead + CASE WHEN NOT $partial THEN 0 WHEN fromSince THEN partRead ELSE sameDayRead - partRead END AS read`;
