import type { BearerRole, DocumentType, OfficerRole } from '../model.ts';
import { documentInForce } from './validity.ts';

/**
 * Sanction propagation: how one listing becomes measures by many agencies, for whom, and on what
 * legal basis, as of a date D. Every rule of the sanction trace is stated (and implemented) here once;
 * the queries in graph/trace/ only fetch the neighbourhood these rules read.
 *
 * 1. Active listing. A listing is active at D when from ≤ D, D < until (no until: open-ended), and,
 *    when its status says it ended (expired, repaired, removed), D < endedOn. An ended listing without
 *    any end date is never treated as active: we know it ended, not when.
 * 2. Document in force. A document is in force at D when its start (effective, else issued; unknown:
 *    no bound) ≤ D and D < repealed (none: no bound). Drafts are never in force.
 * 3. Which documents speak for which list. A document triggered by lists (a memorandum) speaks only
 *    for those lists. A law, regulation, interpretation or rule that establishes lists or is their
 *    legal basis is the instrument of that list regime (the Civil Procedure Law and the SPC
 *    interpretations for court lists, the Migrant Wages Regulations for wage arrears, SAT Order 54 for
 *    tax lists): it speaks for the lists their maintaining agency keeps. Party/State Council policy
 *    documents and basic lists are of general application, as is any document establishing no list:
 *    they speak for every list.
 * 4. Measures of a list. On an active listing on list L, measure M applies at D when a document in
 *    force that speaks for L and is triggered by L defines M, or when M is itself triggered by L and
 *    some document in force that speaks for L defines it. M counts once however it is reached; its
 *    basis is every document in force that defines it and speaks for L. A measure with no such
 *    document does not apply (legalBasisAudit reports it).
 * 5. Bearers at D, by the measure's roles (`appliesTo`): `entity` → the listed company, `individual`
 *    → the listed person; `legal_representative` → LEGAL_REPRESENTATIVE_OF holders at D; officer-based
 *    roles → OFFICER_OF holders at D with the roles in `officerRolesFor`; `actual_controller` → the
 *    ownership module's actual controller; `controlling_shareholder` → the direct shareholder the
 *    same controller rule picks among direct holders (> 50 %, else the largest). Roles the graph
 *    cannot resolve to a party are skipped.
 * 6. Legal basis. A chain's basis level is the highest-ranking type among its supporting documents;
 *    it is `belowLawOrRegulation` when none is a law, an administrative regulation or a judicial
 *    interpretation, i.e. when it rests only on rules, policy documents, the basic list or memoranda
 *    (the test the 2020–21 reform applies). `inBasicList` says whether a basic list in force defines it.
 * 7. The subject's trace. For subject S: every measure on S's own active listings, for all its bearers;
 *    plus every measure S itself bears at D on the active listings of companies where S holds a role
 *    (legal representative, officer, actual controller, controlling shareholder).
 * 8. Redlists work the same way; their measures have polarity `incentive`.
 * 9. Legal-basis audit. A list rests on the documents that establish it or are its legal basis; a
 *    measure rests, on each list that may trigger it, on its supporting documents there (rule 4), and,
 *    when no list triggers it, on every document in force that defines it. Each is reported when it has
 *    no document at all, none in force at D, or a basis below law or regulation (rule 6).
 */

/** A policy document as the rules read it. */
export interface DocumentFacts {
  id: string;
  type: DocumentType;
  issued?: string | null;
  effective?: string | null;
  repealed?: string | null;
  /** Lists the document is triggered by (a memorandum's lists). */
  triggeredBy: readonly string[];
  /** Maintaining agencies of the lists it establishes or is the legal basis of. */
  regimeOf: readonly string[];
}

/** Rule 2 (graph/domain/validity.ts). */
export const inForce = (document: DocumentFacts, asOf: string): boolean => documentInForce(document, asOf);

/** The list a listing is on, with its maintaining agency (rule 3 needs it). */
export interface ListFacts {
  id: string;
  maintainedBy: readonly string[];
}

/** Document types of general application even when they underpin a list (rule 3). */
export const generalTypes: ReadonlySet<DocumentType> = new Set(['policy', 'basic_list']);

/** Rule 3. */
export function speaksFor(document: DocumentFacts, list: ListFacts): boolean {
  if (document.triggeredBy.length > 0) return document.triggeredBy.includes(list.id);
  if (document.regimeOf.length > 0 && !generalTypes.has(document.type)) return document.regimeOf.some((agency) => list.maintainedBy.includes(agency));
  return true;
}

export interface MeasureFacts<D extends DocumentFacts = DocumentFacts> {
  id: string;
  /** Lists the measure itself is triggered by. */
  triggeredBy: readonly string[];
  /** Every document that defines the measure, in force or not. */
  definedIn: readonly D[];
}

/** A measure that applies on a list at D, with the documents it rests on there. */
export interface AppliedMeasure<M extends MeasureFacts<D>, D extends DocumentFacts = DocumentFacts> {
  measure: M;
  listId: string;
  /** Supporting documents, highest-ranking type first. */
  documents: D[];
  basisLevel: DocumentType | null;
  belowLawOrRegulation: boolean;
  inBasicList: boolean;
}

/** Rule 4 for one measure on one list; null when it does not apply there at D. */
export function applyOnList<D extends DocumentFacts, M extends MeasureFacts<D>>(measure: M, list: ListFacts, asOf: string): AppliedMeasure<M, D> | null {
  const documents = measure.definedIn.filter((document) => inForce(document, asOf) && speaksFor(document, list));
  const reachedByDocument = documents.some((document) => document.triggeredBy.includes(list.id));
  const reachedDirectly = measure.triggeredBy.includes(list.id) && documents.length > 0;
  if (!reachedByDocument && !reachedDirectly) return null;
  return { measure, listId: list.id, ...legalBasis(documents) };
}

/** Rule 4 for every candidate measure of a list; each measure at most once, in id order. */
export function measuresOnList<D extends DocumentFacts, M extends MeasureFacts<D>>(candidates: readonly M[], list: ListFacts, asOf: string): AppliedMeasure<M, D>[] {
  const unique = new Map(candidates.map((measure) => [measure.id, measure]));
  return [...unique.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((measure) => applyOnList<D, M>(measure, list, asOf))
    .filter((applied): applied is AppliedMeasure<M, D> => applied !== null);
}

/** Document types from the highest-ranking basis down (rule 6). */
export const basisRank: readonly DocumentType[] = [
  'law',
  'administrative_regulation',
  'judicial_interpretation',
  'departmental_rule',
  'local_rule',
  'policy',
  'basic_list',
  'memorandum',
  'draft',
];

/** Types that count as law or regulation for the reform's test (rule 6). */
export const statutoryTypes: ReadonlySet<DocumentType> = new Set(['law', 'administrative_regulation', 'judicial_interpretation']);

const rankOf = (type: DocumentType) => {
  const rank = basisRank.indexOf(type);
  return rank < 0 ? basisRank.length : rank;
};

/** Rule 6: documents sorted by rank, the highest type, the flag and basic-list membership. */
export function legalBasis<D extends DocumentFacts>(documents: readonly D[]) {
  const sorted = [...documents].sort((a, b) => rankOf(a.type) - rankOf(b.type) || a.id.localeCompare(b.id));
  return {
    documents: sorted,
    basisLevel: sorted[0]?.type ?? null,
    belowLawOrRegulation: !sorted.some((document) => statutoryTypes.has(document.type)),
    inBasicList: sorted.some((document) => document.type === 'basic_list'),
  };
}

/**
 * Officer roles (OFFICER_OF.role) that make a person bear a measure addressed to each bearer role.
 * Principal responsible persons (主要负责人) are the chair and the general manager; directly responsible
 * persons (直接责任人员) are presumed to be the finance officer and the other senior managers, the
 * officers who run the company's performance and finances (the listing decision may name others, which
 * the graph does not record); directors include the chair; senior managers are the general manager,
 * deputy managers and the finance officer (Company Law 2023 art. 265).
 */
export const officerRolesFor: Partial<Record<BearerRole, readonly OfficerRole[]>> = {
  principal_responsible_person: ['chair', 'general_manager'],
  directly_responsible_person: ['senior_manager', 'finance_officer'],
  finance_officer: ['finance_officer'],
  director: ['chair', 'director'],
  supervisor: ['supervisor'],
  senior_manager: ['general_manager', 'senior_manager', 'finance_officer'],
};

export type PartyKind = 'Company' | 'Person' | 'Agency';

export interface Party {
  id: string;
  kind: PartyKind;
}

/** How a party holds a role in the listed party at D (the evidence behind a bearer role). */
export type RoleTie =
  | { relation: 'LISTED' }
  | { relation: 'LEGAL_REPRESENTATIVE_OF'; from?: string | null }
  | { relation: 'OFFICER_OF'; officerRole: OfficerRole; from?: string | null }
  | { relation: 'ACTUAL_CONTROLLER'; share: number; rule: string }
  | { relation: 'CONTROLLING_SHAREHOLDER'; share: number; rule: string };

/** Who stands around a listed party at D: the inputs of rule 5. */
export interface RoleHolders<P extends Party> {
  listed: P;
  legalRepresentatives: ReadonlyArray<{ party: P; from?: string | null }>;
  officers: ReadonlyArray<{ party: P; role: OfficerRole; from?: string | null }>;
  actualController?: { party: P; share: number; rule: string } | null;
  controllingShareholder?: { party: P; share: number; rule: string } | null;
}

export interface BearerRoleEvidence {
  role: BearerRole;
  tie: RoleTie;
}

export interface Bearer<P extends Party> {
  party: P;
  roles: BearerRole[];
  evidence: BearerRoleEvidence[];
}

/** Rule 5: the parties bearing a measure addressed to `appliesTo`, each once with every role it bears. */
export function bearersOf<P extends Party>(appliesTo: readonly string[], holders: RoleHolders<P>): Bearer<P>[] {
  const found = new Map<string, Bearer<P>>();
  const add = (party: P, role: BearerRole, tie: RoleTie) => {
    const bearer = found.get(party.id) ?? { party, roles: [], evidence: [] };
    if (!bearer.roles.includes(role)) bearer.roles.push(role);
    bearer.evidence.push({ role, tie });
    found.set(party.id, bearer);
  };
  for (const role of appliesTo as readonly BearerRole[]) {
    if (role === 'entity' && holders.listed.kind === 'Company') add(holders.listed, role, { relation: 'LISTED' });
    if (role === 'individual' && holders.listed.kind === 'Person') add(holders.listed, role, { relation: 'LISTED' });
    if (role === 'legal_representative') {
      for (const { party, from } of holders.legalRepresentatives) add(party, role, { relation: 'LEGAL_REPRESENTATIVE_OF', from });
    }
    const officerRoles = officerRolesFor[role];
    if (officerRoles) {
      for (const officer of holders.officers) {
        if (officerRoles.includes(officer.role)) add(officer.party, role, { relation: 'OFFICER_OF', officerRole: officer.role, from: officer.from });
      }
    }
    const controller = role === 'actual_controller' ? holders.actualController : role === 'controlling_shareholder' ? holders.controllingShareholder : null;
    if (controller && controller.party.id !== holders.listed.id) {
      add(controller.party, role, { relation: role === 'actual_controller' ? 'ACTUAL_CONTROLLER' : 'CONTROLLING_SHAREHOLDER', share: controller.share, rule: controller.rule });
    }
  }
  return [...found.values()].sort((a, b) => a.party.id.localeCompare(b.party.id));
}

export type BasisProblem = 'no_document' | 'none_in_force' | 'below_law_or_regulation';

/** Rule 9: what is wrong with a basis, given how many documents there are at all and the basis in force. */
export function basisProblem(documentsAtAll: number, basis: { documents: readonly unknown[]; belowLawOrRegulation: boolean }): BasisProblem | null {
  if (documentsAtAll === 0) return 'no_document';
  if (basis.documents.length === 0) return 'none_in_force';
  return basis.belowLawOrRegulation ? 'below_law_or_regulation' : null;
}
