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
  CreditRecord: 'CreditRecord',
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
  /**
   * (Company child)-[:CONSOLIDATED_BY {level, status, from, until}]->(Company parent) — accounting
   * consolidation as GLEIF's level-2 relationship records state it (`level`: direct | ultimate).
   * Not a shareholding: no percentage is known, and it is never summed into ownership.
   */
  CONSOLIDATED_BY: 'CONSOLIDATED_BY',
  /**
   * (Company imported)-[:SAME_AS {score, why, status: 'candidate'}]->(Company in the graph) — an
   * imported entity without a USCC whose name the company-name matcher scored at or above its
   * threshold: a candidate for an analyst to confirm, never merged.
   */
  SAME_AS: 'SAME_AS',
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
   * (PolicyDocument)-[:PROPAGATES {ruleId, list, bearers, conditionText, conditionTextZh, conditionCode, basis…, inForceFrom, inForceUntil, origin}]->(Measure)
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
  /** (Company|Person)-[:HAS_RECORD]->(CreditRecord) — a record of the subject's credit file */
  HAS_RECORD: 'HAS_RECORD',
  /** (CreditRecord credit repair)-[:ENDS]->(Listing|CreditRecord penalty) — what the repair ended */
  ENDS: 'ENDS',
} as const;
export type Rel = (typeof Rel)[keyof typeof Rel];

/** Kinds of node that hold shares or roles: companies, natural persons and state bodies (state-owned holdings). */
export const PartyKind = ['Company', 'Person', 'Agency'] as const;
export type PartyKind = (typeof PartyKind)[number];

/**
 * A party as an answer names it: id, kind and display name (Chinese, else English; null when unknown),
 * plus what a canvas draws of it, read in the same statement (graph/queries/partyFields.ts) so that
 * the view of an answer needs no second read (graph/view.ts#projectView).
 */
export interface PartyRef {
  id: string;
  kind: PartyKind;
  name: string | null;
  /** The stored English name, else the pinyin name; null when neither is stored. */
  nameEn: string | null;
  synthetic: boolean;
  /** The kinds of the lists it has an active listing on at the answer's date. */
  activeListKinds: string[];
}

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
  /** Register identifiers of an imported entity as `scheme:id` (BODS, e.g. `GB-COH:06292597`; GLEIF `LEI:…`). */
  identifiers?: string[] | null;
  /** ISO 17442 Legal Entity Identifier (GLEIF imports). */
  lei?: string | null;
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

/**
 * The sections of a company's credit file as NECIPS (国家企业信用信息公示系统) and Credit China
 * (信用中国) publish them, besides registration, officers, shareholders, listings and grades, which
 * have their own kinds. Abnormal-operations entries and removals are Listings on the
 * `abnormal_operations` list (one fact, not two); grades of every scheme are Grades.
 */
export const CreditSection = [
  /** 行政处罚: decision number, deciding agency, legal basis, facts, penalty kind, amount, decision date, publication period, repaired. */
  'penalty',
  /** 行政许可: number, issuing agency, scope, valid from/until. */
  'licence',
  /** 抽查检查 incl. 双随机、一公开 (kind `random_spot_check`): agency, date, kind, result. */
  'inspection',
  /** 年报: year, filed on, on time or late, public figures (employees, social-insurance headcount). */
  'annual_report',
  /** 信用承诺: matter, date, kept or breached. */
  'commitment',
  /** 信用修复: what was repaired, applicant, deciding body, date; ENDS the listing or penalty. */
  'repair',
  /** 荣誉: honours and awards. */
  'honour',
] as const;
export type CreditSection = (typeof CreditSection)[number];

/**
 * One record of a credit file. As of a date D it is in the file when `decidedOn` <= D; a penalty is
 * publicly shown until `publicUntil` (then `published` is false at D) and no longer counts once a
 * repair ending it is dated <= D; a licence is valid from `validFrom` through `validUntil`.
 */
export interface CreditRecordNode extends Provenance {
  id: string;
  section: CreditSection;
  /** Decision, licence or report number. */
  number?: string | null;
  /** What: penalty facts, licence scope, inspection matter, commitment matter, honour title. */
  title?: string | null;
  /** Date of the record: decision, issue, inspection, filing, commitment, repair or award. */
  decidedOn: string;
  agencyName?: string | null;
  legalBasis?: string | null;
  /** Penalty kind (warning, fine, confiscation, suspension, revocation); inspection kind (random_spot_check, targeted). */
  recordKind?: string | null;
  /** Fine in CNY. */
  amount?: number | null;
  /** Inspection result (no_problem, problem_found, not_found_at_address); commitment: kept | breached. */
  result?: string | null;
  publicUntil?: string | null;
  validFrom?: string | null;
  validUntil?: string | null;
  /** Annual report: the reported year, filed on time, employees, social-insurance headcount. */
  year?: number | null;
  onTime?: boolean | null;
  employees?: number | null;
  insured?: number | null;
  /** Credit repair: who applied. */
  applicant?: string | null;
  synthetic?: boolean;
}

export interface GradeNode extends Provenance {
  id: string;
  grade: string;
  year: number;
  synthetic?: boolean;
}

/**
 * Monitoring: what changed in the SCS data, and who watches it. These nodes carry their own labels
 * and NO `Node` label, so no SCS query (search, neighbourhood, trace, export, reset) ever sees them.
 * - (:ChangeEvent {id, kind, subjectId, factId, factKind, partyId?, before, after, on, source, sourceUrl?, recordedAt})
 *   `before`/`after` are JSON strings of the changed fact's properties (null when it did not exist);
 *   `on` is the date the change took effect in the world (listing start, repair date, evaluation date).
 * - (:Watchlist {id, name, depth, createdAt})-[:WATCHES {addedAt}]->(:WatchedSubject {id = subject id})
 *   plus (:Watchlist)-[:ACKNOWLEDGED {at}]->(:ChangeEvent), (:Watchlist)-[:LAST_SCORE]… kept as
 *   properties on WATCHES (`score`, `scoredOn`) for the exposure-change evaluation.
 * - (:Webhook {id, url, watchlistId}) and (:Delivery {id, eventId, webhookId, attempts, status, log}).
 * - (:Evaluation {date, at}) — one per evaluated date of the daily evaluation.
 * - (:Watchlist)-[:REACHES]->(:Reach) its stored reach, (:Watchlist)-[:COUNTS]->(:EventCount {kind,
 *   day, events, acknowledged}) its event counts (graph/monitoring/reach.ts, eventCounts.ts).
 */
export const MonitoringLabel = {
  ChangeEvent: 'ChangeEvent',
  Watchlist: 'Watchlist',
  WatchedSubject: 'WatchedSubject',
  Webhook: 'Webhook',
  Delivery: 'Delivery',
  Evaluation: 'Evaluation',
  /** A node a watchlist reaches, with its path (graph/monitoring/reach.ts). */
  Reach: 'Reach',
  /** A watchlist's count of events of one kind recorded on one day (graph/monitoring/eventCounts.ts). */
  EventCount: 'EventCount',
} as const;

/** Kinds of change event: written by the loaders (graph/load/changes.ts) or the daily evaluation. */
export const ChangeKind = [
  'listing_added',
  'listing_ended',
  'listing_repaired',
  'listing_expired',
  'abnormal_entry',
  'abnormal_removal',
  'penalty',
  'grade_change',
  'legal_representative_change',
  'officer_change',
  'shareholder_change',
  'controller_change',
  'licence_expiring',
  'document_effective',
  'exposure_change',
  'measure_applying',
] as const;
export type ChangeKind = (typeof ChangeKind)[number];

export interface ChangeEventNode {
  id: string;
  kind: ChangeKind;
  subjectId: string;
  factId: string;
  factKind: string;
  /** The other party of a role change (the officer, the shareholder). */
  partyId?: string | null;
  before: string | null;
  after: string | null;
  on: string;
  source: string;
  sourceUrl?: string | null;
  recordedAt: string;
}
