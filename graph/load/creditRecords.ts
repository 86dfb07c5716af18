import { NodeKind, Rel, type CreditRecordNode } from '../model.ts';
import { mergeNodesWithLinks } from './listings.ts';
import { defaultBatchSize, type LoadReport, type Writer } from './write.ts';

/** A credit-file record plus its subject, the deciding agency if known and, for a repair, what it ends. */
export interface CreditRecordRow extends CreditRecordNode {
  subjectId: string;
  decidedById?: string | null;
  /** Credit repair: the Listing or penalty record it ends. */
  endsId?: string | null;
}

/** MERGEs credit-file records with their HAS_RECORD, DECIDED_BY and ENDS links, each batch in one transaction. */
export function mergeCreditRecords(writer: Writer, rows: readonly CreditRecordRow[], batchSize = defaultBatchSize): Promise<LoadReport> {
  return mergeNodesWithLinks(writer, NodeKind.CreditRecord, rows, batchSize, ({ subjectId, decidedById, endsId, ...record }) => record, [
    { type: Rel.HAS_RECORD, from: (row) => row.subjectId, to: (row) => row.id },
    { type: Rel.DECIDED_BY, from: (row) => row.id, to: (row) => row.decidedById },
    { type: Rel.ENDS, from: (row) => row.id, to: (row) => row.endsId },
  ]);
}
