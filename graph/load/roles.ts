import { Rel, type OfficerRole, type Provenance } from '../model.ts';
import { branchId, legalRepresentativeId, officerId, shareholdingId } from './ids.ts';
import { defaultBatchSize, mergeRelationships, type LoadReport, type Props, type Writer } from './write.ts';

/** (owner: Company|Person|Agency)-[:SHAREHOLDER_OF]->(company). `fraction` is 0–1 of the registered capital. */
export interface ShareholdingRow extends Provenance {
  ownerId: string;
  companyId: string;
  fraction?: number | null;
  subscribedCapital?: number | null;
  from?: string | null;
  until?: string | null;
}

export interface LegalRepresentativeRow extends Provenance {
  personId: string;
  companyId: string;
  from?: string | null;
  until?: string | null;
}

export interface OfficerRow extends Provenance {
  personId: string;
  companyId: string;
  role: OfficerRole;
  from?: string | null;
  until?: string | null;
}

/** (branch 分公司)-[:BRANCH_OF]->(head office). */
export interface BranchRow extends Provenance {
  branchId: string;
  headOfficeId: string;
  from?: string | null;
  until?: string | null;
}

const provenance = (row: Provenance): Props => ({
  source: row.source,
  sourceUrl: row.sourceUrl ?? null,
  recordedAt: row.recordedAt,
});

type Period = { from?: string | null; until?: string | null } & Provenance;

/** A role relationship: its id and ends from the row, its own properties, plus period and provenance. */
function mergeRole<R extends Period>(
  writer: Writer,
  type: Rel,
  rows: readonly R[],
  batchSize: number,
  shape: (row: R) => { id: string; from: string; to: string; props?: Props },
): Promise<LoadReport> {
  return mergeRelationships(
    writer,
    type,
    rows.map((row) => {
      const { id, from, to, props } = shape(row);
      // period(row) and provenance(row) spelled out: one object per row, not three (millions of rows in a bulk build).
      return {
        id,
        from,
        to,
        props: { ...props, from: row.from ?? null, until: row.until ?? null, source: row.source, sourceUrl: row.sourceUrl ?? null, recordedAt: row.recordedAt },
      };
    }),
    batchSize,
  );
}

export const mergeShareholdings = (writer: Writer, rows: readonly ShareholdingRow[], batchSize = defaultBatchSize) =>
  mergeRole(writer, Rel.SHAREHOLDER_OF, rows, batchSize, (row) => ({
    id: shareholdingId(row.ownerId, row.companyId, row.from),
    from: row.ownerId,
    to: row.companyId,
    props: { fraction: row.fraction ?? null, subscribedCapital: row.subscribedCapital ?? null },
  }));

export const mergeLegalRepresentatives = (
  writer: Writer,
  rows: readonly LegalRepresentativeRow[],
  batchSize = defaultBatchSize,
) =>
  mergeRole(writer, Rel.LEGAL_REPRESENTATIVE_OF, rows, batchSize, (row) => ({
    id: legalRepresentativeId(row.personId, row.companyId, row.from),
    from: row.personId,
    to: row.companyId,
  }));

export const mergeOfficers = (writer: Writer, rows: readonly OfficerRow[], batchSize = defaultBatchSize) =>
  mergeRole(writer, Rel.OFFICER_OF, rows, batchSize, (row) => ({
    id: officerId(row.personId, row.companyId, row.role, row.from),
    from: row.personId,
    to: row.companyId,
    props: { role: row.role },
  }));

export const mergeBranches = (writer: Writer, rows: readonly BranchRow[], batchSize = defaultBatchSize) =>
  mergeRole(writer, Rel.BRANCH_OF, rows, batchSize, (row) => ({
    id: branchId(row.branchId, row.headOfficeId),
    from: row.branchId,
    to: row.headOfficeId,
  }));

export { provenance as provenanceProps };
