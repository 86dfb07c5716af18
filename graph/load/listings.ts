import { NodeKind, Rel, type GradeNode, type ListingNode, type Provenance } from '../model.ts';
import { nodeLinkId } from './ids.ts';
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
  return mergeNodesWithLinks(
    writer,
    NodeKind.Listing,
    rows,
    batchSize,
    ({ subjectId, listId, decidedById, ...listing }) => listing,
    [
      { type: Rel.LISTED, from: (row) => row.subjectId, to: (row) => row.id },
      { type: Rel.ON_LIST, from: (row) => row.id, to: (row) => row.listId },
      { type: Rel.DECIDED_BY, from: (row) => row.id, to: (row) => row.decidedById },
    ],
  );
}

/**
 * MERGEs grades with their IN_SCHEME and GRADED links, each batch in one transaction. IN_SCHEME goes
 * first: the change hook reads a new GRADED link's previous grade in the same scheme (grade_change).
 */
export function mergeGrades(writer: Writer, rows: readonly GradeRow[], batchSize = defaultBatchSize): Promise<LoadReport> {
  return mergeNodesWithLinks(writer, NodeKind.Grade, rows, batchSize, ({ companyId, schemeId, ...grade }) => grade, [
    { type: Rel.IN_SCHEME, from: (row) => row.id, to: (row) => row.schemeId },
    { type: Rel.GRADED, from: (row) => row.companyId, to: (row) => row.id },
  ]);
}

export interface Link<R> {
  type: Rel;
  from: (row: R) => string | null | undefined;
  to: (row: R) => string | null | undefined;
}

/** Nodes and the links they own (keyed by the node, carrying its provenance); a link with a missing end id is left out. */
export function mergeNodesWithLinks<R extends Provenance & { id: string }>(
  writer: Writer,
  kind: NodeKind,
  rows: readonly R[],
  batchSize: number,
  node: (row: R) => object,
  links: Array<Link<R>>,
): Promise<LoadReport> {
  return inTransactionBatches(writer, rows, batchSize, async (tx, batch) => {
    const report = await mergeNodes(
      tx,
      kind,
      batch.map((row) => ({ id: row.id, props: node(row) as Props })),
    );
    for (const link of links) {
      const rels = batch.flatMap((row) => {
        const [from, to] = [link.from(row), link.to(row)];
        return from && to ? [{ id: nodeLinkId(link.type, row.id), from, to, props: provenanceProps(row) }] : [];
      });
      addReports(report, await mergeRelationships(tx, link.type, rels));
    }
    return report;
  });
}
