import type { Graph, ManagedTransaction } from '../../graph/driver.ts';
import {
  addReports,
  advanceCheckpoint,
  mergeNodes,
  mergeRelationships,
  readCheckpoint,
  type LoadReport,
  type NodeRow,
  type RelationshipRow,
  type Writer,
} from '../../graph/load/index.ts';
import { NodeKind } from '../../graph/model.ts';
import { importedNodeKinds, importedRelTypes, type ImportRecord, type ImportedNodeKind, type ImportedRelType } from './facts.ts';

/**
 * Writing a checked file through graph/load's idempotent writers, in units of about `batchSize`
 * facts, each unit one transaction that also advances the import's checkpoint. Subjects and lists go
 * first (everything refers to them); a listing travels in one unit with its links, so it is never
 * visible without its subject and list. A killed import, run again, resumes after the last unit
 * whose transaction committed; replaying a unit changes nothing because every write is a MERGE.
 */

export interface WriteUnit {
  nodes: Partial<Record<ImportedNodeKind, NodeRow[]>>;
  rels: Partial<Record<ImportedRelType, RelationshipRow[]>>;
  size: number;
}

const referencedKinds = new Set<string>([NodeKind.CreditList, NodeKind.Company, NodeKind.Person]);

/** Where records come from: an array, or a fresh read of the file each time it is called. */
export type RecordPass = () => Iterable<ImportRecord> | AsyncIterable<ImportRecord>;

/**
 * Splits the accepted records' facts into write units (`recordedAt` stamped on every fact): first the
 * referenced kinds, one pass over the records each (`kinds`: the ones the records hold), then one pass
 * for the rest. Units are yielded as they fill, so a streamed file is never held whole.
 */
export async function* planUnits(pass: RecordPass, batchSize: number, recordedAt: string, kinds: ReadonlySet<string> = referencedKinds): AsyncGenerator<WriteUnit> {
  let unit: WriteUnit = emptyUnit();
  const seen = new Set<string>();
  for (const kind of importedNodeKinds.filter((k) => referencedKinds.has(k) && kinds.has(k))) {
    for await (const record of pass()) {
      for (const node of record.nodes) {
        if (node.kind !== kind) continue;
        // Only nodes several records share can recur (others are refused as duplicates): remember those alone.
        if (node.shared) {
          if (seen.has(node.id)) continue;
          seen.add(node.id);
        }
        (unit.nodes[kind] ??= []).push({ id: node.id, props: { ...node.props, recordedAt } });
        if (++unit.size >= batchSize) {
          yield unit;
          unit = emptyUnit();
        }
      }
    }
  }
  if (unit.size > 0) yield unit;
  unit = emptyUnit();
  for await (const record of pass()) {
    for (const node of record.nodes) {
      if (referencedKinds.has(node.kind)) continue;
      (unit.nodes[node.kind] ??= []).push({ id: node.id, props: { ...node.props, recordedAt } });
      unit.size++;
    }
    for (const rel of record.rels) {
      (unit.rels[rel.type] ??= []).push({ id: rel.id, from: rel.from, to: rel.to, props: { ...rel.props, recordedAt } });
      unit.size++;
    }
    if (unit.size >= batchSize) {
      yield unit;
      unit = emptyUnit();
    }
  }
  if (unit.size > 0) yield unit;
}

/** Number of units `planUnits` yields, counted without keeping them. */
export async function countUnits(units: AsyncIterable<WriteUnit>): Promise<number> {
  let count = 0;
  for await (const _ of units) count++;
  return count;
}

const emptyUnit = (): WriteUnit => ({ nodes: {}, rels: {}, size: 0 });

/** Writes one unit with the given writer (a transaction), nodes before relationships. */
export async function writeUnit(writer: Writer, unit: WriteUnit): Promise<LoadReport> {
  const report: LoadReport = {};
  for (const kind of importedNodeKinds) {
    const rows = unit.nodes[kind];
    if (rows) addReports(report, await mergeNodes(writer, kind, rows, rows.length));
  }
  for (const type of importedRelTypes) {
    const rows = unit.rels[type];
    if (rows) addReports(report, await mergeRelationships(writer, type, rows, rows.length));
  }
  return report;
}

export interface CheckpointState {
  key: string;
  fingerprint: string;
}

/** Index of the first unit still to write: after the checkpoint of an unfinished run of the same file. */
export async function resumePoint(graph: Graph, state: CheckpointState): Promise<number> {
  const checkpoint = await readCheckpoint(graph, state.key);
  if (!checkpoint || checkpoint.completed || checkpoint.fingerprint !== state.fingerprint) return 0;
  return checkpoint.lastBatch + 1;
}

/**
 * Writes units `from`… in their own transactions, each advancing the checkpoint; `onUnit` hears of
 * each committed unit (the CLI's progress bar). Units may come from a stream (`total` is their
 * number, known beforehand); the ones before `from` are passed over unwritten.
 */
export async function writeUnits(
  graph: Graph,
  units: Iterable<WriteUnit> | AsyncIterable<WriteUnit>,
  total: number,
  from: number,
  state: CheckpointState,
  onUnit: (index: number, report: LoadReport) => void,
): Promise<LoadReport> {
  const written: LoadReport = {};
  let index = 0;
  for await (const unit of units) {
    const at = index++;
    if (at < from) continue;
    const report = await graph.writeTransaction(async (tx: ManagedTransaction) => {
      const counts = await writeUnit(tx, unit);
      await advanceCheckpoint(tx, { ...state, batch: at, batches: total });
      return counts;
    });
    addReports(written, report);
    onUnit(at, report);
  }
  if (index !== total) throw new Error(`the file changed during the import: ${index} write units instead of ${total}`);
  return written;
}

class RolledBack extends Error {}

/**
 * What writing the units would do, without doing it: every unit runs in ONE transaction that is then
 * rolled back, so the counts are exactly those of a real run (later units see earlier ones' nodes).
 */
export async function dryRunUnits(graph: Graph, units: Iterable<WriteUnit> | AsyncIterable<WriteUnit>): Promise<LoadReport> {
  const report: LoadReport = {};
  try {
    await graph.writeTransaction(async (tx) => {
      for await (const unit of units) addReports(report, await writeUnit(tx, unit));
      throw new RolledBack();
    });
  } catch (caught) {
    if (!(caught instanceof RolledBack)) throw caught;
  }
  return report;
}
