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

/** Splits the accepted records' facts into write units (`recordedAt` stamped on every fact). */
export function planUnits(records: ImportRecord[], batchSize: number, recordedAt: string): WriteUnit[] {
  const units: WriteUnit[] = [];
  let unit: WriteUnit = emptyUnit();
  const close = () => {
    if (unit.size > 0) units.push(unit);
    unit = emptyUnit();
  };
  const seen = new Set<string>();
  for (const kind of importedNodeKinds.filter((k) => referencedKinds.has(k))) {
    for (const record of records) {
      for (const node of record.nodes) {
        if (node.kind !== kind || seen.has(node.id)) continue;
        seen.add(node.id);
        (unit.nodes[kind] ??= []).push({ id: node.id, props: { ...node.props, recordedAt } });
        if (++unit.size >= batchSize) close();
      }
    }
  }
  close();
  for (const record of records) {
    for (const node of record.nodes) {
      if (referencedKinds.has(node.kind)) continue;
      (unit.nodes[node.kind] ??= []).push({ id: node.id, props: { ...node.props, recordedAt } });
      unit.size++;
    }
    for (const rel of record.rels) {
      (unit.rels[rel.type] ??= []).push({ id: rel.id, from: rel.from, to: rel.to, props: { ...rel.props, recordedAt } });
      unit.size++;
    }
    if (unit.size >= batchSize) close();
  }
  close();
  return units;
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
 * each committed unit (the CLI's progress bar).
 */
export async function writeUnits(
  graph: Graph,
  units: WriteUnit[],
  from: number,
  state: CheckpointState,
  onUnit: (index: number, report: LoadReport) => void,
): Promise<LoadReport> {
  const total: LoadReport = {};
  for (let index = from; index < units.length; index++) {
    const report = await graph.writeTransaction(async (tx: ManagedTransaction) => {
      const written = await writeUnit(tx, units[index]!);
      await advanceCheckpoint(tx, { ...state, batch: index, batches: units.length });
      return written;
    });
    addReports(total, report);
    onUnit(index, report);
  }
  return total;
}

class RolledBack extends Error {}

/**
 * What writing the units would do, without doing it: every unit runs in ONE transaction that is then
 * rolled back, so the counts are exactly those of a real run (later units see earlier ones' nodes).
 */
export async function dryRunUnits(graph: Graph, units: WriteUnit[]): Promise<LoadReport> {
  const report: LoadReport = {};
  try {
    await graph.writeTransaction(async (tx) => {
      for (const unit of units) addReports(report, await writeUnit(tx, unit));
      throw new RolledBack();
    });
  } catch (caught) {
    if (!(caught instanceof RolledBack)) throw caught;
  }
  return report;
}
