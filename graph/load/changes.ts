import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { changeDrafts, effectiveOn, needsContext, same, watchedFactKinds, type ChangeDraft, type FactProps } from '../domain/changeKinds.ts';
import { anyNodeLabel, MonitoringLabel, NodeKind, Rel } from '../model.ts';
import { countCreatedEvents, countingEvents } from '../monitoring/eventCounts.ts';
import { controllerChanges, controllersBefore, type ChangedHolding, type ControllerSnapshot } from './controllerChanges.ts';

/**
 * The loaders' change hook: every write of graph/load goes through `withChangeEvents`, which reads
 * the facts it is about to write, lets the write happen, and records what changed as ChangeEvent
 * nodes in the SAME transaction (rules: graph/domain/changeKinds.ts). A re-load of unchanged rows
 * makes no event; a rolled-back write (dry run, failed unit) leaves none.
 */

export interface WrittenRow {
  id: string;
  from?: string;
  to?: string;
  props: Record<string, unknown>;
}

/** What is written: a node kind, or a relationship type (then rows carry `from`/`to`). */
export interface WriteTarget {
  kind: string;
  relationship: boolean;
}

/**
 * What the change hook reads before a write: the stored properties of the rows' facts that exist
 * already, by id, and for shareholdings the actual controllers the written holdings may change.
 */
export interface FactsBefore {
  facts: Map<string, FactProps>;
  holdings: ChangedHolding[];
  control: ControllerSnapshot | null;
}

/** Runs `write` inside `tx`, recording the change events of `rows` around it. */
export async function withChangeEvents<T>(tx: ManagedTransaction, target: WriteTarget, rows: readonly WrittenRow[], write: () => Promise<T>): Promise<T> {
  if (!watchedFactKinds.has(target.kind)) return write();
  const before = await readBefore(tx, target, rows);
  const result = await write();
  await recordChanges(tx, target, rows, before);
  return result;
}

/**
 * Reads what the rows' write will change (a writer that needs the stored facts anyway reads them
 * here); rows whose id is in `absent` are known not to exist and are not read.
 */
export async function readBefore(tx: ManagedTransaction, target: WriteTarget, rows: readonly WrittenRow[], absent: ReadonlySet<string> = new Set()): Promise<FactsBefore> {
  const unknown = absent.size === 0 ? rows : rows.filter((row) => !absent.has(row.id));
  const facts = unknown.length > 0 ? await readFacts(tx, target, unknown) : new Map<string, FactProps>();
  const holdings = target.kind === Rel.SHAREHOLDER_OF ? changedHoldings(rows, facts) : [];
  const control = holdings.length > 0 ? await controllersBefore(tx, holdings) : null;
  return { facts, holdings, control };
}

/** Records the change events of `rows`, just written in `tx`, given what `readBefore` read before the write. */
export async function recordChanges(tx: ManagedTransaction, target: WriteTarget, rows: readonly WrittenRow[], before: FactsBefore): Promise<void> {
  if (!watchedFactKinds.has(target.kind)) return;
  const changes = rows.map((row) => {
    const prior = before.facts.get(row.id) ?? null;
    return { row, change: { factKind: target.kind, factId: row.id, from: row.from, to: row.to, before: prior, after: { ...prior, ...row.props } } };
  });
  const context = await readContext(tx, target.kind, changes.filter(({ change }) => needsContext(change)).map(({ row }) => row));
  const drafts = changes.flatMap(({ row, change }) => changeDrafts({ ...change, context: context.get(row.id) }).map((draft) => eventProps(draft, row.props)));
  const controllers = before.control ? await controllerChanges(tx, before.control, before.holdings) : [];
  const events = [...drafts, ...controllers.map(({ draft, props }) => eventProps(draft, props))];
  if (events.length > 0) await recordEvents(tx, events);
}

/** Shareholding rows that change something (new, or different in substance), with the date each took effect. */
function changedHoldings(rows: readonly WrittenRow[], before: Map<string, FactProps>): ChangedHolding[] {
  return rows.flatMap((row) => {
    const prior = before.get(row.id) ?? null;
    const after = { ...prior, ...row.props };
    if (prior && same(prior, after)) return [];
    const recorded = typeof row.props.recordedAt === 'string' ? row.props.recordedAt.slice(0, 10) : new Date().toISOString().slice(0, 10);
    return [{ holder: row.from!, company: row.to!, on: effectiveOn(prior, after) ?? recorded, props: row.props }];
  });
}

/** The stored properties of the rows' facts that exist already, by id. */
async function readFacts(tx: ManagedTransaction, target: WriteTarget, rows: readonly WrittenRow[]): Promise<Map<string, FactProps>> {
  const cypher = target.relationship
    ? `UNWIND $rows AS row MATCH (:${anyNodeLabel} {id: row.from})-[r:${target.kind} {id: row.id}]->() RETURN row.id AS id, properties(r) AS props`
    : `UNWIND $rows AS row MATCH (n:${anyNodeLabel} {id: row.id}) RETURN row.id AS id, properties(n) AS props`;
  const result = await tx.run(cypher, { rows: rows.map((row) => ({ id: row.id, from: row.from ?? null })) });
  return new Map(result.records.map((r) => [r.get('id') as string, r.get('props') as FactProps]));
}

interface ContextRow {
  subjectId: string | null;
  listKind: string | null;
  fact: FactProps | null;
  previous: FactProps | null;
}

/**
 * Where the context of each watched fact kind is read from: the fact node (the listing, grade or
 * record: the row's own id, or the link's end that is that node), and what around it the rules use.
 */
const contextOf: Record<string, { fact: 'id' | 'from' | 'to'; subject?: Rel; list?: true; previous?: true }> = {
  Listing: { fact: 'id', subject: Rel.LISTED, list: true },
  ON_LIST: { fact: 'from', subject: Rel.LISTED, list: true },
  Grade: { fact: 'id', subject: Rel.GRADED },
  GRADED: { fact: 'to', subject: Rel.GRADED, previous: true },
  HAS_RECORD: { fact: 'to' },
};

/**
 * The subject and list of a listing (Listing, ON_LIST), the company and previous grade of a grade
 * (Grade, GRADED), the credit-file record of HAS_RECORD; keyed by the written row's id. The previous
 * grade is found from the company's own grades (a few), never from the scheme's (every company's:
 * walking those made the hook quadratic in the corpus).
 */
async function readContext(tx: ManagedTransaction, factKind: string, rows: readonly WrittenRow[]): Promise<Map<string, ContextRow>> {
  const where = contextOf[factKind];
  if (!where || rows.length === 0) return new Map();
  const result = await tx.run(
    `UNWIND $rows AS row
     MATCH (f:${anyNodeLabel} {id: row.fact})
     ${where.subject ? `OPTIONAL MATCH (s)-[:${where.subject}]->(f)` : 'WITH row, f, null AS s'}
     ${where.list ? `OPTIONAL MATCH (f)-[:${Rel.ON_LIST}]->(list)` : 'WITH row, f, s, null AS list'}
     ${where.previous ? `OPTIONAL MATCH (f)-[:${Rel.IN_SCHEME}]->(scheme)` : ''}
     RETURN row.id AS id, s.id AS subjectId, list.kind AS listKind, properties(f) AS fact, ${where.previous ? previousGrade : 'null'} AS previous`,
    { rows: rows.map((row) => ({ id: row.id, fact: where.fact === 'id' ? row.id : row[where.fact] })) },
  );
  return new Map(
    result.records.map((r) => [r.get('id') as string, { subjectId: r.get('subjectId'), listKind: r.get('listKind'), fact: r.get('fact'), previous: r.get('previous') }]),
  );
}

/** The latest grade of company `s` in the scheme of grade `f` before `f`'s year (an Expand(Into) on the scheme link, from the company's side). */
const previousGrade = `COLLECT {
  MATCH (s)-[:${Rel.GRADED}]->(earlier:${NodeKind.Grade})
  WHERE earlier.year < f.year AND (earlier)-[:${Rel.IN_SCHEME}]->(scheme)
  WITH earlier ORDER BY earlier.year DESC LIMIT 1
  RETURN properties(earlier)
}[0]`;

/** The stored event: deterministic id (the same change replayed is the same event), JSON before/after. */
export function eventProps(draft: ChangeDraft, row: Record<string, unknown>, recordedAt?: string): Record<string, unknown> {
  const after = draft.after === null ? null : JSON.stringify(draft.after);
  const at = recordedAt ?? (typeof row.recordedAt === 'string' ? row.recordedAt : new Date().toISOString());
  return {
    id: `ev-${createHash('sha256').update([draft.kind, draft.subjectId, draft.factId, after ?? '', draft.on ?? ''].join('\u0000')).digest('hex').slice(0, 24)}`,
    kind: draft.kind,
    subjectId: draft.subjectId,
    factId: draft.factId,
    factKind: draft.factKind,
    partyId: draft.partyId,
    before: draft.before === null ? null : JSON.stringify(draft.before),
    after,
    on: draft.on ?? at.slice(0, 10),
    source: typeof row.source === 'string' ? row.source : 'unknown',
    sourceUrl: typeof row.sourceUrl === 'string' ? row.sourceUrl : null,
    recordedAt: at,
  };
}

/**
 * Creates the events whose id is not stored yet (a replayed change adds nothing), each once, and
 * counts them into the watchlists' buckets in the same statement (graph/monitoring/eventCounts.ts).
 * What an event did to sanctions is worked out when it is first read (graph/monitoring/changes.ts),
 * not here: the import stays at its speed.
 */
export async function recordEvents(tx: ManagedTransaction, events: Array<Record<string, unknown>>): Promise<void> {
  const once = [...new Map(events.map((e) => [e.id as string, e])).values()];
  const counted = await countingEvents(tx);
  // `replan=skip`, as the loader's own statements: the event count grows through an import and Neo4j
  // replanned this statement between its units; the hints keep it two index seeks whatever the
  // statistics it was planned under.
  await tx.run(
    `CYPHER replan=skip
     UNWIND $events AS e
     OPTIONAL MATCH (stored:${MonitoringLabel.ChangeEvent} {id: e.id}) USING INDEX stored:${MonitoringLabel.ChangeEvent}(id)
     WITH e WHERE stored IS NULL
     CREATE (c:${MonitoringLabel.ChangeEvent}) SET c = e
     ${counted ? countCreatedEvents('c') : ''}`,
    { events: once, watchlist: null },
  );
}
