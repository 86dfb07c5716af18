import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { Graph } from '../driver.ts';
import { withNameKey } from '../matching/nameKeys.ts';
import { anyNodeLabel, NodeKind, nodeKinds, Rel } from '../model.ts';
import { changesReach, markReachStale } from '../monitoring/reach.ts';
import { changesReference, renewReferenceStamp } from '../referenceStamp.ts';
import { nameIndexLabels } from '../schema.ts';
import { readBefore, recordChanges, withChangeEvents, type WriteTarget } from './changes.ts';
import { awaitNameSearch } from './nameSearch.ts';
import { certainlyNew, relationshipKey, writtenIn } from './writtenInTransaction.ts';

/**
 * The two idempotent batched writers every loader is built on. A batch first reads which of its ids
 * exist (and their properties); rows whose id is new are CREATEd, existing ones are SET only when
 * one of their properties differs — so loading the same rows twice changes nothing, not even
 * `recordedAt`, and the counts say what happened. CREATE skips MERGE's lookup-and-lock per row (issue
 * 15: the online import near the Cypher limit); the read serves the change hook as well. A batch
 * naming one id twice is MERGEd row by row instead, so the later row updates the earlier. Writers of
 * the same ids at the same time are not expected (one loader per data set): the second CREATE of a
 * node would fail on the `Node(id)` uniqueness constraint.
 */

/**
 * Where writes go: a Graph (each batch its own transaction), an open transaction (all or nothing) or
 * a RowSink (rows collected for Neo4j's offline importer, bulk/csvCorpus.ts: nothing is read back).
 */
export type Writer = Graph | ManagedTransaction | RowSink;

/** Receives the writers' rows instead of a database: every row is new (an empty database being built). */
export interface RowSink {
  readonly sink: true;
  nodes(kind: NodeKind, rows: ReadonlyArray<{ id: string; props: Record<string, unknown> }>): Promise<LoadCounts>;
  relationships(type: Rel, rows: ReadonlyArray<{ id: string; from: string; to: string; props: Record<string, unknown> }>): Promise<LoadCounts>;
}

export const isRowSink = (writer: Writer): writer is RowSink => 'sink' in writer && writer.sink === true;

export type PropValue = string | number | boolean | string[] | number[] | null | undefined;
export type Props = Record<string, PropValue>;

export interface NodeRow {
  id: string;
  props: Props;
}

export interface RelationshipRow {
  /** Deterministic id (see ids.ts); MERGE matches on it, so a re-load finds the same relationship. */
  id: string;
  from: string;
  to: string;
  props: Props;
}

/** What a write did, per node kind or relationship type. */
export interface LoadCounts {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Relationship rows dropped because an end node does not exist. */
  missing: number;
}

export type LoadReport = Record<string, LoadCounts>;

export const defaultBatchSize = 5_000;

export const emptyCounts = (): LoadCounts => ({ rows: 0, created: 0, updated: 0, unchanged: 0, missing: 0 });

/** Adds `more` into `into` (mutating it) and returns it. */
export function addReports(into: LoadReport, more: LoadReport): LoadReport {
  for (const [kind, counts] of Object.entries(more)) {
    const total = (into[kind] ??= emptyCounts());
    total.rows += counts.rows;
    total.created += counts.created;
    total.updated += counts.updated;
    total.unchanged += counts.unchanged;
    total.missing += counts.missing;
  }
  return into;
}

const relTypes = new Set<string>(Object.values(Rel));
const knownKinds = new Set<string>(nodeKinds);
const namedKinds = new Set<string>(nameIndexLabels);

// Outcome of a MERGE: a node or relationship MERGE has just created carries only its `id`; an existing
// one is unchanged when every given property already has that value (or both are absent).
// `recordedAt` alone never makes a row "updated": it records when the fact was first seen.
const outcome = (entity: string) => `
  CASE WHEN keys(${entity}) = ['id'] THEN 'created'
       WHEN all(k IN keys(row.props) WHERE k = 'recordedAt' OR ${entity}[k] = row.props[k] OR (${entity}[k] IS NULL AND row.props[k] IS NULL))
       THEN 'unchanged' ELSE 'updated' END`;

// Labels and types cannot be parameters; they come only from graph/model.ts constants, checked below.
// Exported so the load benchmark can tell which kind/type a recorded statement wrote.
// `replan=skip`: a growing graph makes Neo4j replan every statement again and again as its statistics
// drift (seen as most of the load's CPU in thread dumps); these plans are index seeks whatever the size.
export const nodeCypher = (kind: NodeKind) => `CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:${anyNodeLabel} {id: row.id})
WITH n, row, ${outcome('n')} AS outcome
FOREACH (_ IN CASE WHEN outcome = 'unchanged' THEN [] ELSE [1] END | SET n:${kind}, n += row.props, n.id = row.id)
RETURN outcome, count(*) AS count`;

export const relationshipCypher = (type: Rel) => `CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:${anyNodeLabel} {id: row.from})
MATCH (b:${anyNodeLabel} {id: row.to})
MERGE (a)-[r:${type} {id: row.id}]->(b)
WITH r, row, ${outcome('r')} AS outcome
FOREACH (_ IN CASE WHEN outcome = 'unchanged' THEN [] ELSE [1] END | SET r += row.props)
RETURN outcome, count(*) AS count`;

/** Rows whose id is not in the graph yet. */
export const createNodesCypher = (kind: NodeKind) => `CYPHER replan=skip
UNWIND $rows AS row
CREATE (n:${anyNodeLabel}:${kind} {id: row.id})
SET n += row.props
RETURN count(*) AS count`;

/** Rows whose id is in the graph with some property different. */
export const updateNodesCypher = (kind: NodeKind) => `CYPHER replan=skip
UNWIND $rows AS row
MATCH (n:${anyNodeLabel} {id: row.id})
SET n:${kind}, n += row.props
RETURN count(*) AS count`;

/** New relationships; a row whose end is missing creates nothing (counted `missing`). */
export const createRelationshipsCypher = (type: Rel) => `CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:${anyNodeLabel} {id: row.from})
MATCH (b:${anyNodeLabel} {id: row.to})
CREATE (a)-[r:${type} {id: row.id}]->(b)
SET r += row.props
RETURN count(*) AS count`;

export const updateRelationshipsCypher = (type: Rel) => `CYPHER replan=skip
UNWIND $rows AS row
MATCH (:${anyNodeLabel} {id: row.from})-[r:${type} {id: row.id}]->()
SET r += row.props
RETURN count(*) AS count`;

interface Statements {
  merge: string;
  create: string;
  update: string;
}

/** MERGEs nodes of one kind on `id` and sets their properties (`null` removes one). */
export async function mergeNodes(
  writer: Writer,
  kind: NodeKind,
  rows: readonly NodeRow[],
  batchSize = defaultBatchSize,
): Promise<LoadReport> {
  if (!knownKinds.has(kind)) throw new Error(`unknown node kind '${kind}'`);
  const statements = { merge: nodeCypher(kind), create: createNodesCypher(kind), update: updateNodesCypher(kind) };
  // Every company written carries its name's blocking key (the name matcher's candidate lookup), in bulk too.
  const keyed = kind === NodeKind.Company ? rows.map(withNameKey) : rows;
  if (isRowSink(writer)) return { [kind]: await writer.nodes(kind, keyed.map((row) => ({ id: row.id, props: cleanProps(row.props) }))) };
  const counts = await inBatches(writer, { kind, relationship: false }, keyed, batchSize, statements, (row) => ({ id: row.id, props: cleanProps(row.props) }));
  // Batches committed here: what they named is searchable when this returns (a transaction's caller waits after its commit).
  if (writer instanceof Graph && namedKinds.has(kind)) await awaitNameSearch(writer);
  return { [kind]: counts };
}

/** MERGEs relationships of one type between existing nodes on their deterministic `id`. */
export async function mergeRelationships(
  writer: Writer,
  type: Rel,
  rows: readonly RelationshipRow[],
  batchSize = defaultBatchSize,
): Promise<LoadReport> {
  if (!relTypes.has(type)) throw new Error(`unknown relationship type '${type}'`);
  if (isRowSink(writer)) {
    return { [type]: await writer.relationships(type, rows.map((row) => ({ id: row.id, from: row.from, to: row.to, props: cleanProps(row.props) }))) };
  }
  const statements = { merge: relationshipCypher(type), create: createRelationshipsCypher(type), update: updateRelationshipsCypher(type) };
  const counts = await inBatches(writer, { kind: type, relationship: true }, rows, batchSize, statements, (row) => ({
    id: row.id,
    from: row.from,
    to: row.to,
    props: cleanProps(row.props),
  }));
  return { [type]: counts };
}

/**
 * Splits rows into batches and runs `work` on each batch in one write transaction, so the several
 * statements of a composite write (a node and its links) become visible together or not at all.
 */
export async function inTransactionBatches<R>(
  writer: Writer,
  rows: readonly R[],
  batchSize: number,
  work: (tx: ManagedTransaction | RowSink, batch: readonly R[]) => Promise<LoadReport>,
): Promise<LoadReport> {
  const report: LoadReport = {};
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    addReports(report, await inTransaction(writer, (tx) => work(tx, batch)));
  }
  return report;
}

/** Runs `work` in one write transaction: the caller's, or a new one on the Graph (a sink has no transactions). */
export function inTransaction<T>(writer: Graph | ManagedTransaction, work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
export function inTransaction<T>(writer: Writer, work: (tx: ManagedTransaction | RowSink) => Promise<T>): Promise<T>;
export async function inTransaction<T>(writer: Writer, work: (tx: never) => Promise<T>): Promise<T> {
  const run = work as (tx: ManagedTransaction | RowSink) => Promise<T>;
  return writer instanceof Graph ? writer.writeTransaction(run) : run(writer);
}

async function inBatches<R extends NodeRow | RelationshipRow>(
  writer: Writer,
  target: WriteTarget,
  rows: readonly R[],
  batchSize: number,
  statements: Statements,
  param: (row: R) => Record<string, unknown>,
): Promise<LoadCounts> {
  const total = emptyCounts();
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    // A RowSink never gets here (mergeNodes/mergeRelationships hand it the rows).
    const counts = await inTransaction(writer as Graph | ManagedTransaction, (tx) => writeBatch(tx, target, batch, statements, param));
    addReports({ total }, { total: counts });
  }
  return total;
}

/**
 * One batch in one transaction: read what exists, CREATE the new, SET the changed, record the changes.
 * Relationship rows whose start was created in this transaction are new without asking (writtenInTransaction.ts).
 */
async function writeBatch<R extends NodeRow | RelationshipRow>(
  tx: ManagedTransaction,
  target: WriteTarget,
  batch: readonly R[],
  statements: Statements,
  param: (row: R) => Record<string, unknown>,
): Promise<LoadCounts> {
  const counts = { ...emptyCounts(), rows: batch.length };
  const params = batch.map(param);
  const written = writtenIn(tx);
  if (new Set(batch.map((row) => row.id)).size < batch.length) {
    // The change hook wraps the statement in the batch's transaction.
    const records = await withChangeEvents(tx, target, batch, async () => (await tx.run(statements.merge, { rows: params })).records);
    for (const record of records) counts[record.get('outcome') as 'created' | 'updated' | 'unchanged'] += Number(record.get('count'));
    // What MERGE created is not known row by row: none of these nodes counts as created here.
    if (target.relationship) for (const row of batch) written.relationships.add(relationshipKey(target.kind, row.id));
    await staleReaches(tx, target, batch);
  } else {
    const known = target.relationship ? new Set(batch.filter((row) => certainlyNew(written, target.kind, row as RelationshipRow)).map((row) => row.id)) : new Set<string>();
    const before = await readBefore(tx, target, batch, known);
    const stored = before.facts;
    const fresh = params.filter((row) => !stored.has(row.id as string));
    const changed = params.filter((row) => stored.has(row.id as string) && !sameProps(stored.get(row.id as string)!, row.props as Record<string, unknown>));
    if (fresh.length > 0) counts.created = await countOf(tx, statements.create, fresh);
    if (changed.length > 0) counts.updated = await countOf(tx, statements.update, changed);
    counts.unchanged = batch.length - fresh.length - changed.length;
    if (target.relationship) for (const row of batch) written.relationships.add(relationshipKey(target.kind, row.id));
    // A node row is created whatever happens (no end to miss): its id is in the graph from here on.
    else for (const row of fresh) written.createdNodes.add(row.id as string);
    await recordChanges(tx, target, batch, before);
    const changedIds = new Set([...fresh, ...changed].map((row) => row.id as string));
    await staleReaches(tx, target, batch.filter((row) => changedIds.has(row.id)));
  }
  if (counts.created + counts.updated > 0 && changesReference(target.kind)) await renewReferenceStamp(tx);
  counts.missing = counts.rows - counts.created - counts.updated - counts.unchanged;
  return counts;
}

/** Written links and parties go stale in the watchlists' stored reaches they touch (graph/monitoring/reach.ts), in the write's transaction. */
async function staleReaches(tx: ManagedTransaction, target: WriteTarget, written: ReadonlyArray<NodeRow | RelationshipRow>): Promise<void> {
  if (!changesReach(target.kind)) return;
  await markReachStale(tx, written.flatMap((row) => ('from' in row ? [row.from, row.to] : [row.id])));
}

const countOf = async (tx: ManagedTransaction, cypher: string, rows: Array<Record<string, unknown>>): Promise<number> =>
  Number((await tx.run(cypher, { rows })).records[0]?.get('count') ?? 0);

/**
 * Whether writing `props` over `stored` would change nothing, as the MERGE statement judges it:
 * `recordedAt` aside, each value equal (lists item by item, 1 = 1.0) or both absent.
 */
export function sameProps(stored: Record<string, unknown>, props: Record<string, unknown>): boolean {
  return Object.entries(props).every(([key, value]) => key === 'recordedAt' || sameValue(stored[key], value));
}

function sameValue(stored: unknown, value: unknown): boolean {
  if (stored === null || stored === undefined || value === null || value === undefined) return (stored ?? null) === (value ?? null);
  if (neo4j.isInt(value)) return typeof stored === 'number' && stored === (value as { toNumber(): number }).toNumber();
  if (Array.isArray(stored) || Array.isArray(value)) {
    return Array.isArray(stored) && Array.isArray(value) && stored.length === value.length && stored.every((item, index) => sameValue(item, value[index]));
  }
  return stored === value;
}

/**
 * Drops undefined (the driver rejects it) and sends whole numbers of integer properties as Integer.
 * An empty list is written as no value (null removes the property): Neo4j's offline importer cannot
 * store an empty list, so both paths give the same graph, and every reader coalesces a missing list.
 */
function cleanProps(props: Props): Record<string, unknown> {
  const clean: Record<string, unknown> = {};
  for (const key in props) {
    const value = props[key];
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) {
      clean[key] = null;
      continue;
    }
    clean[key] = integerProperties.has(key) && typeof value === 'number' ? neo4j.int(value) : value;
  }
  return clean;
}

/** Properties stored as Cypher INTEGER (a JS number would otherwise become a FLOAT). */
export const integerProperties = new Set(['year', 'signatoryCount']);

/** Sums a report into node and relationship totals. */
export function reportTotals(report: LoadReport): { nodes: LoadCounts; relationships: LoadCounts } {
  const nodes = emptyCounts();
  const relationships = emptyCounts();
  for (const [kind, counts] of Object.entries(report))
    addReports({ total: knownKinds.has(kind) ? nodes : relationships }, { total: counts });
  return { nodes, relationships };
}
