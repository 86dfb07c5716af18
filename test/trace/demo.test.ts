import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { sanctionTrace } from '../../graph/trace/sanctionTrace.ts';
import type { SanctionTrace } from '../../graph/trace/types.ts';
import { demoStory } from '../../seed/synthetic/demoStory.ts';
import { testGraph } from '../support/graph.ts';

// The real reference graph and the demo corpus, loaded by globalSetup; read only.
const memorandum = '发改财金〔2016〕141号';
const asOf = '2026-06-01';

let graph: Graph;

async function trace(subject: string, date = asOf): Promise<SanctionTrace> {
  const result = await sanctionTrace(graph, subject, date);
  if (!result) throw new Error(`no trace for ${subject}`);
  return result;
}

const bearersOf = (t: SanctionTrace, measure: string) =>
  Object.fromEntries(t.measures.find((m) => m.measure.id === measure)!.bearers.map((b) => [b.party.id, b.roles]));

beforeAll(async () => {
  graph = await testGraph();
});

afterAll(async () => {
  await graph.close();
});

describe('the demo judgment debtor', () => {
  it('bears, with its legal representative, the measures of the 2016 memorandum, with their agencies and document numbers', async () => {
    const t = await trace(demoStory.judgmentDebtor);
    expect(t.listings.map((l) => [l.id, l.list.id])).toContainEqual([demoStory.judgmentDebtorListing, 'spc_dishonest_judgment_debtors']);
    const fromMemorandum = t.measures.filter((m) => m.documents.some((d) => d.docNumber === memorandum)).map((m) => m.measure.id);
    // Every measure the memorandum defines except the civil-service bar, which only individuals bear.
    expect(fromMemorandum).toEqual([
      'm_bond_issuance_restriction',
      'm_financial_institution_setup_restriction',
      'm_flight_restriction',
      'm_gov_procurement_ban',
      'm_high_consumption_restriction',
      'm_honors_exclusion',
      'm_position_restriction',
      'm_subsidy_restriction',
      'm_train_restriction',
    ]);
    const agencies = (measure: string) => t.measures.find((m) => m.measure.id === measure)!.agencies.map((a) => a.id);
    expect(agencies('m_flight_restriction')).toEqual(['caac', 'spc']);
    expect(agencies('m_train_restriction')).toEqual(['china_railway', 'spc']);
    expect(agencies('m_high_consumption_restriction')).toEqual(['caac', 'china_railway', 'spc']);

    const legalRep = demoStory.judgmentDebtorLegalRep;
    const controller = demoStory.judgmentDebtorController;
    expect(bearersOf(t, 'm_high_consumption_restriction')).toEqual({
      [demoStory.judgmentDebtor]: ['entity'],
      [legalRep]: ['legal_representative', 'principal_responsible_person'], // also its general manager
      [controller]: ['principal_responsible_person', 'actual_controller'], // its chair, holding 90 %
    });
    expect(bearersOf(t, 'm_flight_restriction')).toEqual({
      [legalRep]: ['legal_representative', 'principal_responsible_person'],
      [controller]: ['principal_responsible_person', 'actual_controller'],
    });
    expect(bearersOf(t, 'm_gov_procurement_ban')).toEqual({ [demoStory.judgmentDebtor]: ['entity'] });
    expect(bearersOf(t, 'm_financial_institution_setup_restriction')).toEqual({
      [demoStory.judgmentDebtor]: ['entity'],
      [controller]: ['controlling_shareholder', 'actual_controller'],
    });
  });

  it('rests each chain on its documents: the court interpretation for travel, only the memorandum for financial institutions', async () => {
    const t = await trace(demoStory.judgmentDebtor);
    const chain = t.chains.find((c) => c.bearer.id === demoStory.judgmentDebtorLegalRep && c.measure.id === 'm_high_consumption_restriction')!;
    expect(chain.documents.map((d) => d.docNumber)).toContain('法释〔2010〕8号');
    expect(chain.documents.map((d) => d.docNumber)).toContain(memorandum);
    expect(chain).toMatchObject({ basisLevel: 'judicial_interpretation', belowLawOrRegulation: false, inBasicList: true });
    const finance = t.measures.find((m) => m.measure.id === 'm_financial_institution_setup_restriction')!;
    expect(finance.documents.map((d) => d.docNumber)).toEqual([memorandum]);
    expect(finance).toMatchObject({ basisLevel: 'memorandum', belowLawOrRegulation: true, inBasicList: false });
  });

  it('follows its legal representative into the trace of the person, and not into the other companies they represent', async () => {
    const t = await trace(demoStory.judgmentDebtorLegalRep);
    expect(new Set(t.chains.map((c) => c.via.id))).toEqual(new Set([demoStory.judgmentDebtor]));
    expect(t.measures.map((m) => m.measure.id)).toContain('m_flight_restriction');
    expect(t.bearers.map((b) => b.party.id)).toEqual([demoStory.judgmentDebtorLegalRep]);
  });
});

describe('the rest of the demo story', () => {
  it('turns the A-grade taxpayer redlist into incentives', async () => {
    const t = await trace(demoStory.redlistedATaxpayer);
    expect(t.measures.map((m) => m.measure.id)).toEqual(['m_green_channel', 'm_reduced_inspection', 'm_tax_a_grade_benefits']);
    expect(t.measures.every((m) => m.measure.polarity === 'incentive')).toBe(true);
  });

  it('ends the SAMR listing on its early repair', async () => {
    const before = await trace(demoStory.repairedListingCompany, '2023-07-31');
    expect(before.measures.map((m) => m.measure.id)).toContain('m_market_entry_ban');
    const after = await trace(demoStory.repairedListingCompany, '2023-08-01');
    expect(after).toMatchObject({ listings: [], chains: [] });
  });
});
