/**
 * The SCS graph's data model: node kinds, their identity keys and the relationship types, in the
 * domain's words. Every module that writes or reads the graph uses these names.
 *
 * Conventions
 * - Every node has the label `Node` plus its kind label, and a globally unique string `id`
 *   (companies: their USCC; reference data: the fact base's snake_case slug; synthetic/imported
 *   persons, listings, grades: prefixed ids such as `p-…`, `l-…`, `g-…`).
 * - Dates are ISO strings `YYYY-MM-DD` (fixed width, so string comparison is date order); timestamps
 *   (`recordedAt`) are ISO date-times.
 * - Provenance on every node and relationship: `source` (title, or `file:line`), `sourceUrl`
 *   (optional), `recordedAt`. Reference data adds `confidence` (high|medium|low) and the lists
 *   `sourceTitles` / `sourceUrls`.
 * - `synthetic: true` marks generated (fictitious) companies, persons, listings and grades.
 * - Reference nodes (Agency, Platform, CreditList, PolicyDocument, Measure, GradeScheme): their
 *   properties are the row types in graph/load/reference.ts (AgencyRow … GradeSchemeRow). A document
 *   is in force from coalesce(effective, issued) until `repealed`.
 */

export const NodeKind = {
  Company: 'Company',
  Person: 'Person',
  Agency: 'Agency',
  Platform: 'Platform',
  CreditList: 'CreditList',
  PolicyDocument: 'PolicyDocument',
  Measure: 'Measure',
  GradeScheme: 'GradeScheme',
  Listing: 'Listing',
  Grade: 'Grade',
} as const;
export type NodeKind = (typeof NodeKind)[keyof typeof NodeKind];
export const nodeKinds = Object.values(NodeKind);

/** Shared label carrying the global `id` (one uniqueness constraint serves `node(id)`). */
export const anyNodeLabel = 'Node';

/**
 * Relationship types. Direction is given as (from)-[:TYPE]->(to).
 */
export const Rel = {
  /**
   * (Company|Person|Agency)-[:SHAREHOLDER_OF {fraction, subscribedCapital, from, until}]->(Company)
   * A direct holding. Imports may leave `fraction` null (share unknown) and add `fractionMin` /
   * `fractionMax` when the source gives only a range (BODS `minimum`/`maximum`).
   */
  SHAREHOLDER_OF: 'SHAREHOLDER_OF',
  /**
   * (Company|Person|Agency)-[:INDIRECT_OWNER_OF {fraction, fractionMin, fractionMax, via, from, until}]->(Company)
   * An indirect holding as DECLARED by an import (BODS `directOrIndirect: indirect`); `via` lists the
   * intermediate entity ids the source names. A declared fact only: never summed into integrated
   * ownership, which comes from SHAREHOLDER_OF chains (so it is never counted twice).
   */
  INDIRECT_OWNER_OF: 'INDIRECT_OWNER_OF',
  /**
   * (Company|Person|Agency)-[:HAS_INTEREST_IN {interest, directOrIndirect, fraction, fractionMin, fractionMax, from, until}]->(Company)
   * An imported beneficial-ownership interest other than shareholding or office: `interest` is the
   * BODS interest type (votingRights, appointmentOfBoard, settlor, trustee, nominee, unknownInterest…).
   */
  HAS_INTEREST_IN: 'HAS_INTEREST_IN',
  /** (Person)-[:LEGAL_REPRESENTATIVE_OF {from, until}]->(Company) */
  LEGAL_REPRESENTATIVE_OF: 'LEGAL_REPRESENTATIVE_OF',
  /** (Person)-[:OFFICER_OF {role, from, until}]->(Company); role ∈ OfficerRole; imports keep the source's own title in `roleText` */
  OFFICER_OF: 'OFFICER_OF',
  /** (Company branch 分公司)-[:BRANCH_OF {from, until}]->(Company head office) */
  BRANCH_OF: 'BRANCH_OF',
  /** (Agency)-[:PART_OF]->(Agency parent) — administrative hierarchy */
  PART_OF: 'PART_OF',
  /** (Agency predecessor)-[:SUCCEEDED_BY {on}]->(Agency successor) — renamed/merged */
  SUCCEEDED_BY: 'SUCCEEDED_BY',
  /** (Agency)-[:MAINTAINS]->(CreditList) */
  MAINTAINS: 'MAINTAINS',
  /** (PolicyDocument)-[:ESTABLISHES]->(CreditList) */
  ESTABLISHES: 'ESTABLISHES',
  /** (PolicyDocument memorandum)-[:TRIGGERED_BY]->(CreditList) and (Measure)-[:TRIGGERED_BY]->(CreditList) */
  TRIGGERED_BY: 'TRIGGERED_BY',
  /** (PolicyDocument)-[:DEFINES]->(Measure) */
  DEFINES: 'DEFINES',
  /**
   * (PolicyDocument)-[:PROPAGATES {ruleId, list, bearers, conditionText, conditionCode, basis…, inForceFrom, inForceUntil, origin}]->(Measure)
   * A propagation rule: on a listing on `list`, the document makes the measure apply to `bearers`
   * (graph/domain/sanctions.ts reads it; seed/reference/data/rules.json holds it). One per rule.
   */
  PROPAGATES: 'PROPAGATES',
  /** (Measure)-[:IMPLEMENTED_BY]->(Agency) */
  IMPLEMENTED_BY: 'IMPLEMENTED_BY',
  /** (Agency)-[:ISSUED]->(PolicyDocument) — issuing body */
  ISSUED: 'ISSUED',
  /** (Agency)-[:SIGNED]->(PolicyDocument) — signatory of a memorandum */
  SIGNED: 'SIGNED',
  /** (PolicyDocument newer)-[:SUPERSEDES]->(PolicyDocument older) */
  SUPERSEDES: 'SUPERSEDES',
  /** (PolicyDocument)-[:AMENDS]->(PolicyDocument) */
  AMENDS: 'AMENDS',
  /** (CreditList)-[:LEGAL_BASIS]->(PolicyDocument) */
  LEGAL_BASIS: 'LEGAL_BASIS',
  /** (CreditList)-[:PUBLISHED_ON]->(Platform) */
  PUBLISHED_ON: 'PUBLISHED_ON',
  /** (Platform)-[:OPERATED_BY]->(Agency) */
  OPERATED_BY: 'OPERATED_BY',
  /** (Platform)-[:SUPERVISED_BY]->(Agency) — the agency responsible for a platform it does not run itself */
  SUPERVISED_BY: 'SUPERVISED_BY',
  /** (Company|Person)-[:LISTED]->(Listing) */
  LISTED: 'LISTED',
  /** (Listing)-[:ON_LIST]->(CreditList) */
  ON_LIST: 'ON_LIST',
  /** (Listing)-[:DECIDED_BY]->(Agency) */
  DECIDED_BY: 'DECIDED_BY',
  /** (Person)-[:FAMILY_OF {relationship, from, until}]->(Person) — imported family link (FtM Family); `relationship` is the source's wording */
  FAMILY_OF: 'FAMILY_OF',
  /** (Person)-[:ASSOCIATE_OF {relationship, from, until}]->(Person) — imported close associate (FtM Associate) */
  ASSOCIATE_OF: 'ASSOCIATE_OF',
  /** (Company)-[:GRADED]->(Grade) */
  GRADED: 'GRADED',
  /** (Grade)-[:IN_SCHEME]->(GradeScheme) */
  IN_SCHEME: 'IN_SCHEME',
  /** (GradeScheme)-[:ISSUED_BY]->(Agency) */
  ISSUED_BY: 'ISSUED_BY',
  /** (GradeScheme)-[:DEFINED_IN]->(PolicyDocument) */
  DEFINED_IN: 'DEFINED_IN',
} as const;
export type Rel = (typeof Rel)[keyof typeof Rel];

export const OfficerRole = ['chair', 'director', 'supervisor', 'general_manager', 'senior_manager', 'finance_officer'] as const;
export type OfficerRole = (typeof OfficerRole)[number];

export const ListKind = ['blacklist', 'redlist', 'watchlist', 'abnormal_operations'] as const;
export type ListKind = (typeof ListKind)[number];

export const ListingStatus = ['active', 'expired', 'repaired', 'removed'] as const;
export type ListingStatus = (typeof ListingStatus)[number];

export const DocumentType = [
  'law',
  'administrative_regulation',
  'judicial_interpretation',
  'departmental_rule',
  'policy',
  'memorandum',
  'basic_list',
  'draft',
  'local_rule',
  /** National standard (GB…), e.g. GB 32100-2015 for the USCC. */
  'standard',
] as const;
export type DocumentType = (typeof DocumentType)[number];

/** Who bears a measure (the fact base's `applies_to`). */
export const BearerRole = [
  'entity',
  'legal_representative',
  'principal_responsible_person',
  'directly_responsible_person',
  /** The finance officer directly responsible (财务负责人), whom the tax memoranda name. */
  'finance_officer',
  'actual_controller',
  'controlling_shareholder',
  'director',
  'supervisor',
  'senior_manager',
  'individual',
] as const;
export type BearerRole = (typeof BearerRole)[number];

export const LegalBasisLevel = [
  'law',
  'administrative_regulation',
  'judicial_interpretation',
  'departmental_rule',
  'party_state_council_policy',
  'mou_only',
  'duty_based',
  'market_based',
] as const;
export type LegalBasisLevel = (typeof LegalBasisLevel)[number];

export const Confidence = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof Confidence)[number];

/** Provenance carried by every node and relationship. */
export interface Provenance {
  source: string;
  sourceUrl?: string | null;
  /** Imported facts: the record's own id in its source (FtM entity id, BODS statement id). */
  sourceId?: string | null;
  recordedAt: string;
}

/**
 * A company. Imported entities without a USCC (foreign companies, organisations and BODS
 * arrangements from FtM/BODS files) have a prefixed id (`ftm-…`, `bods-…`), no `uscc`, possibly no
 * `nameZh` (then `nameEn` holds the name in its own script) and a `jurisdiction`.
 */
export interface CompanyNode extends Provenance {
  id: string; // = uscc
  uscc: string;
  nameZh: string;
  nameEn?: string | null;
  /** ISO 3166 alpha-2 country code of an imported non-Chinese entity (`ru`, `us`). */
  jurisdiction?: string | null;
  /** Register identifiers of an imported entity as `scheme:id` (BODS, e.g. `GB-COH:06292597`). */
  identifiers?: string[] | null;
  formerNames?: string[];
  legalForm?: string | null;
  status?: string | null; // in_operation | revoked | cancelled | moved_out | liquidation
  registeredCapital?: number | null; // CNY
  established?: string | null;
  divisionCode?: string | null; // GB/T 2260, 6 digits
  industryCode?: string | null; // GB/T 4754 section letter + division
  address?: string | null;
  isBranch?: boolean;
  stateOwned?: boolean;
  synthetic?: boolean;
}

export interface PersonNode extends Provenance {
  id: string;
  nameZh: string;
  namePinyin?: string | null;
  /** Name in Latin script (imported persons; foreign persons may have no `nameZh`). */
  nameEn?: string | null;
  /** Salted hash of an imported ID-card number; the number itself is never stored. */
  idNumberHash?: string | null;
  synthetic?: boolean;
}

export interface ListingNode extends Provenance {
  id: string;
  from: string;
  until?: string | null;
  status: ListingStatus;
  /** Date the listing was repaired (credit repair) or removed, when status says so. */
  endedOn?: string | null;
  reason?: string | null;
  caseNumber?: string | null;
  synthetic?: boolean;
}

export interface GradeNode extends Provenance {
  id: string;
  grade: string;
  year: number;
  synthetic?: boolean;
}
