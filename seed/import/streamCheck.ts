import type { Graph } from '../../graph/driver.ts';
import { nodeKindsOf } from '../../graph/load/importLookup.ts';
import { nodeKinds, type NodeKind } from '../../graph/model.ts';
import type { ImportRecord } from './facts.ts';
import { hasErrors, type Problem } from './problems.ts';
import { HashedIdMap } from './idIndex.ts';
import { checkDuplicates, checkKindConflicts, checkReference, checkShareSums, ends, holdingOf, type Holding, type IdIndex, type KnownKinds as KnownKindsOf } from './validate.ts';

/**
 * The whole-file checks of validate.ts over a stream of records, in memory that grows with the
 * number of ids, not with the file: a record is checked against an index of the ids seen so far
 * (first line, kind, whether its record is valid) and then let go. References to ids in the graph
 * are settled batch by batch; references to ids the file defines wait for the end of the file (the
 * definition may come later, or be rejected later), and only the records holding them are kept.
 * The outcome equals `checkRecords` on the whole file: the same problems on the same lines.
 */

export interface StreamCheck {
  records: number;
  accepted: number;
  /** Every problem of the records, in no particular order (the caller sorts). */
  problems: Problem[];
  /** Lines of rejected records: the write pass leaves them out. */
  rejectedLines: Set<number>;
  rejected: ImportRecord[];
  /** Node kinds of the accepted records (the write pass reads the file once per referenced kind). */
  kinds: Set<string>;
}

// An index entry packs the id's first line, its kind and whether that record is still valid into one
// number, so an id costs one Map entry.
const kindCodes = new Map<string, number>(nodeKinds.map((kind, index) => [kind, index]));
const pack = (line: number, kind: string, valid: boolean) => (line * nodeKinds.length + kindCodes.get(kind)!) * 2 + (valid ? 1 : 0);
const entryLine = (entry: number) => Math.floor(Math.floor(entry / 2) / nodeKinds.length);
const entryKind = (entry: number): NodeKind => nodeKinds[Math.floor(entry / 2) % nodeKinds.length]!;
const entryValid = (entry: number) => entry % 2 === 1;

/** Rows checked against the graph together (one lookup of their ids). */
const lookupBatch = 5_000;

export async function checkStream(graph: Graph, records: AsyncIterable<ImportRecord>, earlierFiles?: KnownKindsOf): Promise<StreamCheck> {
  const nodes = new HashedIdMap();
  const index: IdIndex = { lineOf: (id) => mapEntry(nodes.get(id), entryLine), define: (id, line, kind) => nodes.set(id, pack(line, kind, true)) };
  const rels = new HashedIdMap();
  /** Kinds of the ids the file mentions that the graph (or an earlier file of the run) holds. */
  const known = new KnownKinds();
  const waiting: ImportRecord[] = [];
  const holdings: Holding[] = [];
  const result: StreamCheck = { records: 0, accepted: 0, problems: [], rejectedLines: new Set(), rejected: [], kinds: new Set() };
  let batch: ImportRecord[] = [];

  const settle = (record: ImportRecord, valid: boolean) => {
    if (valid) {
      for (const rel of record.rels) {
        const holding = holdingOf(rel, record.line);
        if (holding) holdings.push(holding);
      }
      for (const node of record.nodes) result.kinds.add(node.kind);
    } else {
      result.rejectedLines.add(record.line);
      result.rejected.push(record);
      for (const node of record.nodes) {
        const entry = nodes.get(node.id);
        if (entry !== undefined && entryLine(entry) === record.line) nodes.set(node.id, pack(record.line, node.kind, false));
      }
    }
    result.problems.push(...record.problems);
  };

  const checkBatch = async () => {
    const mentioned = new Set<string>();
    for (const record of batch) {
      for (const node of record.nodes) mentioned.add(node.id);
      for (const rel of record.rels) mentioned.add(rel.from).add(rel.to);
    }
    const unseen = [...mentioned].filter((id) => !known.has(id));
    for (const id of unseen) if (earlierFiles?.has(id)) known.set(id, earlierFiles.get(id)!);
    for (const [id, kind] of await nodeKindsOf(graph, unseen)) known.set(id, kind);
    checkKindConflicts(batch, known);
    for (const record of batch) {
      // An end the graph holds is settled now: a definition in the file could only agree with it
      // (one that does not is a kind conflict). Any other end waits for the whole file.
      let waits = false;
      if (!hasErrors(record.problems)) {
        for (const rel of record.rels) {
          for (const end of ends) {
            const kind = known.get(rel[end]);
            if (kind) checkReference(record, rel, end, kind, undefined);
            else waits = true;
          }
        }
      }
      if (hasErrors(record.problems)) settle(record, false);
      else if (waits) waiting.push(record);
      else settle(record, true);
    }
    batch = [];
  };

  for await (const record of records) {
    result.records++;
    checkDuplicates(record, index, rels);
    batch.push(record);
    if (batch.length >= lookupBatch) await checkBatch();
  }
  await checkBatch();

  // Rejecting a record can orphan references to its nodes, so repeat until nothing changes.
  for (let pending = waiting; ; ) {
    const still: ImportRecord[] = [];
    const failed: ImportRecord[] = [];
    for (const record of pending) {
      for (const rel of record.rels) {
        for (const end of ends) {
          const id = rel[end];
          if (known.has(id)) continue;
          const entry = nodes.get(id);
          const valid = entry !== undefined && entryValid(entry);
          checkReference(record, rel, end, valid ? entryKind(entry) : undefined, entry !== undefined && !valid ? entryLine(entry) : undefined);
        }
      }
      (hasErrors(record.problems) ? failed : still).push(record);
    }
    // Rejected only after the round, as the whole-file check does: a round sees one state of the file.
    for (const record of failed) settle(record, false);
    if (failed.length === 0) {
      for (const record of still) settle(record, true);
      break;
    }
    pending = still;
  }
  result.problems.push(...checkShareSums(holdings));
  result.accepted = result.records - result.rejected.length;
  return result;
}

/** Node kinds by id, kept as kind codes in a HashedIdMap. */
class KnownKinds {
  private readonly codes = new HashedIdMap();
  get = (id: string): NodeKind | undefined => mapEntry(this.codes.get(id), (code) => nodeKinds[code]!);
  has = (id: string): boolean => this.codes.get(id) !== undefined;
  set = (id: string, kind: NodeKind): void => this.codes.set(id, kindCodes.get(kind)!);
}

const mapEntry = <T>(entry: number | undefined, read: (entry: number) => T): T | undefined => (entry === undefined ? undefined : read(entry));
