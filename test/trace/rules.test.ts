import { describe, expect, it } from 'vitest';
import {
  applyOnList,
  basisProblem,
  bearersOf,
  inForce,
  legalBasis,
  speaksFor,
  type DocumentFacts,
  type Party,
  type RoleHolders,
} from '../../graph/domain/sanctions.ts';
import type { DocumentType } from '../../graph/model.ts';

// The pure rules of graph/domain/sanctions.ts, without a database.

const doc = (id: string, type: DocumentType, extra: Partial<DocumentFacts> = {}): DocumentFacts => ({ id, type, triggeredBy: [], regimeOf: [], ...extra });
const courtList = { id: 'jd', maintainedBy: ['court'] };

describe('rule 2: documents in force', () => {
  it('starts at effective, else issued, and stops on the day of repeal', () => {
    const d = doc('d', 'memorandum', { issued: '2016-01-01', effective: '2016-03-01', repealed: '2020-01-01' });
    expect([inForce(d, '2016-02-29'), inForce(d, '2016-03-01'), inForce(d, '2019-12-31'), inForce(d, '2020-01-01')]).toEqual([false, true, true, false]);
    expect(inForce(doc('i', 'law', { issued: '2000-01-01' }), '1999-12-31')).toBe(false);
    expect(inForce(doc('undated', 'policy'), '1990-01-01')).toBe(true);
    expect(inForce(doc('draft', 'draft', { issued: '2000-01-01' }), '2024-01-01')).toBe(false);
  });
});

describe('rule 3: which documents speak for a list', () => {
  it('binds memoranda to their lists, statutes and rules to their regime, and leaves policy general', () => {
    expect(speaksFor(doc('m', 'memorandum', { triggeredBy: ['jd'] }), courtList)).toBe(true);
    expect(speaksFor(doc('m', 'memorandum', { triggeredBy: ['tax'] }), courtList)).toBe(false);
    expect(speaksFor(doc('cpl', 'law', { regimeOf: ['court'] }), courtList)).toBe(true);
    expect(speaksFor(doc('wages', 'administrative_regulation', { regimeOf: ['mohrss'] }), courtList)).toBe(false);
    expect(speaksFor(doc('order54', 'departmental_rule', { regimeOf: ['sat'] }), courtList)).toBe(false);
    expect(speaksFor(doc('opinion', 'policy', { regimeOf: ['ndrc'] }), courtList)).toBe(true);
    expect(speaksFor(doc('basic', 'basic_list'), courtList)).toBe(true);
    expect(speaksFor(doc('company law', 'law'), courtList)).toBe(true);
  });
});

describe('rule 4: measures of a list', () => {
  const memo = doc('memo', 'memorandum', { triggeredBy: ['jd'], issued: '2016-01-01' });
  const opinion = doc('opinion', 'policy', { issued: '2016-09-25' });
  const otherMemo = doc('other', 'memorandum', { triggeredBy: ['tax'], issued: '2015-01-01' });

  it('applies a measure a triggered document defines, citing every supporting document once', () => {
    const applied = applyOnList({ id: 'consume', triggeredBy: [], definedIn: [memo, opinion, otherMemo] }, courtList, '2024-01-01');
    expect(applied?.documents.map((d) => d.id)).toEqual(['opinion', 'memo']);
  });

  it('applies a measure triggered directly only while some supporting document is in force', () => {
    const direct = { id: 'travel', triggeredBy: ['jd'], definedIn: [opinion, otherMemo] };
    expect(applyOnList(direct, courtList, '2016-06-01')).toBeNull(); // the opinion is not out yet; the tax memorandum does not speak for jd
    expect(applyOnList(direct, courtList, '2016-10-01')?.documents.map((d) => d.id)).toEqual(['opinion']);
  });

  it('does not apply a measure only a general document defines when nothing ties it to the list', () => {
    expect(applyOnList({ id: 'x', triggeredBy: [], definedIn: [opinion] }, courtList, '2024-01-01')).toBeNull();
  });
});

describe('rule 6: legal basis', () => {
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
