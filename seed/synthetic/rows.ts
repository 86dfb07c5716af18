import type {
  AgencyRow,
  BranchRow,
  CompanyRow,
  CreditRecordRow,
  GradeRow,
  LegalRepresentativeRow,
  ListingRow,
  OfficerRow,
  PersonRow,
  ReferenceLinkRow,
  ShareholdingRow,
} from '../../graph/load/index.ts';

/** One batch of generated graph facts, in graph/load row types (written in this order: nodes, then links). */
export interface CorpusRows {
  agencies: AgencyRow[];
  /** PART_OF links of the synthetic local agencies. */
  agencyLinks: ReferenceLinkRow[];
  companies: CompanyRow[];
  persons: PersonRow[];
  shareholdings: ShareholdingRow[];
  legalRepresentatives: LegalRepresentativeRow[];
  officers: OfficerRow[];
  branches: BranchRow[];
  listings: ListingRow[];
  grades: GradeRow[];
  /** Credit-file records (seed/synthetic/creditFile.ts). */
  creditRecords: CreditRecordRow[];
}

export const emptyRows = (): CorpusRows => ({
  agencies: [],
  agencyLinks: [],
  companies: [],
  persons: [],
  shareholdings: [],
  legalRepresentatives: [],
  officers: [],
  branches: [],
  listings: [],
  grades: [],
  creditRecords: [],
});

/** Number of rows of every kind. */
export const rowCount = (rows: CorpusRows): number => Object.values(rows).reduce((n, list: unknown[]) => n + list.length, 0);

/** Fixed "today" of the synthetic corpus: listing statuses are as of this date, so output never depends on the clock. */
export const corpusAsOf = '2026-06-30';
/** `recordedAt` of every synthetic fact (fixed, so a re-load is unchanged and output byte-identical). */
export const corpusRecordedAt = `${corpusAsOf}T00:00:00.000Z`;
