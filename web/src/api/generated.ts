/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type BasisProblem =
  /** Only rules, policy documents, the basic list or memoranda. */
  | 'below_law_or_regulation'
  /** No document at all. */
  | 'no_document'
  /** No document in force at the date (that speaks for the list). */
  | 'none_in_force';

/** Who bears a measure. */
export type BearerRole =
  | 'actual_controller'
  | 'controlling_shareholder'
  | 'directly_responsible_person'
  | 'director'
  | 'entity'
  | 'finance_officer'
  | 'individual'
  | 'legal_representative'
  | 'principal_responsible_person'
  | 'senior_manager'
  | 'supervisor';

export type ChangeKind =
  | 'abnormal_entry'
  | 'abnormal_removal'
  | 'controller_change'
  | 'document_effective'
  | 'exposure_change'
  | 'grade_change'
  | 'legal_representative_change'
  | 'licence_expiring'
  | 'listing_added'
  | 'listing_ended'
  | 'listing_expired'
  | 'listing_repaired'
  | 'measure_applying'
  | 'officer_change'
  | 'penalty'
  | 'shareholder_change';

export type Confidence =
  | 'high'
  | 'low'
  | 'medium';

/** How the actual controller was chosen. */
export type ControllerRule =
  /** Where no majority holder exists, the ultimate holder with the largest integrated share (a suspected controller). */
  | 'largest_holder'
  /** A chain of majority holders (> 50 % direct at each level) up to a party nobody holds. */
  | 'majority';

export type CreditSection =
  | 'abnormal_operations'
  | 'annual_report'
  | 'commitment'
  | 'grade'
  | 'honour'
  | 'inspection'
  | 'licence'
  | 'penalty'
  | 'repair';

export type DocumentType =
  | 'administrative_regulation'
  | 'basic_list'
  | 'departmental_rule'
  | 'draft'
  | 'judicial_interpretation'
  | 'law'
  | 'local_rule'
  | 'memorandum'
  | 'policy'
  | 'standard';

/** The highest legal basis found for a measure. */
export type LegalBasisLevel =
  | 'administrative_regulation'
  | 'departmental_rule'
  | 'duty_based'
  | 'judicial_interpretation'
  | 'law'
  | 'market_based'
  | 'mou_only'
  | 'party_state_council_policy';

/** UP: towards shareholders, legal representatives, officers, head office; DOWN: the reverse; BOTH: either way at every step. */
export type LinkDirection =
  | 'BOTH'
  | 'DOWN'
  | 'UP';

export type ListKind =
  | 'abnormal_operations'
  | 'blacklist'
  | 'redlist'
  | 'watchlist';

export type ListMemberSort =
  | 'agency'
  | 'from'
  | 'name'
  | 'status'
  | 'until';

/** A listing's status at the table's asOf: in force, ended (expired, repaired, removed) or not yet begun. */
export type ListMemberStatus =
  | 'active'
  | 'expired'
  | 'removed'
  | 'repaired'
  | 'upcoming';

export type ListingStatus =
  | 'active'
  | 'expired'
  | 'removed'
  | 'repaired';

/** Kinds of nodes in the graph (graph/model.ts). */
export type NodeKind =
  | 'Agency'
  | 'Company'
  | 'CreditList'
  | 'CreditRecord'
  | 'Grade'
  | 'GradeScheme'
  | 'Listing'
  | 'Measure'
  | 'Person'
  | 'Platform'
  | 'PolicyDocument';

export type ScreenStatus =
  | 'ambiguous'
  | 'found'
  | 'invalid'
  | 'not_found';

export type ProvenanceFieldsFragment = { source: string | null, sourceUrl: string | null, recordedAt: string | null, confidence: Confidence | null, sourceTitles: Array<string>, sourceUrls: Array<string>, textsZhOrigin: string | null };

type NodeRef_Agency_Fragment = { id: string, kind: NodeKind, label: string, labelEn: string | null };

type NodeRef_Company_Fragment = { id: string, kind: NodeKind, label: string, labelEn: string | null };

type NodeRef_CreditList_Fragment = { id: string, kind: NodeKind, label: string, labelEn: string | null };

type NodeRef_CreditRecord_Fragment = { id: string, kind: NodeKind, label: string, labelEn: string | null };

type NodeRef_Grade_Fragment = { id: string, kind: NodeKind, label: string, labelEn: string | null };

type NodeRef_GradeScheme_Fragment = { id: string, kind: NodeKind, label: string, labelEn: string | null };

type NodeRef_Listing_Fragment = { id: string, kind: NodeKind, label: string, labelEn: string | null };

type NodeRef_Measure_Fragment = { id: string, kind: NodeKind, label: string, labelEn: string | null };

type NodeRef_Person_Fragment = { id: string, kind: NodeKind, label: string, labelEn: string | null };

type NodeRef_Platform_Fragment = { id: string, kind: NodeKind, label: string, labelEn: string | null };

type NodeRef_PolicyDocument_Fragment = { id: string, kind: NodeKind, label: string, labelEn: string | null };

export type NodeRefFragment =
  | NodeRef_Agency_Fragment
  | NodeRef_Company_Fragment
  | NodeRef_CreditList_Fragment
  | NodeRef_CreditRecord_Fragment
  | NodeRef_Grade_Fragment
  | NodeRef_GradeScheme_Fragment
  | NodeRef_Listing_Fragment
  | NodeRef_Measure_Fragment
  | NodeRef_Person_Fragment
  | NodeRef_Platform_Fragment
  | NodeRef_PolicyDocument_Fragment
;

type PartyRef_Agency_Fragment = { __typename: 'Agency', nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null };

type PartyRef_Company_Fragment = { __typename: 'Company', id: string, kind: NodeKind, label: string, labelEn: string | null, nameEn: string | null };

type PartyRef_Person_Fragment = { __typename: 'Person', id: string, kind: NodeKind, label: string, labelEn: string | null, nameEn: string | null };

export type PartyRefFragment =
  | PartyRef_Agency_Fragment
  | PartyRef_Company_Fragment
  | PartyRef_Person_Fragment
;

export type ShareholdingFieldsFragment = { fraction: number | null, fractionMin: number | null, fractionMax: number | null, subscribedCapital: number | null, from: string | null, until: string | null, provenance: { source: string | null, sourceUrl: string | null, recordedAt: string | null, confidence: Confidence | null, sourceTitles: Array<string>, sourceUrls: Array<string>, textsZhOrigin: string | null } };

export type ListingFieldsFragment = { id: string, label: string, from: string, until: string | null, status: ListingStatus, endedOn: string | null, reason: string | null, caseNumber: string | null, active: boolean, list: { nameEn: string | null, listKind: ListKind | null, id: string, kind: NodeKind, label: string, labelEn: string | null } | null, decidedBy: { nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null } | null, provenance: { source: string | null, sourceUrl: string | null, recordedAt: string | null, confidence: Confidence | null, sourceTitles: Array<string>, sourceUrls: Array<string>, textsZhOrigin: string | null } };

export type NodeProfileQueryVariables = Exact<{
  id: string;
  asOf?: string | null | undefined;
}>;


export type NodeProfileQuery = { node:
    | { __typename: 'Agency', nameZh: string | null, nameEn: string | null, abbreviation: string | null, level: string | null, region: string | null, regionZh: string | null, role: string | null, roleZh: string | null, notes: string | null, notesZh: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null, parent: { id: string, kind: NodeKind, label: string, labelEn: string | null } | null, children: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null }>, listsMaintained: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null }>, documentsSigned: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null }>, measuresImplemented: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null }>, provenance: { source: string | null, sourceUrl: string | null, recordedAt: string | null, confidence: Confidence | null, sourceTitles: Array<string>, sourceUrls: Array<string>, textsZhOrigin: string | null } }
    | { __typename: 'Company', uscc: string | null, nameZh: string | null, nameEn: string | null, labelEn: string | null, jurisdiction: string | null, formerNames: Array<string>, legalForm: string | null, registeredCapital: number | null, established: string | null, divisionCode: string | null, industryCode: string | null, address: string | null, isBranch: boolean, stateOwned: boolean, synthetic: boolean, activeListKinds: Array<ListKind>, id: string, kind: NodeKind, label: string, companyStatus: string | null, divisionZh: string | null, divisionEn: string | null, industryZh: string | null, industryEn: string | null, legalRepresentative: { from: string | null, person: { id: string, kind: NodeKind, label: string, labelEn: string | null }, provenance: { source: string | null, sourceUrl: string | null, recordedAt: string | null, confidence: Confidence | null, sourceTitles: Array<string>, sourceUrls: Array<string>, textsZhOrigin: string | null } } | null, officers: { nodes: Array<{ role: string | null, from: string | null, person: { id: string, kind: NodeKind, label: string, labelEn: string | null }, provenance: { source: string | null, sourceUrl: string | null, recordedAt: string | null, confidence: Confidence | null, sourceTitles: Array<string>, sourceUrls: Array<string>, textsZhOrigin: string | null } }> }, shareholders: { nodes: Array<{ fraction: number | null, fractionMin: number | null, fractionMax: number | null, subscribedCapital: number | null, from: string | null, until: string | null, shareholder:
            | { __typename: 'Agency', nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null }
            | { __typename: 'Company', id: string, kind: NodeKind, label: string, labelEn: string | null, nameEn: string | null }
            | { __typename: 'Person', id: string, kind: NodeKind, label: string, labelEn: string | null, nameEn: string | null }
          , provenance: { source: string | null, sourceUrl: string | null, recordedAt: string | null, confidence: Confidence | null, sourceTitles: Array<string>, sourceUrls: Array<string>, textsZhOrigin: string | null } }> }, holdings: { nodes: Array<{ fraction: number | null, fractionMin: number | null, fractionMax: number | null, subscribedCapital: number | null, from: string | null, until: string | null, company: { id: string, kind: NodeKind, label: string, labelEn: string | null }, provenance: { source: string | null, sourceUrl: string | null, recordedAt: string | null, confidence: Confidence | null, sourceTitles: Array<string>, sourceUrls: Array<string>, textsZhOrigin: string | null } }> }, branches: { nodes: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null }> }, headOffice: { id: string, kind: NodeKind, label: string, labelEn: string | null } | null, listings: { nodes: Array<{ id: string, label: string, from: string, until: string | null, status: ListingStatus, endedOn: string | null, reason: string | null, caseNumber: string | null, active: boolean, list: { nameEn: string | null, listKind: ListKind | null, id: string, kind: NodeKind, label: string, labelEn: string | null } | null, decidedBy: { nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null } | null, provenance: { source: string | null, sourceUrl: string | null, recordedAt: string | null, confidence: Confidence | null, sourceTitles: Array<string>, sourceUrls: Array<string>, textsZhOrigin: string | null } }> }, grades: Array<{ id: string, grade: string, year: number, scheme: { id: string, kind: NodeKind, label: string, labelEn: string | null } | null, provenance: { source: string | null, sourceUrl: string | null, recordedAt: string | null, confidence: Confidence | null, sourceTitles: Array<string>, sourceUrls: Array<string>, textsZhOrigin: string | null } }>, provenance: { source: string | null, sourceUrl: string | null, recordedAt: string | null, confidence: Confidence | null, sourceTitles: Array<string>, sourceUrls: Array<string>, textsZhOrigin: string | null } }
    | { __typename: 'CreditList', nameZh: string | null, nameEn: string | null, listKind: ListKind | null, subjectTypes: Array<string>, entryCriteria: string | null, entryCriteriaZh: string | null, termAndRemoval: string | null, termAndRemovalZh: string | null, affectedPersons: Array<string>, notes: string | null, notesZh: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null, maintainedBy: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null }>, establishedBy: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null }>, legalBasis: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null }>, triggeredDocuments: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null }>, triggeredMeasures: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null }>, provenance: { source: string | null, sourceUrl: string | null, recordedAt: string | null, confidence: Confidence | null, sourceTitles: Array<string>, sourceUrls: Array<string>, textsZhOrigin: string | null } }
    | { __typename: 'CreditRecord', id: string, kind: NodeKind, label: string, labelEn: string | null, provenance: { source: string | null, sourceUrl: string | null, recordedAt: string | null, confidence: Confidence | null, sourceTitles: Array<string>, sourceUrls: Array<string>, textsZhOrigin: string | null } }
    | { __typename: 'Grade', grade: string, year: number, id: string, kind: NodeKind, label: string, labelEn: string | null, company: { id: string, kind: NodeKind, label: string, labelEn: string | null } | null, scheme: { id: string, kind: NodeKind, label: string, labelEn: string | null } | null, provenance: { source: string | null, sourceUrl: string | null, recordedAt: string | null, confidence: Confidence | null, sourceTitles: Array<string>, sourceUrls: Array<string>, textsZhOrigin: string | null } }
    | { __typename: 'GradeScheme', nameZh: string | null, nameEn: string | null, notes: string | null, notesZh: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null, provenance: { source: string | null, sourceUrl: string | null, recordedAt: string | null, confidence: Confidence | null, sourceTitles: Array<string>, sourceUrls: Array<string>, textsZhOrigin: string | null } }
    | { __typename: 'Listing', id: string, label: string, from: string, until: string | null, status: ListingStatus, endedOn: string | null, reason: string | null, caseNumber: string | null, active: boolean, kind: NodeKind, labelEn: string | null, subject:
        | { __typename: 'Company', id: string, kind: NodeKind, label: string, labelEn: string | null }
        | { __typename: 'Person', id: string, kind: NodeKind, label: string, labelEn: string | null }
       | null, provenance: { source: string | null, sourceUrl: string | null, recordedAt: string | null, confidence: Confidence | null, sourceTitles: Array<string>, sourceUrls: Array<string>, textsZhOrigin: string | null }, list: { nameEn: string | null, listKind: ListKind | null, id: string, kind: NodeKind, label: string, labelEn: string | null } | null, decidedBy: { nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null } | null }
    | { __typename: 'Measure', nameZh: string | null, nameEn: string | null, polarity: string | null, bearerRoles: Array<BearerRole>, legalBasisLevel: LegalBasisLevel | null, category: string | null, description: string | null, descriptionZh: string | null, notes: string | null, notesZh: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null, implementingAgencies: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null }>, definedIn: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null }>, triggeredBy: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null }>, provenance: { source: string | null, sourceUrl: string | null, recordedAt: string | null, confidence: Confidence | null, sourceTitles: Array<string>, sourceUrls: Array<string>, textsZhOrigin: string | null } }
    | { __typename: 'Person', nameZh: string | null, nameEn: string | null, namePinyin: string | null, labelEn: string | null, synthetic: boolean, activeListKinds: Array<ListKind>, id: string, kind: NodeKind, label: string, roles: { nodes: Array<{ role: string, fraction: number | null, from: string | null, company: { id: string, kind: NodeKind, label: string, labelEn: string | null }, provenance: { source: string | null, sourceUrl: string | null, recordedAt: string | null, confidence: Confidence | null, sourceTitles: Array<string>, sourceUrls: Array<string>, textsZhOrigin: string | null } }> }, listings: { nodes: Array<{ id: string, label: string, from: string, until: string | null, status: ListingStatus, endedOn: string | null, reason: string | null, caseNumber: string | null, active: boolean, list: { nameEn: string | null, listKind: ListKind | null, id: string, kind: NodeKind, label: string, labelEn: string | null } | null, decidedBy: { nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null } | null, provenance: { source: string | null, sourceUrl: string | null, recordedAt: string | null, confidence: Confidence | null, sourceTitles: Array<string>, sourceUrls: Array<string>, textsZhOrigin: string | null } }> }, provenance: { source: string | null, sourceUrl: string | null, recordedAt: string | null, confidence: Confidence | null, sourceTitles: Array<string>, sourceUrls: Array<string>, textsZhOrigin: string | null } }
    | { __typename: 'Platform', nameZh: string | null, nameEn: string | null, url: string | null, role: string | null, roleZh: string | null, notes: string | null, notesZh: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null, provenance: { source: string | null, sourceUrl: string | null, recordedAt: string | null, confidence: Confidence | null, sourceTitles: Array<string>, sourceUrls: Array<string>, textsZhOrigin: string | null } }
    | { __typename: 'PolicyDocument', nameZh: string | null, nameEn: string | null, docNumber: string | null, docNumberNote: string | null, docNumberNoteZh: string | null, dateText: string | null, dateTextZh: string | null, issued: string | null, effective: string | null, repealed: string | null, inForce: boolean, documentType: DocumentType | null, summary: string | null, summaryZh: string | null, signatoryCount: number | null, notes: string | null, notesZh: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null, issuers: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null }>, signatories: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null }>, measures: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null }>, triggeredBy: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null }>, supersedes: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null }>, supersededBy: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null }>, provenance: { source: string | null, sourceUrl: string | null, recordedAt: string | null, confidence: Confidence | null, sourceTitles: Array<string>, sourceUrls: Array<string>, textsZhOrigin: string | null } }
   | null };

export type ViewFieldsFragment = { nodes: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null, activeListKinds: Array<ListKind> | null, synthetic: boolean | null, active: boolean | null, confidence: Confidence | null, listKind: ListKind | null, from: string | null, section: CreditSection | null, level: string | null, year: number | null }>, edges: Array<{ id: string, source: string, target: string, type: string, share: number | null, roles: Array<string> | null }>, truncated: Array<{ nodeId: string, shown: number, omitted: number }> };

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, matchedField: string | null, highlight: string | null, node:
      | { __typename: 'Agency', nameEn: string | null, id: string, kind: NodeKind, label: string }
      | { __typename: 'Company', nameEn: string | null, uscc: string | null, synthetic: boolean, activeListKinds: Array<ListKind>, id: string, kind: NodeKind, label: string }
      | { __typename: 'CreditList', nameEn: string | null, id: string, kind: NodeKind, label: string }
      | { __typename: 'CreditRecord', id: string, kind: NodeKind, label: string }
      | { __typename: 'Grade', id: string, kind: NodeKind, label: string }
      | { __typename: 'GradeScheme', id: string, kind: NodeKind, label: string }
      | { __typename: 'Listing', id: string, kind: NodeKind, label: string }
      | { __typename: 'Measure', nameEn: string | null, id: string, kind: NodeKind, label: string }
      | { __typename: 'Person', nameEn: string | null, synthetic: boolean, activeListKinds: Array<ListKind>, id: string, kind: NodeKind, label: string }
      | { __typename: 'Platform', id: string, kind: NodeKind, label: string }
      | { __typename: 'PolicyDocument', nameEn: string | null, docNumber: string | null, id: string, kind: NodeKind, label: string }
     }> };

export type NeighborhoodQueryVariables = Exact<{
  id: string;
  hops?: number | null | undefined;
  limit?: number | null | undefined;
  perNode?: number | null | undefined;
  skip?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { nodes: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null, activeListKinds: Array<ListKind> | null, synthetic: boolean | null, active: boolean | null, confidence: Confidence | null, listKind: ListKind | null, from: string | null, section: CreditSection | null, level: string | null, year: number | null }>, edges: Array<{ id: string, source: string, target: string, type: string, share: number | null, roles: Array<string> | null }>, truncated: Array<{ nodeId: string, shown: number, omitted: number }> } };

export type CompanyByUsccQueryVariables = Exact<{
  uscc: string;
}>;


export type CompanyByUsccQuery = { company: { id: string } };

export type DocumentRefFragment = { nameEn: string | null, docNumber: string | null, documentType: DocumentType | null, id: string, kind: NodeKind, label: string, labelEn: string | null };

export type CitationFieldsFragment = { docNumber: string | null, title: string | null, article: string | null, document: { nameEn: string | null, docNumber: string | null, documentType: DocumentType | null, id: string, kind: NodeKind, label: string, labelEn: string | null } | null };

export type ListBasisFieldsFragment = { basisLevel: DocumentType | null, belowLawOrRegulation: boolean, inBasicList: boolean, list: { nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null }, documents: Array<{ nameEn: string | null, docNumber: string | null, documentType: DocumentType | null, id: string, kind: NodeKind, label: string, labelEn: string | null }> };

export type AgencyObligationsQueryVariables = Exact<{
  agency: string;
  asOf?: string | null | undefined;
}>;


export type AgencyObligationsQuery = { agencyObligations: { asOf: string, totalCount: number, agency: { nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null }, nodes: Array<{ listedSubjects: number, measure: { nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null }, lists: Array<{ basisLevel: DocumentType | null, belowLawOrRegulation: boolean, inBasicList: boolean, list: { nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null }, documents: Array<{ nameEn: string | null, docNumber: string | null, documentType: DocumentType | null, id: string, kind: NodeKind, label: string, labelEn: string | null }> }> }> } };

export type MeasureBearersQueryVariables = Exact<{
  measure: string;
  asOf?: string | null | undefined;
}>;


export type MeasureBearersQuery = { measureBearers: { asOf: string, totalCount: number, measure: { nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null }, lists: Array<{ basisLevel: DocumentType | null, belowLawOrRegulation: boolean, inBasicList: boolean, list: { nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null }, documents: Array<{ nameEn: string | null, docNumber: string | null, documentType: DocumentType | null, id: string, kind: NodeKind, label: string, labelEn: string | null }> }>, nodes: Array<{ subject:
        | { __typename: 'Company', nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null }
        | { __typename: 'Person', nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null }
      , bearers: Array<{ roles: Array<BearerRole>, party:
          | { __typename: 'Agency', nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null }
          | { __typename: 'Company', id: string, kind: NodeKind, label: string, labelEn: string | null, nameEn: string | null }
          | { __typename: 'Person', id: string, kind: NodeKind, label: string, labelEn: string | null, nameEn: string | null }
         }> }> } };

export type LegalBasisAuditQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type LegalBasisAuditQuery = { legalBasisAudit: { asOf: string, lists: Array<{ problem: BasisProblem, basisLevel: DocumentType | null, list: { nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null }, documents: Array<{ nameEn: string | null, docNumber: string | null, documentType: DocumentType | null, id: string, kind: NodeKind, label: string, labelEn: string | null }> }>, measures: Array<{ problem: BasisProblem, basisLevel: DocumentType | null, measure: { nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null }, list: { nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null } | null, documents: Array<{ nameEn: string | null, docNumber: string | null, documentType: DocumentType | null, id: string, kind: NodeKind, label: string, labelEn: string | null }> }> } };

export type SanctionTraceQueryVariables = Exact<{
  subject: string;
  asOf?: string | null | undefined;
}>;


export type SanctionTraceQuery = { sanctionTrace: { asOf: string, subject:
      | { __typename: 'Company', nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null }
      | { __typename: 'Person', nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null }
    , listings: Array<{ listing: { id: string, label: string, from: string, until: string | null, status: ListingStatus, caseNumber: string | null }, subject:
        | { __typename: 'Company', id: string, kind: NodeKind, label: string, labelEn: string | null }
        | { __typename: 'Person', id: string, kind: NodeKind, label: string, labelEn: string | null }
      , list: { nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null }, decidedBy: { nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null } | null }>, measures: Array<{ basisLevel: DocumentType | null, belowLawOrRegulation: boolean, inBasicList: boolean, conditional: boolean, measure: { nameEn: string | null, category: string | null, legalBasisLevel: LegalBasisLevel | null, id: string, kind: NodeKind, label: string, labelEn: string | null }, agencies: Array<{ nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null }>, lists: Array<{ nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null }>, documents: Array<{ nameEn: string | null, docNumber: string | null, documentType: DocumentType | null, id: string, kind: NodeKind, label: string, labelEn: string | null }>, citations: Array<{ docNumber: string | null, title: string | null, article: string | null, document: { nameEn: string | null, docNumber: string | null, documentType: DocumentType | null, id: string, kind: NodeKind, label: string, labelEn: string | null } | null }>, conditions: Array<{ text: string, textZh: string | null, code: string | null }>, bearers: Array<{ roles: Array<BearerRole>, party:
          | { __typename: 'Agency', nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null }
          | { __typename: 'Company', id: string, kind: NodeKind, label: string, labelEn: string | null, nameEn: string | null }
          | { __typename: 'Person', id: string, kind: NodeKind, label: string, labelEn: string | null, nameEn: string | null }
         }> }>, notApplicable: Array<{ reason: string, since: string, measure: { nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null }, list: { nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null }, endedBy: { nameEn: string | null, docNumber: string | null, documentType: DocumentType | null, id: string, kind: NodeKind, label: string, labelEn: string | null } }>, byAgency: Array<{ measures: number, chains: number, agency: { nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null } }>, view: { nodes: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null, activeListKinds: Array<ListKind> | null, synthetic: boolean | null, active: boolean | null, confidence: Confidence | null, listKind: ListKind | null, from: string | null, section: CreditSection | null, level: string | null, year: number | null }>, edges: Array<{ id: string, source: string, target: string, type: string, share: number | null, roles: Array<string> | null }>, truncated: Array<{ nodeId: string, shown: number, omitted: number }> } } };

export type PartyLinkFragment = { id: string, kind: NodeKind, name: string | null, labelEn: string | null };

export type PathFieldsFragment = { hops: number, nodes: Array<{ id: string, kind: NodeKind, name: string | null, labelEn: string | null }>, edges: Array<{ type: string, from: string, to: string, fraction: number | null, role: string | null }> };

export type ExposureListingFieldsFragment = { id: string, listId: string, listName: string | null, listNameEn: string | null, listKind: ListKind, from: string, until: string | null, status: string, caseNumber: string | null, severity: { level: string, weight: number, listKind: string, punishmentMeasures: number, implementingAgencies: number } };

export type SeverityFieldsFragment = { level: string, weight: number, listKind: string, punishmentMeasures: number, implementingAgencies: number };

export type ExposureQueryVariables = Exact<{
  subject: string;
  maxHops?: number | null | undefined;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ExposureQuery = { exposure: { asOf: string, maxHops: number, hubDegree: number, totalHits: number, hitsCapped: boolean, subject: { id: string, kind: NodeKind, name: string | null, labelEn: string | null }, subjectListings: Array<{ id: string, listId: string, listName: string | null, listNameEn: string | null, listKind: ListKind, from: string, until: string | null, status: string, caseNumber: string | null, severity: { level: string, weight: number, listKind: string, punishmentMeasures: number, implementingAgencies: number } }>, hits: Array<{ hops: number, pathCount: number, ownershipOnly: boolean, score: number, party: { id: string, kind: NodeKind, name: string | null, labelEn: string | null }, paths: Array<{ hops: number, nodes: Array<{ id: string, kind: NodeKind, name: string | null, labelEn: string | null }>, edges: Array<{ type: string, from: string, to: string, fraction: number | null, role: string | null }> }>, integratedOwnership: { direction: LinkDirection, share: number } | null, listings: Array<{ id: string, listId: string, listName: string | null, listNameEn: string | null, listKind: ListKind, from: string, until: string | null, status: string, caseNumber: string | null, severity: { level: string, weight: number, listKind: string, punishmentMeasures: number, implementingAgencies: number } }>, severity: { level: string, weight: number, listKind: string, punishmentMeasures: number, implementingAgencies: number }, terms: Array<{ name: string, value: number, level: string | null, factors: Array<number> | null, relation: string | null, role: string | null, fraction: number | null }> }>, hubs: Array<{ degree: number, party: { id: string, kind: NodeKind, name: string | null, labelEn: string | null } }>, inherited: { inherited: boolean, share: number, threshold: number, owners: Array<{ share: number, basis: string, party: { id: string, kind: NodeKind, name: string | null, labelEn: string | null } }> } | null, view: { nodes: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null, activeListKinds: Array<ListKind> | null, synthetic: boolean | null, active: boolean | null, confidence: Confidence | null, listKind: ListKind | null, from: string | null, section: CreditSection | null, level: string | null, year: number | null }>, edges: Array<{ id: string, source: string, target: string, type: string, share: number | null, roles: Array<string> | null }>, truncated: Array<{ nodeId: string, shown: number, omitted: number }> } } };

export type OwnershipEntryFieldsFragment = { share: number, depth: number, party: { id: string, kind: NodeKind, name: string | null, labelEn: string | null } };

export type OwnershipQueryVariables = Exact<{
  company: string;
  asOf?: string | null | undefined;
  depth?: number | null | undefined;
}>;


export type OwnershipQuery = { ownershipTree: { asOf: string, depth: number, omitted: number, bounded: boolean, company: { id: string, kind: NodeKind, name: string | null, labelEn: string | null }, holders: Array<{ share: number, depth: number, party: { id: string, kind: NodeKind, name: string | null, labelEn: string | null } }>, holdings: Array<{ share: number, depth: number, party: { id: string, kind: NodeKind, name: string | null, labelEn: string | null } }>, view: { nodes: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null, activeListKinds: Array<ListKind> | null, synthetic: boolean | null, active: boolean | null, confidence: Confidence | null, listKind: ListKind | null, from: string | null, section: CreditSection | null, level: string | null, year: number | null }>, edges: Array<{ id: string, source: string, target: string, type: string, share: number | null, roles: Array<string> | null }>, truncated: Array<{ nodeId: string, shown: number, omitted: number }> } }, ultimateOwners: { threshold: number, owners: Array<{ share: number, party: { id: string, kind: NodeKind, name: string | null, labelEn: string | null } }> }, actualController: { rule: ControllerRule, controller: { share: number, party: { id: string, kind: NodeKind, name: string | null, labelEn: string | null } } | null, chain: Array<{ share: number, rule: ControllerRule, holder: { id: string, kind: NodeKind, name: string | null, labelEn: string | null }, company: { id: string, kind: NodeKind, name: string | null, labelEn: string | null } }>, largestHolder: { share: number, party: { id: string, kind: NodeKind, name: string | null, labelEn: string | null } } | null } };

export type PathsQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type PathsQuery = { paths: { asOf: string, maxHops: number, from: { id: string, kind: NodeKind, name: string | null, labelEn: string | null }, to: { id: string, kind: NodeKind, name: string | null, labelEn: string | null }, paths: Array<{ hops: number, nodes: Array<{ id: string, kind: NodeKind, name: string | null, labelEn: string | null }>, edges: Array<{ type: string, from: string, to: string, fraction: number | null, role: string | null }> }>, view: { nodes: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null, activeListKinds: Array<ListKind> | null, synthetic: boolean | null, active: boolean | null, confidence: Confidence | null, listKind: ListKind | null, from: string | null, section: CreditSection | null, level: string | null, year: number | null }>, edges: Array<{ id: string, source: string, target: string, type: string, share: number | null, roles: Array<string> | null }>, truncated: Array<{ nodeId: string, shown: number, omitted: number }> } } };

export type ScreenHitFieldsFragment = { hops: number, score: number, party: { id: string, kind: NodeKind, name: string | null, labelEn: string | null }, path: { hops: number, nodes: Array<{ id: string, kind: NodeKind, name: string | null, labelEn: string | null }>, edges: Array<{ type: string, from: string, to: string, fraction: number | null, role: string | null }> } };

export type ScreenQueryVariables = Exact<{
  subjects: Array<string> | string;
  maxHops?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ScreenQuery = { screen: { asOf: string, maxHops: number, rows: Array<{ row: number, input: string, status: ScreenStatus, reason: string | null, exposureHits: number, inherited: boolean | null, inheritedShare: number | null, problems: Array<{ code: string, position: number | null, expected: string | null, found: string | null }>, candidates: Array<{ id: string, kind: NodeKind, name: string | null, labelEn: string | null }>, subject: { id: string, kind: NodeKind, name: string | null, labelEn: string | null } | null, ownListings: Array<{ listName: string | null, listNameEn: string | null, listKind: ListKind, from: string }>, nearestHit: { hops: number, score: number, party: { id: string, kind: NodeKind, name: string | null, labelEn: string | null }, path: { hops: number, nodes: Array<{ id: string, kind: NodeKind, name: string | null, labelEn: string | null }>, edges: Array<{ type: string, from: string, to: string, fraction: number | null, role: string | null }> } } | null, topHit: { hops: number, score: number, party: { id: string, kind: NodeKind, name: string | null, labelEn: string | null }, path: { hops: number, nodes: Array<{ id: string, kind: NodeKind, name: string | null, labelEn: string | null }>, edges: Array<{ type: string, from: string, to: string, fraction: number | null, role: string | null }> } } | null }> } };

export type NodeNameQueryVariables = Exact<{
  id: string;
}>;


export type NodeNameQuery = { node:
    | { id: string, kind: NodeKind, label: string, labelEn: string | null }
    | { nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null }
    | { id: string, kind: NodeKind, label: string, labelEn: string | null }
    | { id: string, kind: NodeKind, label: string, labelEn: string | null }
    | { id: string, kind: NodeKind, label: string, labelEn: string | null }
    | { id: string, kind: NodeKind, label: string, labelEn: string | null }
    | { id: string, kind: NodeKind, label: string, labelEn: string | null }
    | { id: string, kind: NodeKind, label: string, labelEn: string | null }
    | { nameEn: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null }
    | { id: string, kind: NodeKind, label: string, labelEn: string | null }
    | { id: string, kind: NodeKind, label: string, labelEn: string | null }
   | null };

export type AgencyRefFragment = { nameEn: string | null, level: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null };

export type SystemOverviewQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type SystemOverviewQuery = { stats: { asOf: string, lists: Array<{ entries: number, activeEntries: number, list: { nameEn: string | null, listKind: ListKind | null, id: string, kind: NodeKind, label: string, labelEn: string | null, maintainedBy: Array<{ nameEn: string | null, level: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null }>, triggeredDocuments: Array<{ nameEn: string | null, docNumber: string | null, documentType: DocumentType | null, inForce: boolean, id: string, kind: NodeKind, label: string, labelEn: string | null, measures: Array<{ id: string }> }>, triggeredMeasures: Array<{ nameEn: string | null, polarity: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null, implementingAgencies: Array<{ nameEn: string | null, level: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null }> }> } }> } };

export type MilestonesQueryVariables = Exact<{ [key: string]: never; }>;


export type MilestonesQuery = { milestones: Array<{ nameEn: string | null, docNumber: string | null, documentType: DocumentType | null, issued: string | null, effective: string | null, id: string, kind: NodeKind, label: string, labelEn: string | null }> };

export type ScreeningSourcesQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type ScreeningSourcesQuery = { stats: { asOf: string, lists: Array<{ entries: number, activeEntries: number, list: { nameEn: string | null, listKind: ListKind | null, id: string, kind: NodeKind, label: string, labelEn: string | null } }> } };

export type ListMembersQueryVariables = Exact<{
  list: string;
  asOf?: string | null | undefined;
  statuses?: Array<ListMemberStatus> | ListMemberStatus | null | undefined;
  text?: string | null | undefined;
  sort?: ListMemberSort | null | undefined;
  descending?: boolean | null | undefined;
  offset?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type ListMembersQuery = { listMembers: { listNameEn: string | null, listKind: string | null, asOf: string, total: number, matching: number, list: { id: string, kind: NodeKind, name: string | null, labelEn: string | null }, counts: Array<{ status: ListMemberStatus, count: number }>, members: Array<{ listingId: string, nameEn: string | null, uscc: string | null, from: string, until: string | null, endedOn: string | null, caseNumber: string | null, status: ListMemberStatus, decidedByEn: string | null, subject: { id: string, kind: NodeKind, name: string | null, labelEn: string | null }, decidedBy: { id: string, kind: NodeKind, name: string | null, labelEn: string | null } | null }> } };

export type WatchlistsQueryVariables = Exact<{ [key: string]: never; }>;


export type WatchlistsQuery = { watchlists: Array<{ id: string, name: string, depth: number, subjects: Array<{ id: string, kind: NodeKind, name: string | null }> }> };

export type ChangesQueryVariables = Exact<{
  watchlist: string;
  since: string;
  kinds?: Array<ChangeKind> | ChangeKind | null | undefined;
  unreadOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ChangesQuery = { changes: { watchlist: string, depth: number, totalCount: number, unreadCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: ChangeKind, on: string, recordedAt: string, source: string, factId: string, factKind: string, watched: string, acknowledged: boolean, subject: { id: string, kind: NodeKind, name: string | null, labelEn: string | null }, path: { hops: number, nodes: Array<{ id: string, kind: NodeKind, name: string | null, labelEn: string | null }>, edges: Array<{ type: string, from: string, to: string, fraction: number | null, role: string | null }> }, changes: Array<{ field: string, before: string | null, after: string | null }>, measuresNowApplying: Array<{ id: string, name: string, nameEn: string | null }>, measuresNoLongerApplying: Array<{ id: string, name: string, nameEn: string | null }> }> } };

export type ChangesExposureQueryVariables = Exact<{
  watchlist: string;
  events: Array<string> | string;
}>;


export type ChangesExposureQuery = { changeExposures: Array<{ id: string, exposureBefore: number | null, exposureAfter: number | null }> };

export type AcknowledgeMutationVariables = Exact<{
  watchlist: string;
  events: Array<string> | string;
}>;


export type AcknowledgeMutation = { acknowledge: number };

export type CreditFileQueryVariables = Exact<{
  subject: string;
  asOf?: string | null | undefined;
}>;


export type CreditFileQuery = { creditFile: { subject: string, asOf: string, sections: Array<{ section: CreditSection, count: number }>, records: Array<{ id: string, section: CreditSection, number: string | null, title: string | null, decidedOn: string, agencyName: string | null, legalBasis: string | null, recordKind: string | null, amount: number | null, result: string | null, publicUntil: string | null, validFrom: string | null, validUntil: string | null, year: number | null, onTime: boolean | null, employees: number | null, insured: number | null, published: boolean | null, repaired: boolean | null, valid: boolean | null, agency: { id: string, kind: NodeKind, name: string | null, labelEn: string | null } | null, provenance: { source: string | null, sourceUrl: string | null, sourceId: string | null, recordedAt: string | null, confidence: Confidence | null, sourceTitles: Array<string>, sourceUrls: Array<string> } }>, abnormal: Array<{ id: string, from: string, until: string | null, status: ListingStatus, endedOn: string | null, reason: string | null, source: string | null }>, grades: Array<{ id: string, grade: string, year: number, scheme: string, schemeEn: string | null, agency: string | null, source: string | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const NodeRefFragmentDoc = new TypedDocumentString(`
    fragment NodeRef on Node {
  id
  kind
  label
  labelEn
}
    `, {"fragmentName":"NodeRef"}) as unknown as TypedDocumentString<NodeRefFragment, unknown>;
export const PartyRefFragmentDoc = new TypedDocumentString(`
    fragment PartyRef on Party {
  __typename
  ... on Company {
    ...NodeRef
    nameEn: labelEn
  }
  ... on Person {
    ...NodeRef
    nameEn: labelEn
  }
  ... on Agency {
    ...NodeRef
    nameEn
  }
}
    fragment NodeRef on Node {
  id
  kind
  label
  labelEn
}`, {"fragmentName":"PartyRef"}) as unknown as TypedDocumentString<PartyRefFragment, unknown>;
export const ProvenanceFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProvenanceFields on Provenance {
  source
  sourceUrl
  recordedAt
  confidence
  sourceTitles
  sourceUrls
  textsZhOrigin
}
    `, {"fragmentName":"ProvenanceFields"}) as unknown as TypedDocumentString<ProvenanceFieldsFragment, unknown>;
export const ShareholdingFieldsFragmentDoc = new TypedDocumentString(`
    fragment ShareholdingFields on Shareholding {
  fraction
  fractionMin
  fractionMax
  subscribedCapital
  from
  until
  provenance {
    ...ProvenanceFields
  }
}
    fragment ProvenanceFields on Provenance {
  source
  sourceUrl
  recordedAt
  confidence
  sourceTitles
  sourceUrls
  textsZhOrigin
}`, {"fragmentName":"ShareholdingFields"}) as unknown as TypedDocumentString<ShareholdingFieldsFragment, unknown>;
export const ListingFieldsFragmentDoc = new TypedDocumentString(`
    fragment ListingFields on Listing {
  id
  label
  from
  until
  status
  endedOn
  reason
  caseNumber
  active(asOf: $asOf)
  list {
    ...NodeRef
    nameEn
    listKind
  }
  decidedBy {
    ...NodeRef
    nameEn
  }
  provenance {
    ...ProvenanceFields
  }
}
    fragment ProvenanceFields on Provenance {
  source
  sourceUrl
  recordedAt
  confidence
  sourceTitles
  sourceUrls
  textsZhOrigin
}
fragment NodeRef on Node {
  id
  kind
  label
  labelEn
}`, {"fragmentName":"ListingFields"}) as unknown as TypedDocumentString<ListingFieldsFragment, unknown>;
export const ViewFieldsFragmentDoc = new TypedDocumentString(`
    fragment ViewFields on GraphView {
  nodes {
    id
    kind
    label
    labelEn
    activeListKinds
    synthetic
    active
    confidence
    listKind
    from
    section
    level
    year
  }
  edges {
    id
    source
    target
    type
    share
    roles
  }
  truncated {
    nodeId
    shown
    omitted
  }
}
    `, {"fragmentName":"ViewFields"}) as unknown as TypedDocumentString<ViewFieldsFragment, unknown>;
export const DocumentRefFragmentDoc = new TypedDocumentString(`
    fragment DocumentRef on PolicyDocument {
  ...NodeRef
  nameEn
  docNumber
  documentType
}
    fragment NodeRef on Node {
  id
  kind
  label
  labelEn
}`, {"fragmentName":"DocumentRef"}) as unknown as TypedDocumentString<DocumentRefFragment, unknown>;
export const CitationFieldsFragmentDoc = new TypedDocumentString(`
    fragment CitationFields on Citation {
  document {
    ...DocumentRef
  }
  docNumber
  title
  article
}
    fragment NodeRef on Node {
  id
  kind
  label
  labelEn
}
fragment DocumentRef on PolicyDocument {
  ...NodeRef
  nameEn
  docNumber
  documentType
}`, {"fragmentName":"CitationFields"}) as unknown as TypedDocumentString<CitationFieldsFragment, unknown>;
export const ListBasisFieldsFragmentDoc = new TypedDocumentString(`
    fragment ListBasisFields on ListBasis {
  list {
    ...NodeRef
    nameEn
  }
  documents {
    ...DocumentRef
  }
  basisLevel
  belowLawOrRegulation
  inBasicList
}
    fragment NodeRef on Node {
  id
  kind
  label
  labelEn
}
fragment DocumentRef on PolicyDocument {
  ...NodeRef
  nameEn
  docNumber
  documentType
}`, {"fragmentName":"ListBasisFields"}) as unknown as TypedDocumentString<ListBasisFieldsFragment, unknown>;
export const SeverityFieldsFragmentDoc = new TypedDocumentString(`
    fragment SeverityFields on ListSeverity {
  level
  weight
  listKind
  punishmentMeasures
  implementingAgencies
}
    `, {"fragmentName":"SeverityFields"}) as unknown as TypedDocumentString<SeverityFieldsFragment, unknown>;
export const ExposureListingFieldsFragmentDoc = new TypedDocumentString(`
    fragment ExposureListingFields on ExposureListing {
  id
  listId
  listName
  listNameEn
  listKind
  from
  until
  status
  caseNumber
  severity {
    ...SeverityFields
  }
}
    fragment SeverityFields on ListSeverity {
  level
  weight
  listKind
  punishmentMeasures
  implementingAgencies
}`, {"fragmentName":"ExposureListingFields"}) as unknown as TypedDocumentString<ExposureListingFieldsFragment, unknown>;
export const PartyLinkFragmentDoc = new TypedDocumentString(`
    fragment PartyLink on LinkedParty {
  id
  kind
  name
  labelEn
}
    `, {"fragmentName":"PartyLink"}) as unknown as TypedDocumentString<PartyLinkFragment, unknown>;
export const OwnershipEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment OwnershipEntryFields on OwnershipEntry {
  party {
    ...PartyLink
  }
  share
  depth
}
    fragment PartyLink on LinkedParty {
  id
  kind
  name
  labelEn
}`, {"fragmentName":"OwnershipEntryFields"}) as unknown as TypedDocumentString<OwnershipEntryFieldsFragment, unknown>;
export const PathFieldsFragmentDoc = new TypedDocumentString(`
    fragment PathFields on TypedPath {
  nodes {
    ...PartyLink
  }
  edges {
    type
    from
    to
    fraction
    role
  }
  hops
}
    fragment PartyLink on LinkedParty {
  id
  kind
  name
  labelEn
}`, {"fragmentName":"PathFields"}) as unknown as TypedDocumentString<PathFieldsFragment, unknown>;
export const ScreenHitFieldsFragmentDoc = new TypedDocumentString(`
    fragment ScreenHitFields on ScreenHit {
  party {
    ...PartyLink
  }
  hops
  score
  path {
    ...PathFields
  }
}
    fragment PartyLink on LinkedParty {
  id
  kind
  name
  labelEn
}
fragment PathFields on TypedPath {
  nodes {
    ...PartyLink
  }
  edges {
    type
    from
    to
    fraction
    role
  }
  hops
}`, {"fragmentName":"ScreenHitFields"}) as unknown as TypedDocumentString<ScreenHitFieldsFragment, unknown>;
export const AgencyRefFragmentDoc = new TypedDocumentString(`
    fragment AgencyRef on Agency {
  ...NodeRef
  nameEn
  level
}
    fragment NodeRef on Node {
  id
  kind
  label
  labelEn
}`, {"fragmentName":"AgencyRef"}) as unknown as TypedDocumentString<AgencyRefFragment, unknown>;
export const NodeProfileDocument = new TypedDocumentString(`
    query NodeProfile($id: ID!, $asOf: Date) {
  node(id: $id) {
    __typename
    ...NodeRef
    provenance {
      ...ProvenanceFields
    }
    ... on Company {
      uscc
      nameZh
      nameEn
      labelEn
      jurisdiction
      formerNames
      legalForm
      companyStatus: status
      registeredCapital
      established
      divisionCode
      divisionZh: divisionName(language: zh)
      divisionEn: divisionName(language: en)
      industryCode
      industryZh: industryName(language: zh)
      industryEn: industryName(language: en)
      address
      isBranch
      stateOwned
      synthetic
      activeListKinds(asOf: $asOf)
      legalRepresentative(asOf: $asOf) {
        person {
          ...NodeRef
        }
        from
        provenance {
          ...ProvenanceFields
        }
      }
      officers(asOf: $asOf, first: 100) {
        nodes {
          person {
            ...NodeRef
          }
          role
          from
          provenance {
            ...ProvenanceFields
          }
        }
      }
      shareholders(asOf: $asOf, first: 100) {
        nodes {
          shareholder {
            ...PartyRef
          }
          ...ShareholdingFields
        }
      }
      holdings(asOf: $asOf, first: 100) {
        nodes {
          company {
            ...NodeRef
          }
          ...ShareholdingFields
        }
      }
      branches(asOf: $asOf, first: 100) {
        nodes {
          ...NodeRef
        }
      }
      headOffice(asOf: $asOf) {
        ...NodeRef
      }
      listings(asOf: $asOf, first: 100) {
        nodes {
          ...ListingFields
        }
      }
      grades {
        id
        grade
        year
        scheme {
          ...NodeRef
        }
        provenance {
          ...ProvenanceFields
        }
      }
    }
    ... on Person {
      nameZh
      nameEn
      namePinyin
      labelEn
      synthetic
      activeListKinds(asOf: $asOf)
      roles(asOf: $asOf, first: 100) {
        nodes {
          company {
            ...NodeRef
          }
          role
          fraction
          from
          provenance {
            ...ProvenanceFields
          }
        }
      }
      listings(asOf: $asOf, first: 100) {
        nodes {
          ...ListingFields
        }
      }
    }
    ... on Agency {
      nameZh
      nameEn
      abbreviation
      level
      region
      regionZh
      role
      roleZh
      notes
      notesZh
      parent {
        ...NodeRef
      }
      children {
        ...NodeRef
      }
      listsMaintained {
        ...NodeRef
      }
      documentsSigned {
        ...NodeRef
      }
      measuresImplemented {
        ...NodeRef
      }
    }
    ... on CreditList {
      nameZh
      nameEn
      listKind
      subjectTypes
      entryCriteria
      entryCriteriaZh
      termAndRemoval
      termAndRemovalZh
      affectedPersons
      notes
      notesZh
      maintainedBy {
        ...NodeRef
      }
      establishedBy {
        ...NodeRef
      }
      legalBasis {
        ...NodeRef
      }
      triggeredDocuments {
        ...NodeRef
      }
      triggeredMeasures {
        ...NodeRef
      }
    }
    ... on PolicyDocument {
      nameZh
      nameEn
      docNumber
      docNumberNote
      docNumberNoteZh
      dateText
      dateTextZh
      issued
      effective
      repealed
      inForce(asOf: $asOf)
      documentType
      summary
      summaryZh
      signatoryCount
      notes
      notesZh
      issuers {
        ...NodeRef
      }
      signatories {
        ...NodeRef
      }
      measures {
        ...NodeRef
      }
      triggeredBy {
        ...NodeRef
      }
      supersedes {
        ...NodeRef
      }
      supersededBy {
        ...NodeRef
      }
    }
    ... on Measure {
      nameZh
      nameEn
      polarity
      bearerRoles
      legalBasisLevel
      category
      description
      descriptionZh
      notes
      notesZh
      implementingAgencies {
        ...NodeRef
      }
      definedIn {
        ...NodeRef
      }
      triggeredBy {
        ...NodeRef
      }
    }
    ... on Platform {
      nameZh
      nameEn
      url
      role
      roleZh
      notes
      notesZh
    }
    ... on GradeScheme {
      nameZh
      nameEn
      notes
      notesZh
    }
    ... on Listing {
      ...ListingFields
      subject {
        __typename
        ... on Company {
          ...NodeRef
        }
        ... on Person {
          ...NodeRef
        }
      }
    }
    ... on Grade {
      grade
      year
      company {
        ...NodeRef
      }
      scheme {
        ...NodeRef
      }
    }
  }
}
    fragment ProvenanceFields on Provenance {
  source
  sourceUrl
  recordedAt
  confidence
  sourceTitles
  sourceUrls
  textsZhOrigin
}
fragment NodeRef on Node {
  id
  kind
  label
  labelEn
}
fragment PartyRef on Party {
  __typename
  ... on Company {
    ...NodeRef
    nameEn: labelEn
  }
  ... on Person {
    ...NodeRef
    nameEn: labelEn
  }
  ... on Agency {
    ...NodeRef
    nameEn
  }
}
fragment ShareholdingFields on Shareholding {
  fraction
  fractionMin
  fractionMax
  subscribedCapital
  from
  until
  provenance {
    ...ProvenanceFields
  }
}
fragment ListingFields on Listing {
  id
  label
  from
  until
  status
  endedOn
  reason
  caseNumber
  active(asOf: $asOf)
  list {
    ...NodeRef
    nameEn
    listKind
  }
  decidedBy {
    ...NodeRef
    nameEn
  }
  provenance {
    ...ProvenanceFields
  }
}`) as unknown as TypedDocumentString<NodeProfileQuery, NodeProfileQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    node {
      __typename
      id
      kind
      label
      ... on Company {
        nameEn
        uscc
        synthetic
        activeListKinds
      }
      ... on Person {
        nameEn
        synthetic
        activeListKinds
      }
      ... on Agency {
        nameEn
      }
      ... on CreditList {
        nameEn
      }
      ... on PolicyDocument {
        nameEn
        docNumber
      }
      ... on Measure {
        nameEn
      }
    }
    score
    matchedField
    highlight
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($id: ID!, $hops: Int, $limit: Int, $perNode: Int, $skip: Int, $asOf: Date) {
  neighborhood(
    id: $id
    hops: $hops
    limit: $limit
    perNode: $perNode
    skip: $skip
    asOf: $asOf
  ) {
    ...ViewFields
  }
}
    fragment ViewFields on GraphView {
  nodes {
    id
    kind
    label
    labelEn
    activeListKinds
    synthetic
    active
    confidence
    listKind
    from
    section
    level
    year
  }
  edges {
    id
    source
    target
    type
    share
    roles
  }
  truncated {
    nodeId
    shown
    omitted
  }
}`) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const CompanyByUsccDocument = new TypedDocumentString(`
    query CompanyByUscc($uscc: String!) {
  company(uscc: $uscc) {
    id
  }
}
    `) as unknown as TypedDocumentString<CompanyByUsccQuery, CompanyByUsccQueryVariables>;
export const AgencyObligationsDocument = new TypedDocumentString(`
    query AgencyObligations($agency: ID!, $asOf: Date) {
  agencyObligations(agency: $agency, asOf: $asOf, first: 100) {
    agency {
      ...NodeRef
      nameEn
    }
    asOf
    totalCount
    nodes {
      measure {
        ...NodeRef
        nameEn
      }
      lists {
        ...ListBasisFields
      }
      listedSubjects
    }
  }
}
    fragment NodeRef on Node {
  id
  kind
  label
  labelEn
}
fragment DocumentRef on PolicyDocument {
  ...NodeRef
  nameEn
  docNumber
  documentType
}
fragment ListBasisFields on ListBasis {
  list {
    ...NodeRef
    nameEn
  }
  documents {
    ...DocumentRef
  }
  basisLevel
  belowLawOrRegulation
  inBasicList
}`) as unknown as TypedDocumentString<AgencyObligationsQuery, AgencyObligationsQueryVariables>;
export const MeasureBearersDocument = new TypedDocumentString(`
    query MeasureBearers($measure: ID!, $asOf: Date) {
  measureBearers(measure: $measure, asOf: $asOf, first: 100) {
    measure {
      ...NodeRef
      nameEn
    }
    asOf
    totalCount
    lists {
      ...ListBasisFields
    }
    nodes {
      subject {
        __typename
        ... on Company {
          ...NodeRef
          nameEn
        }
        ... on Person {
          ...NodeRef
          nameEn
        }
      }
      bearers {
        party {
          ...PartyRef
        }
        roles
      }
    }
  }
}
    fragment NodeRef on Node {
  id
  kind
  label
  labelEn
}
fragment PartyRef on Party {
  __typename
  ... on Company {
    ...NodeRef
    nameEn: labelEn
  }
  ... on Person {
    ...NodeRef
    nameEn: labelEn
  }
  ... on Agency {
    ...NodeRef
    nameEn
  }
}
fragment DocumentRef on PolicyDocument {
  ...NodeRef
  nameEn
  docNumber
  documentType
}
fragment ListBasisFields on ListBasis {
  list {
    ...NodeRef
    nameEn
  }
  documents {
    ...DocumentRef
  }
  basisLevel
  belowLawOrRegulation
  inBasicList
}`) as unknown as TypedDocumentString<MeasureBearersQuery, MeasureBearersQueryVariables>;
export const LegalBasisAuditDocument = new TypedDocumentString(`
    query LegalBasisAudit($asOf: Date) {
  legalBasisAudit(asOf: $asOf) {
    asOf
    lists {
      list {
        ...NodeRef
        nameEn
      }
      problem
      documents {
        ...DocumentRef
      }
      basisLevel
    }
    measures {
      measure {
        ...NodeRef
        nameEn
      }
      list {
        ...NodeRef
        nameEn
      }
      problem
      documents {
        ...DocumentRef
      }
      basisLevel
    }
  }
}
    fragment NodeRef on Node {
  id
  kind
  label
  labelEn
}
fragment DocumentRef on PolicyDocument {
  ...NodeRef
  nameEn
  docNumber
  documentType
}`) as unknown as TypedDocumentString<LegalBasisAuditQuery, LegalBasisAuditQueryVariables>;
export const SanctionTraceDocument = new TypedDocumentString(`
    query SanctionTrace($subject: ID!, $asOf: Date) {
  sanctionTrace(subject: $subject, asOf: $asOf) {
    asOf
    subject {
      __typename
      ... on Company {
        ...NodeRef
        nameEn
      }
      ... on Person {
        ...NodeRef
        nameEn
      }
    }
    listings {
      listing {
        id
        label
        from
        until
        status
        caseNumber
      }
      subject {
        __typename
        ... on Company {
          ...NodeRef
        }
        ... on Person {
          ...NodeRef
        }
      }
      list {
        ...NodeRef
        nameEn
      }
      decidedBy {
        ...NodeRef
        nameEn
      }
    }
    measures {
      measure {
        ...NodeRef
        nameEn
        category
        legalBasisLevel
      }
      agencies {
        ...NodeRef
        nameEn
      }
      lists {
        ...NodeRef
        nameEn
      }
      documents {
        ...DocumentRef
      }
      basisLevel
      belowLawOrRegulation
      inBasicList
      citations {
        ...CitationFields
      }
      conditions {
        text
        textZh
        code
      }
      conditional
      bearers {
        party {
          ...PartyRef
        }
        roles
      }
    }
    notApplicable {
      measure {
        ...NodeRef
        nameEn
      }
      list {
        ...NodeRef
        nameEn
      }
      reason
      endedBy {
        ...DocumentRef
      }
      since
    }
    byAgency {
      agency {
        ...NodeRef
        nameEn
      }
      measures
      chains
    }
    view {
      ...ViewFields
    }
  }
}
    fragment NodeRef on Node {
  id
  kind
  label
  labelEn
}
fragment PartyRef on Party {
  __typename
  ... on Company {
    ...NodeRef
    nameEn: labelEn
  }
  ... on Person {
    ...NodeRef
    nameEn: labelEn
  }
  ... on Agency {
    ...NodeRef
    nameEn
  }
}
fragment ViewFields on GraphView {
  nodes {
    id
    kind
    label
    labelEn
    activeListKinds
    synthetic
    active
    confidence
    listKind
    from
    section
    level
    year
  }
  edges {
    id
    source
    target
    type
    share
    roles
  }
  truncated {
    nodeId
    shown
    omitted
  }
}
fragment DocumentRef on PolicyDocument {
  ...NodeRef
  nameEn
  docNumber
  documentType
}
fragment CitationFields on Citation {
  document {
    ...DocumentRef
  }
  docNumber
  title
  article
}`) as unknown as TypedDocumentString<SanctionTraceQuery, SanctionTraceQueryVariables>;
export const ExposureDocument = new TypedDocumentString(`
    query Exposure($subject: ID!, $maxHops: Int, $asOf: Date, $first: Int) {
  exposure(subject: $subject, maxHops: $maxHops, asOf: $asOf, first: $first) {
    subject {
      ...PartyLink
    }
    asOf
    maxHops
    hubDegree
    subjectListings {
      ...ExposureListingFields
    }
    totalHits
    hitsCapped
    hits {
      party {
        ...PartyLink
      }
      hops
      paths {
        ...PathFields
      }
      pathCount
      ownershipOnly
      integratedOwnership {
        direction
        share
      }
      listings {
        ...ExposureListingFields
      }
      severity {
        ...SeverityFields
      }
      score
      terms {
        name
        value
        level
        factors
        relation
        role
        fraction
      }
    }
    hubs {
      party {
        ...PartyLink
      }
      degree
    }
    inherited {
      inherited
      share
      threshold
      owners {
        party {
          ...PartyLink
        }
        share
        basis
      }
    }
    view {
      ...ViewFields
    }
  }
}
    fragment ViewFields on GraphView {
  nodes {
    id
    kind
    label
    labelEn
    activeListKinds
    synthetic
    active
    confidence
    listKind
    from
    section
    level
    year
  }
  edges {
    id
    source
    target
    type
    share
    roles
  }
  truncated {
    nodeId
    shown
    omitted
  }
}
fragment PartyLink on LinkedParty {
  id
  kind
  name
  labelEn
}
fragment PathFields on TypedPath {
  nodes {
    ...PartyLink
  }
  edges {
    type
    from
    to
    fraction
    role
  }
  hops
}
fragment ExposureListingFields on ExposureListing {
  id
  listId
  listName
  listNameEn
  listKind
  from
  until
  status
  caseNumber
  severity {
    ...SeverityFields
  }
}
fragment SeverityFields on ListSeverity {
  level
  weight
  listKind
  punishmentMeasures
  implementingAgencies
}`) as unknown as TypedDocumentString<ExposureQuery, ExposureQueryVariables>;
export const OwnershipDocument = new TypedDocumentString(`
    query Ownership($company: ID!, $asOf: Date, $depth: Int) {
  ownershipTree(company: $company, asOf: $asOf, depth: $depth) {
    company {
      ...PartyLink
    }
    asOf
    depth
    holders {
      ...OwnershipEntryFields
    }
    holdings {
      ...OwnershipEntryFields
    }
    omitted
    bounded
    view {
      ...ViewFields
    }
  }
  ultimateOwners(company: $company, asOf: $asOf) {
    threshold
    owners {
      party {
        ...PartyLink
      }
      share
    }
  }
  actualController(company: $company, asOf: $asOf) {
    controller {
      party {
        ...PartyLink
      }
      share
    }
    rule
    chain {
      holder {
        ...PartyLink
      }
      company {
        ...PartyLink
      }
      share
      rule
    }
    largestHolder {
      party {
        ...PartyLink
      }
      share
    }
  }
}
    fragment ViewFields on GraphView {
  nodes {
    id
    kind
    label
    labelEn
    activeListKinds
    synthetic
    active
    confidence
    listKind
    from
    section
    level
    year
  }
  edges {
    id
    source
    target
    type
    share
    roles
  }
  truncated {
    nodeId
    shown
    omitted
  }
}
fragment PartyLink on LinkedParty {
  id
  kind
  name
  labelEn
}
fragment OwnershipEntryFields on OwnershipEntry {
  party {
    ...PartyLink
  }
  share
  depth
}`) as unknown as TypedDocumentString<OwnershipQuery, OwnershipQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($from: ID!, $to: ID!, $maxHops: Int, $asOf: Date) {
  paths(from: $from, to: $to, maxHops: $maxHops, first: 5, asOf: $asOf) {
    from {
      ...PartyLink
    }
    to {
      ...PartyLink
    }
    asOf
    maxHops
    paths {
      ...PathFields
    }
    view {
      ...ViewFields
    }
  }
}
    fragment ViewFields on GraphView {
  nodes {
    id
    kind
    label
    labelEn
    activeListKinds
    synthetic
    active
    confidence
    listKind
    from
    section
    level
    year
  }
  edges {
    id
    source
    target
    type
    share
    roles
  }
  truncated {
    nodeId
    shown
    omitted
  }
}
fragment PartyLink on LinkedParty {
  id
  kind
  name
  labelEn
}
fragment PathFields on TypedPath {
  nodes {
    ...PartyLink
  }
  edges {
    type
    from
    to
    fraction
    role
  }
  hops
}`) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const ScreenDocument = new TypedDocumentString(`
    query Screen($subjects: [ID!]!, $maxHops: Int, $asOf: Date) {
  screen(subjects: $subjects, maxHops: $maxHops, asOf: $asOf) {
    asOf
    maxHops
    rows {
      row
      input
      status
      reason
      problems {
        code
        position
        expected
        found
      }
      candidates {
        ...PartyLink
      }
      subject {
        ...PartyLink
      }
      ownListings {
        listName
        listNameEn
        listKind
        from
      }
      exposureHits
      nearestHit {
        ...ScreenHitFields
      }
      topHit {
        ...ScreenHitFields
      }
      inherited
      inheritedShare
    }
  }
}
    fragment PartyLink on LinkedParty {
  id
  kind
  name
  labelEn
}
fragment PathFields on TypedPath {
  nodes {
    ...PartyLink
  }
  edges {
    type
    from
    to
    fraction
    role
  }
  hops
}
fragment ScreenHitFields on ScreenHit {
  party {
    ...PartyLink
  }
  hops
  score
  path {
    ...PathFields
  }
}`) as unknown as TypedDocumentString<ScreenQuery, ScreenQueryVariables>;
export const NodeNameDocument = new TypedDocumentString(`
    query NodeName($id: ID!) {
  node(id: $id) {
    ...NodeRef
    ... on Company {
      nameEn
    }
    ... on Person {
      nameEn
    }
  }
}
    fragment NodeRef on Node {
  id
  kind
  label
  labelEn
}`) as unknown as TypedDocumentString<NodeNameQuery, NodeNameQueryVariables>;
export const SystemOverviewDocument = new TypedDocumentString(`
    query SystemOverview($asOf: Date) {
  stats(asOf: $asOf) {
    asOf
    lists {
      entries
      activeEntries
      list {
        ...NodeRef
        nameEn
        listKind
        maintainedBy {
          ...AgencyRef
        }
        triggeredDocuments {
          ...NodeRef
          nameEn
          docNumber
          documentType
          inForce(asOf: $asOf)
          measures {
            id
          }
        }
        triggeredMeasures {
          ...NodeRef
          nameEn
          polarity
          implementingAgencies {
            ...AgencyRef
          }
        }
      }
    }
  }
}
    fragment NodeRef on Node {
  id
  kind
  label
  labelEn
}
fragment AgencyRef on Agency {
  ...NodeRef
  nameEn
  level
}`) as unknown as TypedDocumentString<SystemOverviewQuery, SystemOverviewQueryVariables>;
export const MilestonesDocument = new TypedDocumentString(`
    query Milestones {
  milestones {
    ...NodeRef
    ... on PolicyDocument {
      nameEn
      docNumber
      documentType
      issued
      effective
    }
  }
}
    fragment NodeRef on Node {
  id
  kind
  label
  labelEn
}`) as unknown as TypedDocumentString<MilestonesQuery, MilestonesQueryVariables>;
export const ScreeningSourcesDocument = new TypedDocumentString(`
    query ScreeningSources($asOf: Date) {
  stats(asOf: $asOf) {
    asOf
    lists {
      entries
      activeEntries
      list {
        ...NodeRef
        nameEn
        listKind
      }
    }
  }
}
    fragment NodeRef on Node {
  id
  kind
  label
  labelEn
}`) as unknown as TypedDocumentString<ScreeningSourcesQuery, ScreeningSourcesQueryVariables>;
export const ListMembersDocument = new TypedDocumentString(`
    query ListMembers($list: ID!, $asOf: Date, $statuses: [ListMemberStatus!], $text: String, $sort: ListMemberSort, $descending: Boolean, $offset: Int, $first: Int) {
  listMembers(
    list: $list
    asOf: $asOf
    statuses: $statuses
    text: $text
    sort: $sort
    descending: $descending
    offset: $offset
    first: $first
  ) {
    list {
      ...PartyLink
    }
    listNameEn
    listKind
    asOf
    total
    matching
    counts {
      status
      count
    }
    members {
      listingId
      subject {
        ...PartyLink
      }
      nameEn
      uscc
      from
      until
      endedOn
      caseNumber
      status
      decidedBy {
        ...PartyLink
      }
      decidedByEn
    }
  }
}
    fragment PartyLink on LinkedParty {
  id
  kind
  name
  labelEn
}`) as unknown as TypedDocumentString<ListMembersQuery, ListMembersQueryVariables>;
export const WatchlistsDocument = new TypedDocumentString(`
    query Watchlists {
  watchlists {
    id
    name
    depth
    subjects {
      id
      kind
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WatchlistsQuery, WatchlistsQueryVariables>;
export const ChangesDocument = new TypedDocumentString(`
    query Changes($watchlist: ID!, $since: Date!, $kinds: [ChangeKind!], $unreadOnly: Boolean, $first: Int, $after: String) {
  changes(
    watchlist: $watchlist
    since: $since
    kinds: $kinds
    unreadOnly: $unreadOnly
    first: $first
    after: $after
  ) {
    watchlist
    depth
    totalCount
    unreadCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      kind
      on
      recordedAt
      source
      subject {
        ...PartyLink
      }
      factId
      factKind
      watched
      path {
        ...PathFields
      }
      changes {
        field
        before
        after
      }
      measuresNowApplying {
        id
        name
        nameEn
      }
      measuresNoLongerApplying {
        id
        name
        nameEn
      }
      acknowledged
    }
  }
}
    fragment PartyLink on LinkedParty {
  id
  kind
  name
  labelEn
}
fragment PathFields on TypedPath {
  nodes {
    ...PartyLink
  }
  edges {
    type
    from
    to
    fraction
    role
  }
  hops
}`) as unknown as TypedDocumentString<ChangesQuery, ChangesQueryVariables>;
export const ChangesExposureDocument = new TypedDocumentString(`
    query ChangesExposure($watchlist: ID!, $events: [ID!]!) {
  changeExposures(watchlist: $watchlist, events: $events) {
    id
    exposureBefore
    exposureAfter
  }
}
    `) as unknown as TypedDocumentString<ChangesExposureQuery, ChangesExposureQueryVariables>;
export const AcknowledgeDocument = new TypedDocumentString(`
    mutation Acknowledge($watchlist: ID!, $events: [ID!]!) {
  acknowledge(watchlist: $watchlist, events: $events)
}
    `) as unknown as TypedDocumentString<AcknowledgeMutation, AcknowledgeMutationVariables>;
export const CreditFileDocument = new TypedDocumentString(`
    query CreditFile($subject: ID!, $asOf: Date) {
  creditFile(subject: $subject, asOf: $asOf) {
    subject
    asOf
    sections {
      section
      count
    }
    records {
      id
      section
      number
      title
      decidedOn
      agency {
        ...PartyLink
      }
      agencyName
      legalBasis
      recordKind
      amount
      result
      publicUntil
      validFrom
      validUntil
      year
      onTime
      employees
      insured
      published
      repaired
      valid
      provenance {
        source
        sourceUrl
        sourceId
        recordedAt
        confidence
        sourceTitles
        sourceUrls
      }
    }
    abnormal {
      id
      from
      until
      status
      endedOn
      reason
      source
    }
    grades {
      id
      grade
      year
      scheme
      schemeEn
      agency
      source
    }
  }
}
    fragment PartyLink on LinkedParty {
  id
  kind
  name
  labelEn
}`) as unknown as TypedDocumentString<CreditFileQuery, CreditFileQueryVariables>;