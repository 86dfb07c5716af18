import { NodeKind, Rel, type GradeNode, type ListingNode } from '../model.ts';
import { gradeLinkId, listingLinkId } from './ids.ts';
import { provenanceProps } from './roles.ts';
import {
  addReports,
  defaultBatchSize,
  inTransactionBatches,
  mergeNodes,
  mergeRelationships,
  type LoadReport,
  type Props,
  type Writer,
} from './write.ts';

/** A Listing node plus its subject (Company|Person), its CreditList and, if known, the deciding Agency. */
export interface ListingRow extends ListingNode {
  subjectId: string;
  listId: string;
  decidedById?: string | null;
}

/** A Grade node plus the graded company and its GradeScheme. */
export interface GradeRow extends GradeNode {
  companyId: string;
  schemeId: string;
}

/**
 * MERGEs listings with their LISTED, ON_LIST and DECIDED_BY links, each batch in one transaction so
 * no listing is ever visible without its subject and list.
 */
export function mergeListings(writer: Writer, rows: readonly ListingRow[], batchSize = defaultBatchSize): Promise<LoadReport> {
  return inTransactionBatches(writer, rows, batchSize, async (tx, batch) => {
    const report = await mergeNodes(
      tx,
      NodeKind.Listing,
      batch.map(({ subjectId, listId, decidedById, ...listing }) => ({ id: listing.id, props: listing as unknown as Props })),
    );
    const link = (row: ListingRow, type: 'LISTED' | 'ON_LIST' | 'DECIDED_BY', from: string, to: string) => ({
      id: listingLinkId(type, row.id),
      from,
      to,
      props: provenanceProps(row),
    });
    addReports(
      report,
      await mergeRelationships(
        tx,
        Rel.LISTED,
        batch.map((row) => link(row, 'LISTED', row.subjectId, row.id)),
      ),
    );
    addReports(
      report,
      await mergeRelationships(
        tx,
        Rel.ON_LIST,
        batch.map((row) => link(row, 'ON_LIST', row.id, row.listId)),
      ),
    );
    const decided = batch.filter((row) => row.decidedById);
    addReports(
      report,
      await mergeRelationships(
        tx,
        Rel.DECIDED_BY,
        decided.map((row) => link(row, 'DECIDED_BY', row.id, row.decidedById!)),
      ),
    );
    return report;
  });
}

/** MERGEs grades with their GRADED and IN_SCHEME links, each batch in one transaction. */
export function mergeGrades(writer: Writer, rows: readonly GradeRow[], batchSize = defaultBatchSize): Promise<LoadReport> {
  return inTransactionBatches(writer, rows, batchSize, async (tx, batch) => {
    const report = await mergeNodes(
      tx,
      NodeKind.Grade,
      batch.map(({ companyId, schemeId, ...grade }) => ({ id: grade.id, props: grade as unknown as Props })),
    );
    const link = (row: GradeRow, type: 'GRADED' | 'IN_SCHEME', from: string, to: string) => ({
      id: gradeLinkId(type, row.id),
      from,
      to,
      props: provenanceProps(row),
    });
    addReports(
      report,
      await mergeRelationships(
        tx,
        Rel.GRADED,
        batch.map((row) => link(row, 'GRADED', row.companyId, row.id)),
      ),
    );
    addReports(
      report,
      await mergeRelationships(
        tx,
        Rel.IN_SCHEME,
        batch.map((row) => link(row, 'IN_SCHEME', row.id, row.schemeId)),
      ),
    );
    return report;
  });
}
