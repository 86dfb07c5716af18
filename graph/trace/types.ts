import type { Bearer, BearerRoleEvidence, DocumentFacts, ListFacts, MeasureFacts } from '../domain/sanctions.ts';
import type { BearerRole, DocumentType, ListingStatus, ListKind, PartyRef as ModelPartyRef } from '../model.ts';
import type { GraphView } from '../view.ts';

type Props = Record<string, unknown>;

/**
 * The shapes the sanction-trace capabilities return (server/schema/trace.graphql mirrors them). Every
 * node ref is also a NodeRecord ({id, kind, props}), so the API serves it as its full node type.
 */

/** A party of the trace: the model's PartyRef with the properties the trace shows. */
export interface PartyRef extends ModelPartyRef {
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

export interface ListRef extends ListFacts {
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

export interface MeasureRef extends MeasureFacts<DocumentRef> {
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
  party: PartyRef;
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

/** One (bearer, measure, listing): listing → list → documents → measure → implementing agencies. */
export interface SanctionChain extends Basis {
  bearer: PartyRef;
  roles: BearerRole[];
  evidence: BearerRoleEvidence[];
  /** The listed party whose listing sets the chain off (the subject, or a company it holds a role in). */
  via: PartyRef;
  listing: ListingRef;
  measure: MeasureRef;
  agencies: AgencyRef[];
}

export interface TraceMeasure extends Basis {
  measure: MeasureRef;
  agencies: AgencyRef[];
  lists: ListRef[];
  bearers: Bearer<PartyRef>[];
}

export interface TraceBearer {
  party: PartyRef;
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
  subject: PartyRef;
  asOf: string;
  /** The subject's own active listings, and those of companies whose measures the subject bears. */
  listings: ListingRef[];
  measures: TraceMeasure[];
  bearers: TraceBearer[];
  chains: SanctionChain[];
  byAgency: AgencyCount[];
  byCategory: CategoryCount[];
  view: GraphView;
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
