import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateUscc } from '../../graph/domain/uscc.ts';
import type { Graph } from '../../graph/driver.ts';
import { demoStory } from '../../seed/synthetic/demoStory.ts';
import { testGraph } from '../support/graph.ts';

// The demo story is part of the demo corpus globalSetup loads (seed/defaultData.ts); read-only here.
let graph: Graph;

beforeAll(async () => {
  graph = await testGraph();
});

afterAll(async () => {
  await graph.close();
});

const one = async <T>(cypher: string, params: Record<string, unknown>): Promise<T> => (await graph.read<T>(cypher, params))[0]!;

describe('the demo story in the demo corpus', () => {
  it('uses valid USCCs that pass both check characters', () => {
    const usccs = [
      demoStory.judgmentDebtor,
      ...demoStory.otherCompaniesOfLegalRep,
      demoStory.blacklistedParent,
      demoStory.subsidiary,
      demoStory.supplierTwoHopsBelow,
      ...demoStory.crossHoldingPair,
      demoStory.redlistedATaxpayer,
      demoStory.repairedListingCompany,
    ];
    for (const uscc of usccs) expect(validateUscc(uscc)).toMatchObject({ valid: true, warnings: [] });
  });

  it('has a judgment debtor, listed since 2023-03-15, whose legal representative represents two other companies', async () => {
    const listing = await one<{ status: string; from: string; until: string | null }>(
      `MATCH (:Company {id: $id})-[:LISTED]->(l:Listing)-[:ON_LIST]->(:CreditList {id: 'spc_dishonest_judgment_debtors'})
       RETURN l.status AS status, l.from AS from, l.until AS until`,
      { id: demoStory.judgmentDebtor },
    );
    expect(listing).toEqual({ status: 'active', from: '2023-03-15', until: null });
    const represented = await one<{ ids: string[] }>(
      'MATCH (:Person {id: $p})-[:LEGAL_REPRESENTATIVE_OF]->(c:Company) RETURN collect(c.id) AS ids',
      { p: demoStory.judgmentDebtorLegalRep },
    );
    expect([...represented.ids].sort()).toEqual([demoStory.judgmentDebtor, ...demoStory.otherCompaniesOfLegalRep].sort());
  });

  it('has a supplier two ownership hops below an actively blacklisted parent', async () => {
    const path = await one<{ fractions: number[]; kind: string; status: string }>(
      `MATCH (p:Company {id: $parent})-[a:SHAREHOLDER_OF]->(:Company {id: $sub})-[b:SHAREHOLDER_OF]->(:Company {id: $supplier})
       MATCH (p)-[:LISTED]->(l:Listing)-[:ON_LIST]->(list:CreditList)
       RETURN [a.fraction, b.fraction] AS fractions, list.kind AS kind, l.status AS status`,
      { parent: demoStory.blacklistedParent, sub: demoStory.subsidiary, supplier: demoStory.supplierTwoHopsBelow },
    );
    expect(path).toEqual({ fractions: [0.7, 0.6], kind: 'blacklist', status: 'active' });
  });

  it('has a cross-holding cycle', async () => {
    const [a, b] = demoStory.crossHoldingPair;
    const cycle = await one<{ ab: number; ba: number }>(
      `MATCH (a:Company {id: $a})-[ab:SHAREHOLDER_OF]->(b:Company {id: $b})-[ba:SHAREHOLDER_OF]->(a)
       RETURN ab.fraction AS ab, ba.fraction AS ba`,
      { a, b },
    );
    expect(cycle).toEqual({ ab: 0.3, ba: 0.2 });
  });

  it('has an A-grade taxpayer on the redlist, and a listing that was repaired early', async () => {
    const redlist = await one<{ grades: string[]; status: string }>(
      `MATCH (c:Company {id: $id})-[:GRADED]->(g:Grade)-[:IN_SCHEME]->(:GradeScheme {id: 'g_tax_credit'})
       WITH c, collect(g.grade) AS grades
       MATCH (c)-[:LISTED]->(l:Listing)-[:ON_LIST]->(:CreditList {id: 'sat_a_grade_taxpayers', kind: 'redlist'})
       RETURN grades, l.status AS status`,
      { id: demoStory.redlistedATaxpayer },
    );
    expect(redlist).toEqual({ grades: ['A', 'A', 'A'], status: 'active' });
    const repaired = await one<{ status: string; endedOn: string; until: string }>(
      'MATCH (l:Listing {id: $id})<-[:LISTED]-(:Company {id: $company}) RETURN l.status AS status, l.endedOn AS endedOn, l.until AS until',
      { id: demoStory.repairedListing, company: demoStory.repairedListingCompany },
    );
    expect(repaired.status).toBe('repaired');
    expect(repaired.endedOn < repaired.until).toBe(true);
  });
});
