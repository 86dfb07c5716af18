import type { Graph } from '../../graph/driver.ts';
import { nodeKindsOf } from '../../graph/load/importLookup.ts';
import { nodeKinds, type NodeKind } from '../../graph/model.ts';
import type { ImportRecord, RelFact } from './facts.ts';
import { hasErrors, type Problem } from './problems.ts';
import { HashedIdMap } from './idIndex.ts';
import { LineSet } from './lineSet.ts';
import { checkDuplicates, checkKindConflicts, checkReference, checkShareSums, ends, holdingOf, type Holding, type IdIndex, type KnownKinds as KnownKindsOf } from './validate.ts';

/**
 * The whole-file checks of validate.ts over a file read as a stream of records, in memory that grows
 * with the number of ids, not with the file. `checkRecords` works in rounds: round 0 rejects records
 * with errors of their own (mapping, duplicates, kind conflicts), round 1 checks every reference
 * against the records still valid, and each further round rejects what referred to a record the
 * round before rejected. Here round 0 is the stream itself (an index keeps each id's first line,
 * kind and whether its record is valid); a record whose references all resolve to what the graph or
 * the index already settled gets its round 1 at once, one referring ahead waits for a second read of
 * the file (only its line is kept), and a further round is another read, needed only when a
 * rejected record defined something others refer to. The outcome equals `checkRecords` on the whole
 * file: the same problems on the same lines, the same records rejected.
 */

export interface StreamCheck {
  records: number;
  accepted: number;
  /** Every problem of the records, in no particular order (the caller sorts). */
  problems: Problem[];
  /** Lines of rejected records: the write pass leaves them out. */
  rejectedLines: LineSet;
  rejected: ImportRecord[];
  /** Node kinds of the accepted records (the write pass reads the file once per referenced kind). */
  kinds: Set<string>;
}

/** A fresh read of the file's records, the same each time. */
export type RecordPass = () => AsyncIterable<ImportRecord>;

// An index entry packs the id's first line, its kind and whether that record is valid into one
// number, so an id costs one HashedIdMap slot.
const kindCodes = new Map<string, number>(nodeKinds.map((kind, index) => [kind, index]));
const pack = (line: number, kind: string, valid: boolean) => (line * nodeKinds.length + kindCodes.get(kind)!) * 2 + (valid ? 1 : 0);
const entryLine = (entry: number) => Math.floor(Math.floor(entry / 2) / nodeKinds.length);
const entryKind = (entry: number): NodeKind => nodeKinds[Math.floor(entry / 2) % nodeKinds.length]!;
const entryValid = (entry: number) => entry % 2 === 1;

/** Records checked against the graph together (one lookup of their ids). */
const lookupBatch = 5_000;

export async function checkStream(graph: Graph, pass: RecordPass, earlierFiles?: KnownKindsOf): Promise<StreamCheck> {
  const ids = new FileIds();
  const rels = new HashedIdMap();
  /** Kinds of the ids the file mentions that the graph (or an earlier file of the run) holds. */
  const known = new KnownKinds();
  const holdings: Holding[] = [];
  /** Lines of records whose references wait for the file's end (they refer ahead). */
  const ahead = new LineSet();
  /** Records rejected by the current round, applied to the index when it ends (a round sees one state). */
  let failed: ImportRecord[] = [];
  const result: StreamCheck = { records: 0, accepted: 0, problems: [], rejectedLines: new LineSet(), rejected: [], kinds: new Set() };

  const reject = (record: ImportRecord) => {
    result.rejectedLines.add(record.line);
    result.rejected.push(record);
  };
  const accept = (record: ImportRecord) => {
    for (const rel of record.rels) {
      const holding = holdingOf(rel, record.line);
      if (holding) holdings.push(holding);
    }
    for (const node of record.nodes) result.kinds.add(node.kind);
  };
  /** Round 1 or later for one record; true when it failed. */
  const checkReferences = (record: ImportRecord): boolean => {
    for (const rel of record.rels) for (const end of ends) checkEnd(record, rel, end, known, ids);
    return hasErrors(record.problems);
  };

  // Round 0, and round 1 for every record whose references are settled already.
  let batch: ImportRecord[] = [];
  const checkBatch = async () => {
    await known.lookUp(graph, batch, earlierFiles);
    checkKindConflicts(batch, known);
    for (const record of batch) ids.settle(record, !hasErrors(record.problems));
    for (const record of batch) {
      if (hasErrors(record.problems)) reject(record);
      else if (record.rels.some((rel) => ends.some((end) => !known.has(rel[end]) && !ids.settled(rel[end])))) {
        ahead.add(record.line);
        continue;
      } else if (checkReferences(record)) failed.push(record);
      else accept(record);
      result.problems.push(...record.problems);
    }
    batch = [];
  };
  for await (const record of pass()) {
    result.records++;
    checkDuplicates(record, ids, rels);
    batch.push(record);
    if (batch.length >= lookupBatch) await checkBatch();
  }
  await checkBatch();

  if (ahead.size > 0) {
    let waiting: ImportRecord[] = [];
    const checkWaiting = async () => {
      await known.lookUp(graph, waiting, earlierFiles);
      for (const record of waiting) {
        if (checkReferences(record)) failed.push(record);
        else accept(record);
        result.problems.push(...record.problems);
      }
      waiting = [];
    };
    for await (const record of pass()) {
      if (!ahead.has(record.line)) continue;
      waiting.push(record);
      if (waiting.length >= lookupBatch) await checkWaiting();
    }
    await checkWaiting();
  }

  // Further rounds: a read of the file each, while a rejected record defined something.
  while (failed.map((record) => ids.reject(record)).includes(true)) {
    for (const record of failed) reject(record);
    failed = [];
    for await (const record of pass()) {
      if (result.rejectedLines.has(record.line) || record.rels.length === 0) continue;
      const before = record.problems.length;
      if (!checkReferences(record)) continue;
      result.problems.push(...record.problems.slice(before));
      failed.push(record);
    }
  }
  for (const record of failed) reject(record);

  result.problems.push(...checkShareSums(holdings.filter((holding) => !result.rejectedLines.has(holding.line))));
  result.accepted = result.records - result.rejected.length;
  return result;
}

/**
 * One end of a relationship against the graph and the index: the graph's kind, else the kind of the
 * valid record defining it, else the line of the rejected one, else unknown (`checkRecords` alike).
 * In a later round only the newly rejected ends can fail; the others pass again without a word.
 */
function checkEnd(record: ImportRecord, rel: RelFact, end: 'from' | 'to', known: KnownKinds, ids: FileIds): void {
  const id = rel[end];
  const graphKind = known.get(id);
  if (graphKind) return checkReference(record, rel, end, graphKind, undefined);
  const entry = ids.entry(id);
  const valid = entry !== undefined && entryValid(entry);
  checkReference(record, rel, end, valid ? entryKind(entry) : undefined, entry !== undefined && !valid ? entryLine(entry) : undefined);
}

/**
 * The ids the file defines: its own nodes (the first definition wins, a second is a duplicate) and
 * nodes several records share (a sanction list: valid while one valid record defines it, so each
 * keeps a count of those).
 */
class FileIds implements IdIndex {
  private readonly nodes = new HashedIdMap();
  private readonly shared = new HashedIdMap();
  private readonly sharedValid = new HashedIdMap();

  lineOf = (id: string): number | undefined => mapEntry(this.nodes.get(id), entryLine);
  define = (id: string, line: number, kind: NodeKind): void => this.nodes.set(id, pack(line, kind, true));

  entry(id: string): number | undefined {
    const own = this.nodes.get(id);
    if (own !== undefined) return own;
    const shared = this.shared.get(id);
    return shared === undefined ? undefined : pack(entryLine(shared), entryKind(shared), (this.sharedValid.get(id) ?? 0) > 0);
  }

  /**
   * Whether round 1 can check a reference to the id now: an own node's record is settled once read
   * (a later definition is a duplicate), a shared node once a valid record defined it.
   */
  settled = (id: string): boolean => this.nodes.get(id) !== undefined || (this.sharedValid.get(id) ?? 0) > 0;

  /** Round 0's verdict on a record just read. */
  settle(record: ImportRecord, valid: boolean): void {
    for (const node of record.nodes) {
      if (node.shared) {
        if (this.shared.get(node.id) === undefined) this.shared.set(node.id, pack(record.line, node.kind, false));
        if (valid) this.sharedValid.set(node.id, (this.sharedValid.get(node.id) ?? 0) + 1);
      } else if (!valid && this.lineOf(node.id) === record.line) this.nodes.set(node.id, pack(record.line, node.kind, false));
    }
  }

  /** A record rejected by a round after round 0; true when an id it defined is no longer valid. */
  reject(record: ImportRecord): boolean {
    let changed = false;
    for (const node of record.nodes) {
      if (node.shared) {
        const count = this.sharedValid.get(node.id)! - 1;
        this.sharedValid.set(node.id, count);
        changed ||= count === 0;
      } else if (this.lineOf(node.id) === record.line) {
        this.nodes.set(node.id, pack(record.line, node.kind, false));
        changed = true;
      }
    }
    return changed;
  }
}

/** Node kinds by id, kept as kind codes in a HashedIdMap. */
class KnownKinds {
  private readonly codes = new HashedIdMap();
  get = (id: string): NodeKind | undefined => mapEntry(this.codes.get(id), (code) => nodeKinds[code]!);
  has = (id: string): boolean => this.codes.get(id) !== undefined;
  set = (id: string, kind: NodeKind): void => this.codes.set(id, kindCodes.get(kind)!);

  /** Looks up the ids the records mention that are not known yet: in earlier files of the run, then in the graph. */
  async lookUp(graph: Graph, records: ImportRecord[], earlierFiles: KnownKindsOf | undefined): Promise<void> {
    const mentioned = new Set<string>();
    for (const record of records) {
      for (const node of record.nodes) mentioned.add(node.id);
      for (const rel of record.rels) mentioned.add(rel.from).add(rel.to);
    }
    const unseen = [...mentioned].filter((id) => !this.has(id));
    for (const id of unseen) if (earlierFiles?.has(id)) this.set(id, earlierFiles.get(id)!);
    for (const [id, kind] of await nodeKindsOf(graph, unseen)) this.set(id, kind);
  }
}

const mapEntry = <T>(entry: number | undefined, read: (entry: number) => T): T | undefined => (entry === undefined ? undefined : read(entry));
