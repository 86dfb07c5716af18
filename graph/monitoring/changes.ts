import type { Graph } from '../driver.ts';
import { MonitoringLabel, type ChangeKind } from '../model.ts';
import type { TypedPath } from '../paths/typedPath.ts';
import { sanctionTrace } from '../trace/sanctionTrace.ts';
import { exposureLevel } from './exposureLevel.ts';
import { relatedParties } from './relatedParties.ts';
import { watchlist } from './watchlists.ts';

/**
 * `changes`: the change events since a time that touch a watched subject or a related party within
 * the watchlist's depth, newest first, each explained — the path from the watched subject, what
 * changed field by field, the measures that now apply or no longer apply to the changed party (the
 * sanction trace the day before the change vs the day of it), and the watched subject's exposure
 * level before and after.
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

export interface MeasureChange {
  id: string;
  name: string;
  nameEn: string | null;
  legalBasisLevel: string | null;
}

export interface ExplainedChange extends ChangeEvent {
  watchedId: string;
  path: TypedPath;
  fields: FieldChange[];
  measuresNowApplying: MeasureChange[];
  measuresNoLongerApplying: MeasureChange[];
  exposureBefore: number | null;
  exposureAfter: number | null;
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

/** Event kinds whose effect on sanctions the trace is asked about. */
const measureKinds = new Set<ChangeKind>(['listing_added', 'listing_ended', 'listing_repaired', 'listing_expired', 'abnormal_entry', 'abnormal_removal', 'measure_applying', 'document_effective']);

const cursorOf = (event: { recordedAt: string; id: string }) => Buffer.from(`${event.recordedAt}|${event.id}`).toString('base64url');
function parseCursor(cursor: string): { recordedAt: string; id: string } {
  const [recordedAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!recordedAt || !id) throw new Error(`'after' is not a cursor of this list: ${cursor}`);
  return { recordedAt, id };
}

export const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

export class UnknownWatchlistError extends Error {
  override name = 'UnknownWatchlistError';
}

export async function changes(graph: Graph, query: ChangesQuery): Promise<ChangesPage> {
  const list = await watchlist(graph, query.watchlist);
  if (!list) throw new UnknownWatchlistError(`no watchlist named '${query.watchlist}'`);
  const asOf = query.asOf ?? new Date().toISOString().slice(0, 10);
  const related = await relatedParties(graph, list.subjects.map((s) => s.id), list.depth, asOf);
  const first = Math.min(query.first ?? 50, maxChangesPage);
  const after = query.after ? parseCursor(query.after) : null;
  const [counts] = await graph.read<{ total: number; unread: number }>(
    `${eventMatch} RETURN count(c) AS total, count(CASE WHEN NOT EXISTS { (:${MonitoringLabel.Watchlist} {id: $watchlist})-[:ACKNOWLEDGED]->(c) } THEN 1 END) AS unread`,
    eventParams(query, [...related.keys()], null, 0),
  );
  const rows = await graph.read<ChangeEvent & { before: string | null; after: string | null }>(
    `${eventMatch}
     WITH c, EXISTS { (:${MonitoringLabel.Watchlist} {id: $watchlist})-[:ACKNOWLEDGED]->(c) } AS acknowledged
     WHERE NOT ($unreadOnly AND acknowledged)
       AND ($afterAt IS NULL OR c.recordedAt < $afterAt OR (c.recordedAt = $afterAt AND c.id < $afterId))
     OPTIONAL MATCH (s:Node {id: c.subjectId})
     RETURN c.id AS id, c.kind AS kind, c.subjectId AS subjectId, coalesce(s.nameZh, s.nameEn) AS subjectName, c.factId AS factId,
            c.factKind AS factKind, c.partyId AS partyId, c.before AS before, c.after AS after, c.on AS on, c.source AS source,
            c.sourceUrl AS sourceUrl, c.recordedAt AS recordedAt, acknowledged
     ORDER BY c.recordedAt DESC, c.id DESC LIMIT toInteger($limit)`,
    eventParams(query, [...related.keys()], after, first + 1),
  );
  const page = rows.slice(0, first).map((row) => ({ ...row, before: parseJson(row.before), after: parseJson(row.after) }));
  const explain = new Explainer(graph);
  // One event at a time: the traces and exposures behind an explanation are the heavy reads.
  const items = [];
  for (const event of page) {
    const reach = related.get(event.subjectId)!;
    items.push({ ...(await explain.event(event, reach.watched)), path: reach.path, cursor: cursorOf(event) });
  }
  return { watchlist: list.id, depth: list.depth, items, totalCount: counts?.total ?? 0, unreadCount: counts?.unread ?? 0, hasNextPage: rows.length > first };
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

/** Traces and exposure levels, each asked once per (party, date) within one page. */
class Explainer {
  private readonly measures = new Map<string, Promise<Map<string, MeasureChange>>>();
  private readonly levels = new Map<string, Promise<number | null>>();

  constructor(private readonly graph: Graph) {}

  async event(event: ChangeEvent, watchedId: string): Promise<Omit<ExplainedChange, 'path'>> {
    const on = event.on;
    const before = dayBefore(on);
    const none = new Map<string, MeasureChange>();
    const then = measureKinds.has(event.kind) ? await this.measuresOf(event.subjectId, before) : none;
    const now = measureKinds.has(event.kind) ? await this.measuresOf(event.subjectId, on) : none;
    const exposureBefore = await this.level(watchedId, before);
    const exposureAfter = await this.level(watchedId, on);
    return {
      ...event,
      watchedId,
      fields: fieldChanges(event.before, event.after),
      measuresNowApplying: [...now.values()].filter((m) => !then.has(m.id)),
      measuresNoLongerApplying: [...then.values()].filter((m) => !now.has(m.id)),
      exposureBefore,
      exposureAfter,
    };
  }

  private measuresOf(subjectId: string, asOf: string): Promise<Map<string, MeasureChange>> {
    const key = `${subjectId}|${asOf}`;
    let found = this.measures.get(key);
    if (!found) {
      found = sanctionTrace(this.graph, subjectId, asOf).then(
        (trace) =>
          new Map(
            (trace?.measures ?? []).map(({ measure }) => [measure.id, { id: measure.id, name: measure.name, nameEn: measure.nameEn, legalBasisLevel: measure.legalBasisLevel }]),
          ),
      );
      this.measures.set(key, found);
    }
    return found;
  }

  private level(subjectId: string, asOf: string): Promise<number | null> {
    const key = `${subjectId}|${asOf}`;
    let found = this.levels.get(key);
    if (!found) {
      found = exposureLevel(this.graph, subjectId, asOf);
      this.levels.set(key, found);
    }
    return found;
  }
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
