import {
  NodeKind,
  type BearerRole,
  type Confidence,
  type DocumentType,
  type LegalBasisLevel,
  type ListKind,
  type Provenance,
  type Rel,
} from '../model.ts';
import { linkId } from './ids.ts';
import { nodeRow } from './subjects.ts';
import {
  addReports,
  defaultBatchSize,
  mergeNodes,
  mergeRelationships,
  type LoadReport,
  type Props,
  type Writer,
} from './write.ts';

/**
 * Rows of the reference graph (agencies, platforms, lists, documents, measures, grade schemes) and
 * their links. Produced from seed/reference/data/*.json; `source`/`sourceUrl` are the first of
 * `sourceTitles`/`sourceUrls`, and `confidence` is the fact base's own.
 */
export interface ReferenceProvenance extends Provenance {
  confidence: Confidence;
  sourceTitles: string[];
  sourceUrls: string[];
  notes?: string | null;
}

export interface AgencyRow extends ReferenceProvenance {
  id: string;
  nameZh: string;
  nameEn: string;
  abbreviation?: string | null;
  level: 'national' | 'provincial' | 'municipal';
  /** Jurisdiction of a local agency (e.g. 'Guangdong'); null for national ones. */
  region?: string | null;
  /** GB/T 2260 code of the region, for synthetic local agencies. */
  divisionCode?: string | null;
  role?: string | null;
  /** government_agency, party_organ, peoples_organisation, soe, court, procuratorate or other. */
  kind?: string | null;
  synthetic?: boolean;
}

export interface PlatformRow extends ReferenceProvenance {
  id: string;
  nameZh: string;
  nameEn: string;
  url?: string | null;
  role?: string | null;
  launched?: string | null;
  /** The operator when it is not one agency (e.g. 'local DRCs / credit centres'). */
  operatorText?: string | null;
}

export interface CreditListRow extends ReferenceProvenance {
  id: string;
  nameZh: string;
  nameEn: string;
  kind: ListKind;
  subjectTypes: string[];
  entryCriteria: string;
  /** Normal term and early-removal rule, in the fact base's words. */
  termAndRemoval: string;
  /** Persons attached to a listed company that the list's rules name (fact base wording). */
  affectedPersons: string[];
  /** The grade scheme whose bottom level this list mirrors (e.g. environmental credit red cards). */
  relatedGradeScheme: string | null;
}

export interface PolicyDocumentRow extends ReferenceProvenance {
  id: string;
  nameZh: string;
  nameEn: string;
  /** 文号 without the fact base's remarks (those are in docNumberNote); null when there is none. */
  docNumber: string | null;
  docNumberNote: string | null;
  docNumberVerified: boolean;
  type: DocumentType;
  /** The fact base's finer type (guiding_opinion, planning_outline, notice, mou, standard…). */
  typeDetail: string;
  summary: string;
  /** The date as the fact base states it (free text). */
  dateText: string;
  /** Issue date, start of the period when only a year or month is known (see issuedPrecision). */
  issued: string | null;
  issuedPrecision: 'day' | 'month' | 'year' | null;
  /** Stated entry-into-force date, when the text gives one. In force from coalesce(effective, issued). */
  effective: string | null;
  /** Date it stopped applying (derived from the superseding document where the fact base implies it). */
  repealed: string | null;
  repealedNote: string | null;
  signatoryCount: number | null;
  /** Signatories as named in the source, including bodies the fact base has no agency for. */
  signatoriesZh: string[];
  /** Basic list only: what each legal-basis category means. */
  measureBasisCategories: string[];
}

export interface MeasureRow extends ReferenceProvenance {
  id: string;
  nameZh: string;
  nameEn: string;
  polarity: 'punishment' | 'incentive';
  /** Who bears the measure (bearer roles). */
  appliesTo: BearerRole[];
  legalBasisLevel: LegalBasisLevel;
  /** Grouping assigned by scs-graph (not in the fact base): consumption_and_travel, finance, … */
  category: string;
  description: string;
}

export interface GradeSchemeRow extends ReferenceProvenance {
  id: string;
  nameZh: string;
  nameEn: string;
  /** Level codes in order (A, B, M, C, D…), with their Chinese names and meanings at the same index. */
  levels: string[];
  levelNamesZh: string[];
  levelMeanings: string[];
}

/** A link of the reference graph: any model.ts relationship type between two reference ids. */
export interface ReferenceLinkRow {
  type: Rel;
  fromId: string;
  toId: string;
  /** Tells apart several links of one type between the same two nodes (a document's rules per list). */
  key?: string;
  props: Props & { source: string; recordedAt: string; confidence: Confidence };
}

export const mergeAgencies = (writer: Writer, rows: readonly AgencyRow[]) =>
  mergeNodes(writer, NodeKind.Agency, rows.map(nodeRow));
export const mergePlatforms = (writer: Writer, rows: readonly PlatformRow[]) =>
  mergeNodes(writer, NodeKind.Platform, rows.map(nodeRow));
export const mergeCreditLists = (writer: Writer, rows: readonly CreditListRow[]) =>
  mergeNodes(writer, NodeKind.CreditList, rows.map(nodeRow));
export const mergePolicyDocuments = (writer: Writer, rows: readonly PolicyDocumentRow[]) =>
  mergeNodes(writer, NodeKind.PolicyDocument, rows.map(nodeRow));
export const mergeMeasures = (writer: Writer, rows: readonly MeasureRow[]) =>
  mergeNodes(writer, NodeKind.Measure, rows.map(nodeRow));
export const mergeGradeSchemes = (writer: Writer, rows: readonly GradeSchemeRow[]) =>
  mergeNodes(writer, NodeKind.GradeScheme, rows.map(nodeRow));

/** MERGEs reference links, one statement per relationship type; ids are `<type>:<from>:<to>`. */
export async function mergeReferenceLinks(
  writer: Writer,
  rows: readonly ReferenceLinkRow[],
  batchSize = defaultBatchSize,
): Promise<LoadReport> {
  const byType = new Map<Rel, ReferenceLinkRow[]>();
  for (const row of rows) byType.set(row.type, [...(byType.get(row.type) ?? []), row]);
  const report: LoadReport = {};
  for (const [type, typed] of byType) {
    const relRows = typed.map((row) => ({
      id: row.key ? `${linkId(type, row.fromId, row.toId)}:${row.key}` : linkId(type, row.fromId, row.toId),
      from: row.fromId,
      to: row.toId,
      props: row.props,
    }));
    addReports(report, await mergeRelationships(writer, type, relRows, batchSize));
  }
  return report;
}
