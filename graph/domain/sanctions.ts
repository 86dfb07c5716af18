import type { BearerRole, DocumentType, OfficerRole, PartyKind } from '../model.ts';
import { basicListEditionAt, documentInForce, documentStart, openEnd, openStart } from './validity.ts';

/**
 * Sanction propagation: how one listing becomes measures by many agencies, for whom, on what legal
 * basis and under what condition, as of a date D. Every rule of the sanction trace is stated (and
 * implemented) here once; the queries in graph/trace/ only fetch what these rules read. The time
 * rules (listing active, document in force, role held, basic-list edition) are graph/domain/validity.ts.
 *
 * 1. A propagation rule is the unit of truth (seed/reference/data/rules.json, PROPAGATES links):
 *    (document, list, measure) → bearers, condition, article-level basis, period. A document speaks
 *    for a list only through a rule naming both; bearers come only from rules.
 * 2. A rule is in force at D when its document is (validity rule 2) and D lies in the rule's own
 *    period [inForceFrom, inForceUntil).
 * 3. The reform by date (国办发〔2020〕49号 and the national basic lists of punishment measures; incentives
 *    are outside it). Before the first basic-list
 *    edition takes effect, rules apply as written. From then on a rule in force applies at D only when
 *    it rests directly on law, administrative regulation or judicial interpretation (its document or
 *    a cited document is one), or the edition in force at D covers its measure. A rule in force that
 *    fails this test is not applicable: it is returned with the edition that ended it and since when
 *    (the start of the first edition of the unbroken run of editions, up to D, that leave it out).
 * 4. Measures of a list at D: the measures of the rules that apply there, each once; its basis is the
 *    rules' documents and the documents they cite (in force at D), plus the edition covering it.
 * 5. Bearers at D, by the applying rules' roles: `entity` → the listed company, `individual` → the
 *    listed person; `legal_representative` → LEGAL_REPRESENTATIVE_OF holders at D; officer-based roles
 *    → OFFICER_OF holders at D with the roles in `officerRolesFor`; `actual_controller` → the ownership
 *    module's actual controller; `controlling_shareholder` → the direct shareholder the same controller
 *    rule picks among direct holders (> 50 %, else the largest). Roles the graph cannot resolve to a
 *    party are skipped.
 * 6. Conditions. A rule's condition is decided where the data can decide it (`conditionStatus`):
 *    `personally_listed` holds for the listed person themself, `also_judgment_debtor` when the listed
 *    company is also on the dishonest judgment-debtor list at D; any other code is unknown. A bearer
 *    bears a measure unconditionally when one of its rules has no condition or a met one; else, if a
 *    condition is unknown, conditionally; if every condition is unmet, not at all.
 * 7. Legal basis. The basis level is the highest-ranking type among the supporting documents; it is
 *    `belowLawOrRegulation` when none is a law, an administrative regulation or a judicial
 *    interpretation (the reform's test). `inBasicList`: the edition in force at D covers the measure.
 * 8. The subject's trace. For subject S: every measure on S's own active listings, for all its bearers;
 *    plus every measure S itself bears at D on the active listings of companies where S holds a role.
 *    Redlists work the same way; their measures have polarity `incentive`.
 * 9. Legal-basis audit. A list rests on the documents that establish it or are its legal basis; a
 *    measure rests, on each list a rule names, on its basis there (rule 4). Each is reported when it
 *    has no document at all, none in force at D, or a basis below law or regulation (rule 7).
 */

/** The reform document whose test the basic-list editions apply (rule 3). */
export const reformDocument = 'pol_2020_opinions_49';
/** The list whose listing decides the `also_judgment_debtor` condition (rule 6). */
export const judgmentDebtorList = 'spc_dishonest_judgment_debtors';

/** A policy document as the rules read it. */
export interface DocumentFacts {
  id: string;
  type: DocumentType;
  issued?: string | null;
  effective?: string | null;
  repealed?: string | null;
}

/** Validity rule 2 (graph/domain/validity.ts). */
export const inForce = (document: DocumentFacts, asOf: string): boolean => documentInForce(document, asOf);

/** A national basic-list edition with the measures it covers. */
export interface EditionFacts<D extends DocumentFacts = DocumentFacts> {
  document: D;
  covers: readonly string[];
  /** Rows not extracted: coverage taken over from the previous edition (low confidence). */
  coverageInherited: boolean;
}

/** An article-level citation; `document` is set when the cited text is a node. */
export interface CitationFacts<D extends DocumentFacts = DocumentFacts> {
  document: D | null;
  docNumber: string | null;
  title: string | null;
  article: string | null;
  /** The text in force that numbers the article so; null: always. */
  from: string | null;
  until: string | null;
}

export interface Condition {
  text: string;
  /** The condition in the source's Chinese words, where the research read them verbatim. */
  textZh?: string | null;
  code: string | null;
}

/** A propagation rule (rule 1). */
export interface RuleFacts<D extends DocumentFacts = DocumentFacts> {
  id: string;
  document: D;
  listId: string;
  measureId: string;
  bearers: readonly BearerRole[];
  condition: Condition | null;
  basis: readonly CitationFacts<D>[];
  inForceFrom: string | null;
  inForceUntil: string | null;
  origin: string;
  confidence: string | null;
}

/** Rule 2. */
export function ruleInForce(rule: RuleFacts, asOf: string): boolean {
  return inForce(rule.document, asOf) && (rule.inForceFrom ?? openStart) <= asOf && asOf < (rule.inForceUntil ?? openEnd);
}

/** Types that count as law or regulation for the reform's test (rules 3 and 7). */
export const statutoryTypes: ReadonlySet<DocumentType> = new Set(['law', 'administrative_regulation', 'judicial_interpretation']);

/** Rule 3: the rule rests directly on law, administrative regulation or judicial interpretation. */
export const restsOnStatute = (rule: RuleFacts): boolean =>
  statutoryTypes.has(rule.document.type) || rule.basis.some((c) => c.document !== null && statutoryTypes.has(c.document.type));

/** The citations of a rule that number the text in force at D. */
export const citationsAt = <D extends DocumentFacts>(rule: RuleFacts<D>, asOf: string): CitationFacts<D>[] =>
  rule.basis.filter((c) => (c.from ?? openStart) <= asOf && asOf < (c.until ?? openEnd));

/** Why a rule in force does not apply at D (rule 3). */
export interface NotApplicable<R extends RuleFacts<D>, D extends DocumentFacts = DocumentFacts> {
  rule: R;
  reason: 'not_in_basic_list';
  /** The edition that left the measure out first in the run up to D. */
  endedBy: D;
  /** The reform document whose test the edition applies. */
  grounds: string;
  since: string;
}

/** The basic-list coverage of a measure at D, or why the reform ends a rule (rule 3). */
export function reformTest<R extends RuleFacts<D>, D extends DocumentFacts>(
  rule: R,
  editions: readonly EditionFacts<D>[],
  asOf: string,
): { applies: true; edition: EditionFacts<D> | null } | { applies: false; notApplicable: NotApplicable<R, D> } {
  const current = basicListEditionAt(editions.map((e) => e.document), asOf);
  const edition = current ? editions.find((e) => e.document.id === current.id)! : null;
  const covering = edition?.covers.includes(rule.measureId) ? edition : null;
  if (!edition || covering || restsOnStatute(rule)) return { applies: true, edition: covering };
  // Walk back through the editions in force before D while they leave the measure out too.
  const started = (e: EditionFacts<D>) => documentStart(e.document) ?? openStart;
  const earlier = editions.filter((e) => started(e) <= started(edition) && e.document.id !== edition.document.id && inForce(e.document, started(e)));
  earlier.sort((a, b) => started(b).localeCompare(started(a)));
  let first = edition;
  for (const e of earlier) {
    if (e.covers.includes(rule.measureId)) break;
    first = e;
  }
  const since = [started(first), rule.inForceFrom ?? openStart, documentStart(rule.document) ?? openStart].sort().at(-1)!;
  return { applies: false, notApplicable: { rule, reason: 'not_in_basic_list', endedBy: first.document, grounds: reformDocument, since } };
}

/** A rule that applies on a list at D, with its citations at D and the edition covering its measure. */
export interface AppliedRule<R extends RuleFacts<D>, D extends DocumentFacts = DocumentFacts> {
  rule: R;
  citations: CitationFacts<D>[];
  edition: EditionFacts<D> | null;
}

/** A measure that applies on a list at D, with the rules it rests on there (rule 4). */
export interface AppliedMeasure<M, R extends RuleFacts<D>, D extends DocumentFacts = DocumentFacts> {
  measure: M;
  listId: string;
  rules: AppliedRule<R, D>[];
  /** Supporting documents, highest-ranking type first. */
  documents: D[];
  basisLevel: DocumentType | null;
  belowLawOrRegulation: boolean;
  inBasicList: boolean;
}

export interface ListEvaluation<M, R extends RuleFacts<D>, D extends DocumentFacts = DocumentFacts> {
  measures: AppliedMeasure<M, R, D>[];
  notApplicable: NotApplicable<R, D>[];
}

/** Rules 2–4 for one list: its measures at D (each once, in id order) and the rules the reform ended. */
export function evaluateList<M extends { id: string; polarity?: string | null }, R extends RuleFacts<D>, D extends DocumentFacts>(
  rules: readonly R[],
  measures: ReadonlyMap<string, M>,
  editions: readonly EditionFacts<D>[],
  asOf: string,
): ListEvaluation<M, R, D> {
  const applied = new Map<string, AppliedRule<R, D>[]>();
  const notApplicable: NotApplicable<R, D>[] = [];
  for (const rule of rules) {
    if (!ruleInForce(rule, asOf)) continue;
    // The basic lists are lists of punishment measures: incentives stand outside the reform.
    const incentive = measures.get(rule.measureId)?.polarity === 'incentive';
    const test = incentive ? ({ applies: true, edition: null } as const) : reformTest<R, D>(rule, editions, asOf);
    if (!test.applies) {
      notApplicable.push(test.notApplicable);
      continue;
    }
    applied.set(rule.measureId, [...(applied.get(rule.measureId) ?? []), { rule, citations: citationsAt(rule, asOf), edition: test.edition }]);
  }
  const result = [...applied.entries()]
    .filter(([measureId]) => measures.has(measureId))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([measureId, rulesHere]) => ({ measure: measures.get(measureId)!, listId: rulesHere[0]!.rule.listId, rules: rulesHere, ...basisOf(rulesHere, asOf) }));
  // A measure that still applies through another rule is not "no longer applicable".
  return { measures: result, notApplicable: notApplicable.filter((n) => !applied.has(n.rule.measureId)).sort((a, b) => a.rule.id.localeCompare(b.rule.id)) };
}

/** Rule 4's basis: the rules' documents, the documents they cite (in force at D) and the covering edition. */
export function basisOf<R extends RuleFacts<D>, D extends DocumentFacts>(rules: readonly AppliedRule<R, D>[], asOf: string) {
  const documents = new Map<string, D>();
  for (const { rule, citations, edition } of rules) {
    documents.set(rule.document.id, rule.document);
    for (const c of citations) if (c.document && inForce(c.document, asOf)) documents.set(c.document.id, c.document);
    if (edition) documents.set(edition.document.id, edition.document);
  }
  return legalBasis([...documents.values()]);
}

/** Document types from the highest-ranking basis down (rule 7). */
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

const rankOf = (type: DocumentType) => {
  const rank = basisRank.indexOf(type);
  return rank < 0 ? basisRank.length : rank;
};

/** Rule 7: documents sorted by rank, the highest type, the flag and basic-list membership. */
export function legalBasis<D extends DocumentFacts>(documents: readonly D[]) {
  const sorted = [...documents].sort((a, b) => rankOf(a.type) - rankOf(b.type) || a.id.localeCompare(b.id));
  return {
    documents: sorted,
    basisLevel: sorted[0]?.type ?? null,
    belowLawOrRegulation: !sorted.some((document) => statutoryTypes.has(document.type)),
    inBasicList: sorted.some((document) => document.type === 'basic_list'),
  };
}

export type ConditionStatus = 'met' | 'not_met' | 'unknown';

/** What the data says about the listed party and the bearer, for rule 6. */
export interface ConditionContext {
  /** The bearer is the listed party itself. */
  bearerIsListed: boolean;
  listedKind: PartyKind;
  /** Lists the listed party is actively on at D. */
  listedOn: readonly string[];
}

/** Rule 6 for one condition. */
export function conditionStatus(condition: Condition | null, context: ConditionContext): ConditionStatus {
  if (!condition?.code) return 'met';
  if (condition.code === 'personally_listed') return context.bearerIsListed && context.listedKind === 'Person' ? 'met' : 'not_met';
  if (condition.code === 'also_judgment_debtor') return context.listedOn.includes(judgmentDebtorList) ? 'met' : 'not_met';
  return 'unknown';
}

/** Rule 6 over a bearer's rules: unconditional, conditional, or not borne (null). */
export function bearerStatus(statuses: readonly ConditionStatus[]): 'applies' | 'conditional' | null {
  if (statuses.includes('met')) return 'applies';
  return statuses.includes('unknown') ? 'conditional' : null;
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

export type { PartyKind };

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

/** A bearer of a measure on one listing, with the rules that make it bear it and their conditions (rules 5–6). */
export interface RuleBearer<P extends Party, R extends RuleFacts<D>, D extends DocumentFacts = DocumentFacts> extends Bearer<P> {
  rules: Array<AppliedRule<R, D> & { conditionStatus: ConditionStatus }>;
  conditional: boolean;
}

/**
 * Rules 5–6 for one measure on one listing: every party some applying rule names, each once with the
 * roles and rules that reach it; parties whose every condition is unmet are left out.
 */
export function bearersOfRules<P extends Party, R extends RuleFacts<D>, D extends DocumentFacts>(
  rules: readonly AppliedRule<R, D>[],
  holders: RoleHolders<P>,
  listedOn: readonly string[],
): RuleBearer<P, R, D>[] {
  const found = new Map<string, RuleBearer<P, R, D>>();
  for (const applied of rules) {
    for (const bearer of bearersOf(applied.rule.bearers, holders)) {
      const status = conditionStatus(applied.rule.condition, { bearerIsListed: bearer.party.id === holders.listed.id, listedKind: holders.listed.kind, listedOn });
      if (status === 'not_met') continue;
      const known = found.get(bearer.party.id) ?? { party: bearer.party, roles: [], evidence: [], rules: [], conditional: false };
      for (const role of bearer.roles) if (!known.roles.includes(role)) known.roles.push(role);
      for (const evidence of bearer.evidence) if (!known.evidence.some((e) => e.role === evidence.role && JSON.stringify(e.tie) === JSON.stringify(evidence.tie))) known.evidence.push(evidence);
      known.rules.push({ ...applied, conditionStatus: status });
      found.set(bearer.party.id, known);
    }
  }
  return [...found.values()]
    .map((bearer) => ({ ...bearer, conditional: bearerStatus(bearer.rules.map((r) => r.conditionStatus)) === 'conditional' }))
    .sort((a, b) => a.party.id.localeCompare(b.party.id));
}
