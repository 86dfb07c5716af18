import type { AppliedMeasure, AppliedRule, Bearer, BearerRoleEvidence, CitationFacts, Condition, ConditionStatus, DocumentFacts, EditionFacts, NotApplicable, RuleFacts } from '../domain/sanctions.ts';
import type { BearerRole, DocumentType, ListingStatus, ListKind, PartyRef } from '../model.ts';
import type { GraphView } from '../view.ts';

type Props = Record<string, unknown>;

/**
 * The shapes the sanction-trace capabilities return (server/schema/trace.graphql mirrors them). Every
 * node ref is also a NodeRecord ({id, kind, props}), so the API serves it as its full node type.
 */

/**
 * A party of the trace: the model's PartyRef with the properties the trace shows. The kinds of lists
 * it is on are the trace's own answer (its listings and ties), so they are not read with it.
 */
export interface TraceParty extends Omit<PartyRef, 'activeListKinds'> {
  props: Props;
  name: string;
  nameEn: string | null;
  synthetic: boolean;
}

export interface AgencyRef {
  id: string;
  kind: 'Agency';
  props: Props;
  name: string;
  nameEn: string | null;
  abbreviation: string | null;
}

export interface ListRef {
  id: string;
  maintainedBy: readonly string[];
  kind: 'CreditList';
  props: Props;
  name: string;
  nameEn: string | null;
  listKind: ListKind | null;
}

export interface DocumentRef extends DocumentFacts {
  kind: 'PolicyDocument';
  props: Props;
  docNumber: string | null;
  name: string;
  nameEn: string | null;
  confidence: string | null;
}

export interface MeasureRef {
  id: string;
  kind: 'Measure';
  props: Props;
  name: string;
  nameEn: string | null;
  polarity: string | null;
  appliesTo: string[];
  legalBasisLevel: string | null;
  /** The reference data's grouping (consumption_and_travel, finance, …). */
  category: string;
  confidence: string | null;
  agencies: AgencyRef[];
  /** Every document that defines the measure (DEFINES), in force or not. */
  definedIn: DocumentRef[];
}

/** A propagation rule as the trace reads it (graph/domain/sanctions.ts rule 1). */
export interface RuleRef extends RuleFacts<DocumentRef> {
  notes: string | null;
  sourceTitles: string[];
  sourceUrls: string[];
}

export type CitationRef = CitationFacts<DocumentRef>;
export type EditionRef = EditionFacts<DocumentRef>;
export type AppliedOnList = AppliedMeasure<MeasureRef, RuleRef, DocumentRef>;
export type RuleNotApplicable = NotApplicable<RuleRef, DocumentRef>;

/** A rule behind a chain, with its citations at the date and its condition decided for the bearer. */
export interface ChainRule extends AppliedRule<RuleRef, DocumentRef> {
  conditionStatus: ConditionStatus;
}

export interface ListingRef {
  id: string;
  kind: 'Listing';
  props: Props;
  from: string;
  until: string | null;
  status: ListingStatus;
  endedOn: string | null;
  reason: string | null;
  caseNumber: string | null;
  party: TraceParty;
  list: ListRef;
  decidedBy: AgencyRef | null;
}

/** The legal basis of a measure where it applies: rule 6 of graph/domain/sanctions.ts. */
export interface Basis {
  documents: DocumentRef[];
  basisLevel: DocumentType | null;
  belowLawOrRegulation: boolean;
  inBasicList: boolean;
}

/** One (bearer, measure, listing): listing → list → rules (documents, articles) → measure → implementing agencies. */
export interface SanctionChain extends Basis {
  /** The rules that make this bearer bear the measure here, each with its condition's status. */
  rules: ChainRule[];
  /** No rule applies unconditionally: a condition the data cannot decide stands between listing and measure. */
  conditional: boolean;
  bearer: TraceParty;
  roles: BearerRole[];
  evidence: BearerRoleEvidence[];
  /** The listed party whose listing sets the chain off (the subject, or a company it holds a role in). */
  via: TraceParty;
  listing: ListingRef;
  measure: MeasureRef;
  agencies: AgencyRef[];
}

export interface TraceMeasure extends Basis {
  measure: MeasureRef;
  /** Article-level citations of the applying rules, once each. */
  citations: CitationRef[];
  /** Conditions of the applying rules, once each. */
  conditions: Condition[];
  /** Every chain of the measure is conditional. */
  conditional: boolean;
  agencies: AgencyRef[];
  lists: ListRef[];
  bearers: Bearer<TraceParty>[];
}

export interface TraceBearer {
  party: TraceParty;
  roles: BearerRole[];
  measures: MeasureRef[];
}

export interface AgencyCount {
  agency: AgencyRef;
  measures: number;
  chains: number;
}

export interface CategoryCount {
  category: string;
  measures: number;
  chains: number;
}

export interface SanctionTrace {
  subject: TraceParty;
  asOf: string;
  /** The subject's own active listings, and those of companies whose measures the subject bears. */
  listings: ListingRef[];
  measures: TraceMeasure[];
  bearers: TraceBearer[];
  chains: SanctionChain[];
  byAgency: AgencyCount[];
  byCategory: CategoryCount[];
  /** Rules in force on the listings that the reform ended: what applied before and no longer does. */
  notApplicable: NotApplicableMeasure[];
  view: GraphView;
}

/** A measure that would follow from a listing under rules in force but no longer applies, with why and since when. */
export interface NotApplicableMeasure {
  measure: MeasureRef;
  list: ListRef;
  rules: RuleRef[];
  reason: RuleNotApplicable['reason'];
  endedBy: DocumentRef;
  grounds: string;
  since: string;
}

/** A list on which a measure applies at the date, with the measure's basis there. */
export interface ListBasis extends Basis {
  list: ListRef;
}

export interface PageRequest {
  asOf: string;
  first: number;
  /** Sort key (id) of the last item of the previous page. */
  after?: string | null;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  hasNextPage: boolean;
}
