import { describe, expect, it } from 'vitest';
import {
  basisProblem,
  bearersOf,
  bearersOfRules,
  conditionStatus,
  evaluateList,
  inForce,
  legalBasis,
  reformTest,
  type DocumentFacts,
  type EditionFacts,
  type Party,
  type RoleHolders,
  type RuleFacts,
} from '../../graph/domain/sanctions.ts';
import type { BearerRole, DocumentType } from '../../graph/model.ts';

// The pure rules of graph/domain/sanctions.ts, without a database.

const doc = (id: string, type: DocumentType, extra: Partial<DocumentFacts> = {}): DocumentFacts => ({ id, type, ...extra });
const rule = (id: string, document: DocumentFacts, measureId: string, bearers: BearerRole[], extra: Partial<RuleFacts> = {}): RuleFacts => ({
  id,
  document,
  listId: 'jd',
  measureId,
  bearers,
  condition: null,
  basis: [],
  inForceFrom: null,
  inForceUntil: null,
  origin: 'researched',
  confidence: 'high',
  ...extra,
});

describe('validity rule 2 as the rules read it: documents in force', () => {
  it('starts at effective, else issued, and stops on the day of repeal', () => {
    const d = doc('d', 'memorandum', { issued: '2016-01-01', effective: '2016-03-01', repealed: '2020-01-01' });
    expect([inForce(d, '2016-02-29'), inForce(d, '2016-03-01'), inForce(d, '2019-12-31'), inForce(d, '2020-01-01')]).toEqual([false, true, true, false]);
    expect(inForce(doc('i', 'law', { issued: '2000-01-01' }), '1999-12-31')).toBe(false);
    expect(inForce(doc('undated', 'policy'), '1990-01-01')).toBe(true);
    expect(inForce(doc('draft', 'draft', { issued: '2000-01-01' }), '2024-01-01')).toBe(false);
  });
});

describe('rules 2–4: measures of a list from its rules, and the reform by date', () => {
  const memo = doc('memo', 'memorandum', { issued: '2016-01-01' });
  const law = doc('law', 'law', { issued: '2000-01-01' });
  const edition2021 = { document: doc('e2021', 'basic_list', { issued: '2021-12-01' }), covers: ['consume'], coverageInherited: false };
  const edition2024 = { document: doc('e2024', 'basic_list', { issued: '2024-01-01' }), covers: [], coverageInherited: false };
  const editions: EditionFacts[] = [edition2021, edition2024];
  const measures = new Map(['consume', 'finance', 'exit', 'old'].map((id) => [id, { id }]));
  const rules = [
    rule('r-consume', memo, 'consume', ['entity']),
    rule('r-finance', memo, 'finance', ['entity']),
    // A memorandum rule that cites a statute rests on it: the reform leaves it standing.
    rule('r-exit', memo, 'exit', ['legal_representative'], { basis: [{ document: law, docNumber: null, title: '法', article: '44', from: null, until: null }] }),
    rule('r-old', memo, 'old', ['entity'], { inForceUntil: '2018-01-01' }),
  ];
  const ids = (asOf: string) => evaluateList(rules, measures, editions, asOf).measures.map((m) => m.measure.id);

  it('applies memoranda as written before the first edition, and only what an edition covers or a statute carries after it', () => {
    expect(ids('2017-06-01')).toEqual(['consume', 'exit', 'finance', 'old']);
    expect(ids('2019-06-01')).toEqual(['consume', 'exit', 'finance']); // r-old's own period ended
    expect(ids('2022-06-01')).toEqual(['consume', 'exit']); // 2021 edition: covers consume; exit rests on the law
    expect(ids('2025-06-01')).toEqual(['exit']); // 2024 edition covers nothing of the memorandum
  });

  it('returns what the reform ended, with the edition that first left it out and since when', () => {
    const ended = (asOf: string) => evaluateList(rules, measures, editions, asOf).notApplicable.map((n) => [n.rule.id, n.endedBy.id, n.since]);
    expect(ended('2017-06-01')).toEqual([]);
    expect(ended('2022-06-01')).toEqual([['r-finance', 'e2021', '2021-12-01']]);
    expect(ended('2025-06-01')).toEqual([
      ['r-consume', 'e2024', '2024-01-01'],
      ['r-finance', 'e2021', '2021-12-01'], // left out by both editions: since the first
    ]);
  });

  it('cites the covering edition and the statute among the basis', () => {
    const at2022 = evaluateList(rules, measures, editions, '2022-06-01').measures;
    expect(at2022.find((m) => m.measure.id === 'consume')).toMatchObject({ inBasicList: true, basisLevel: 'basic_list' });
    expect(at2022.find((m) => m.measure.id === 'exit')).toMatchObject({ basisLevel: 'law', belowLawOrRegulation: false, inBasicList: false });
    expect(reformTest(rule('r', law, 'finance', ['entity']), editions, '2025-06-01')).toMatchObject({ applies: true, edition: null });
  });

  it('keeps a rule to its own period and its document\'s', () => {
    const later = rule('r', doc('d', 'memorandum', { issued: '2016-01-01' }), 'consume', ['entity'], { inForceFrom: '2017-01-01' });
    expect(evaluateList([later], measures, [], '2016-06-01').measures).toEqual([]);
    expect(evaluateList([later], measures, [], '2017-01-01').measures).toHaveLength(1);
    expect(evaluateList([rule('r', doc('d', 'draft'), 'consume', ['entity'])], measures, [], '2024-01-01').measures).toEqual([]);
  });
});

describe('rule 6: conditions', () => {
  const listedPerson = { bearerIsListed: true, listedKind: 'Person' as const, listedOn: ['jd'] };
  it('decides what the data can decide and leaves the rest unknown', () => {
    // Company Law 2023 art 178(1)(5): only a person personally listed.
    expect(conditionStatus({ text: 'personally listed', code: 'personally_listed' }, listedPerson)).toBe('met');
    expect(conditionStatus({ text: 'personally listed', code: 'personally_listed' }, { ...listedPerson, bearerIsListed: false, listedKind: 'Company' })).toBe('not_met');
    // 2017 customs memorandum: consumption limits only where a court also listed the company.
    expect(conditionStatus({ text: 'court list', code: 'also_judgment_debtor' }, { bearerIsListed: false, listedKind: 'Company', listedOn: ['customs'] })).toBe('not_met');
    expect(conditionStatus({ text: 'court list', code: 'also_judgment_debtor' }, { bearerIsListed: false, listedKind: 'Company', listedOn: ['customs', 'spc_dishonest_judgment_debtors'] })).toBe('met');
    // Tax Collection Administration Law art 44: only where tax is owed: the graph does not know.
    expect(conditionStatus({ text: 'tax owed', code: 'tax_owed' }, listedPerson)).toBe('unknown');
    expect(conditionStatus(null, listedPerson)).toBe('met');
  });

  it('marks a bearer conditional only when no rule reaches it unconditionally', () => {
    const company: Party = { id: 'c', kind: 'Company' };
    const holders: RoleHolders<Party> = { listed: company, legalRepresentatives: [{ party: { id: 'rep', kind: 'Person' } }], officers: [] };
    const memo = doc('memo', 'memorandum');
    const taxed = rule('tax', memo, 'exit', ['legal_representative'], { condition: { text: 'tax owed', code: 'tax_owed' } });
    const plain = rule('plain', memo, 'exit', ['legal_representative']);
    const applied = (r: RuleFacts) => ({ rule: r, citations: [], edition: null });
    expect(bearersOfRules([applied(taxed)], holders, []).map((b) => [b.party.id, b.conditional])).toEqual([['rep', true]]);
    expect(bearersOfRules([applied(taxed), applied(plain)], holders, []).map((b) => [b.party.id, b.conditional])).toEqual([['rep', false]]);
    const court = rule('court', memo, 'consume', ['legal_representative'], { condition: { text: 'court list', code: 'also_judgment_debtor' } });
    expect(bearersOfRules([applied(court)], holders, ['customs'])).toEqual([]);
  });
});

describe('rule 7: legal basis', () => {
  it('ranks by type and flags a basis without law, regulation or judicial interpretation', () => {
    expect(legalBasis([doc('m', 'memorandum'), doc('b', 'basic_list'), doc('p', 'policy')])).toMatchObject({ basisLevel: 'policy', belowLawOrRegulation: true, inBasicList: true });
    expect(legalBasis([doc('m', 'memorandum'), doc('j', 'judicial_interpretation')])).toMatchObject({ basisLevel: 'judicial_interpretation', belowLawOrRegulation: false, inBasicList: false });
    expect(legalBasis([doc('r', 'departmental_rule')]).belowLawOrRegulation).toBe(true);
    expect(legalBasis([])).toMatchObject({ basisLevel: null, belowLawOrRegulation: true });
  });

  it('names the audit problem', () => {
    expect(basisProblem(0, legalBasis([]))).toBe('no_document');
    expect(basisProblem(2, legalBasis([]))).toBe('none_in_force');
    expect(basisProblem(1, legalBasis([doc('m', 'memorandum')]))).toBe('below_law_or_regulation');
    expect(basisProblem(1, legalBasis([doc('l', 'law')]))).toBeNull();
  });
});

describe('rule 5: bearers', () => {
  const company: Party = { id: 'c', kind: 'Company' };
  const person = (id: string): Party => ({ id, kind: 'Person' });
  const holders: RoleHolders<Party> = {
    listed: company,
    legalRepresentatives: [{ party: person('rep') }],
    officers: [
      { party: person('chair'), role: 'chair' },
      { party: person('gm'), role: 'general_manager' },
      { party: person('cfo'), role: 'finance_officer' },
      { party: person('vp'), role: 'senior_manager' },
      { party: person('dir'), role: 'director' },
      { party: person('sup'), role: 'supervisor' },
      { party: person('rep'), role: 'general_manager' },
    ],
    actualController: { party: person('owner'), share: 0.48, rule: 'largest_holder' },
    controllingShareholder: { party: { id: 'holding', kind: 'Company' }, share: 0.6, rule: 'majority' },
  };
  const bearers = (appliesTo: string[]) => Object.fromEntries(bearersOf(appliesTo, holders).map((b) => [b.party.id, b.roles]));

  it('maps each measure role to the parties holding it', () => {
    expect(bearers(['entity'])).toEqual({ c: ['entity'] });
    expect(bearers(['individual'])).toEqual({});
    expect(bearers(['principal_responsible_person'])).toEqual({ chair: ['principal_responsible_person'], gm: ['principal_responsible_person'], rep: ['principal_responsible_person'] });
    expect(bearers(['directly_responsible_person'])).toEqual({ cfo: ['directly_responsible_person'], vp: ['directly_responsible_person'] });
    expect(bearers(['director', 'supervisor'])).toEqual({ chair: ['director'], dir: ['director'], sup: ['supervisor'] });
    expect(bearers(['senior_manager'])).toEqual({ cfo: ['senior_manager'], gm: ['senior_manager'], rep: ['senior_manager'], vp: ['senior_manager'] });
    expect(bearers(['actual_controller', 'controlling_shareholder'])).toEqual({ holding: ['controlling_shareholder'], owner: ['actual_controller'] });
  });

  it('lists a party once with all its roles and the evidence for each', () => {
    const [rep] = bearersOf(['legal_representative', 'principal_responsible_person'], holders).filter((b) => b.party.id === 'rep');
    expect(rep?.roles).toEqual(['legal_representative', 'principal_responsible_person']);
    expect(rep?.evidence.map((e) => e.tie.relation)).toEqual(['LEGAL_REPRESENTATIVE_OF', 'OFFICER_OF']);
  });

  it('gives a listed person the individual measures and never makes a party its own controller', () => {
    const listedPerson = person('p');
    expect(bearersOf(['individual', 'entity'], { listed: listedPerson, legalRepresentatives: [], officers: [] }).map((b) => b.roles)).toEqual([['individual']]);
    const selfControlled = { ...holders, actualController: { party: company, share: 0.3, rule: 'largest_holder' } };
    expect(bearersOf(['actual_controller'], selfControlled).map((b) => b.party.id)).toEqual([]);
  });
});
