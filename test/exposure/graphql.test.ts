import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoStory } from '../../seed/synthetic/demoStory.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const asOf = '2025-06-01';
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

const exposureQuery = `
query Exposure($subject: ID!, $asOf: Date, $maxHops: Int) {
  exposure(subject: $subject, asOf: $asOf, maxHops: $maxHops) {
    subject { id name }
    totalHits
    hits {
      party { id kind name }
      hops ownershipOnly
      integratedOwnership { direction share }
      listings { id listId listKind severity { level } }
      score terms { name value level factors relation role fraction }
      paths { hops nodes { id name labelEn } edges { type from to fraction } }
    }
    hubs { party { id } degree }
    inherited { inherited share owners { party { id } share basis } }
    view { nodes { id kind activeListKinds } edges { id type share roles } truncated { nodeId } }
  }
}`;

describe('GraphQL on the demo corpus', () => {
  it('exposure: the supplier two ownership hops below the blacklisted parent', async () => {
    const { data, errors } = await server.gql<{ exposure: any }>(exposureQuery, { subject: demoStory.supplierTwoHopsBelow, asOf, maxHops: 3 });
    expect(errors).toBeUndefined();
    const hit = data!.exposure.hits.find((h: any) => h.party.id === demoStory.blacklistedParent);
    expect(hit).toMatchObject({
      hops: 2,
      ownershipOnly: true,
      integratedOwnership: { direction: 'UP', share: 0.42 },
      listings: [{ id: demoStory.blacklistedParentListing, listId: 'sat_major_tax_violation', listKind: 'blacklist', severity: { level: 'high' } }],
      score: Math.round(100 * 1 * (0.3 + 0.7 * 0.42)),
    });
    expect(hit.paths[0].edges.map((e: any) => [e.from, e.to, e.fraction])).toEqual([
      [demoStory.subsidiary, demoStory.supplierTwoHopsBelow, 0.6],
      [demoStory.blacklistedParent, demoStory.subsidiary, 0.7],
    ]);
    // Codes and numbers only (docs/decisions/0007): the path's parties carry both names for the explorer to word.
    expect(hit.paths[0].nodes.map((n: any) => n.id)).toEqual([demoStory.supplierTwoHopsBelow, demoStory.subsidiary, demoStory.blacklistedParent]);
    expect(hit.paths[0].nodes.every((n: any) => typeof n.name === 'string' && typeof n.labelEn === 'string')).toBe(true);
    // 70 % owned by a listed parent, the subsidiary inherits; it holds 60 % of the supplier.
    expect(data!.exposure.inherited).toEqual({ inherited: true, share: 0.6, owners: [{ party: { id: demoStory.subsidiary }, share: 0.6, basis: 'inherited' }] });
    const view = data!.exposure.view;
    expect(view.nodes.map((n: any) => n.id).sort()).toEqual([demoStory.blacklistedParent, demoStory.subsidiary, demoStory.supplierTwoHopsBelow].sort());
    expect(view.nodes.find((n: any) => n.id === demoStory.blacklistedParent).activeListKinds).toEqual(['blacklist']);
    // Numbers and codes only: the explorer words them (graph/view.ts viewEdge).
    expect(view.edges.map((e: any) => [e.share, e.roles]).sort()).toEqual([
      [0.6, null],
      [0.7, null],
    ]);
    // score = round(100 × severity × link), link = 0.3 + 0.7 × 0.42 on a pure ownership chain (graph/domain/exposureScore.ts).
    expect(hit.terms).toEqual([
      { name: 'severity', value: 1, level: 'high', factors: null, relation: null, role: null, fraction: null },
      { name: 'link', value: 0.594, level: null, factors: [0.594], relation: null, role: null, fraction: null },
      { name: 'ownership', value: 0.594, level: null, factors: null, relation: null, role: null, fraction: 0.42 },
    ]);
  });

  it('screen: the same supplier with its path and score, an invalid code and an unknown name', async () => {
    const { data, errors } = await server.gql<{ screen: any }>(
      `query($s: [ID!]!, $asOf: Date) { screen(subjects: $s, asOf: $asOf) { maxHops rows { row input status reason problems { code position expected found } subject { id } exposureHits nearestHit { party { id } hops score path { hops edges { type from to fraction } } } topHit { score } inherited inheritedShare } } }`,
      { s: [demoStory.supplierTwoHopsBelow, '91440600MXDEM00669', '没有这家公司'], asOf },
    );
    expect(errors).toBeUndefined();
    const [supplier, invalid, unknown] = data!.screen.rows;
    expect(supplier).toMatchObject({
      row: 1,
      status: 'found',
      subject: { id: demoStory.supplierTwoHopsBelow },
      nearestHit: { party: { id: demoStory.blacklistedParent }, hops: 2, score: Math.round(100 * (0.3 + 0.7 * 0.42)) },
      inherited: true,
      inheritedShare: 0.6,
    });
    expect(invalid).toMatchObject({
      status: 'invalid',
      reason: "invalid USCC: check character (position 18) is '9', expected '8'",
      problems: [{ code: 'CHECK_CHARACTER', position: 18, expected: '8', found: '9' }],
    });
    expect(unknown).toMatchObject({ status: 'not_found', reason: 'no company or person named 没有这家公司' });
  });

  it('ownership: effective share, ultimate owners, controller and the tree of the cross-holding pair', async () => {
    const [a, b] = demoStory.crossHoldingPair;
    const { data, errors } = await server.gql<any>(
      `query($a: ID!, $b: ID!, $asOf: Date) {
        effectiveOwnership(owner: $a, target: $b, asOf: $asOf) { share converged bounded paths { share } view { edges { share } } }
        ultimateOwners(company: $b, asOf: $asOf, threshold: 0.01) { owners { party { id kind } share } }
        actualController(company: $b, asOf: $asOf) { company { id } controller { party { id kind } share } rule view { nodes { id } } }
        ownershipTree(company: $a, asOf: $asOf, depth: 2) { holders { party { id } share depth } holdings { party { id } share } view { nodes { id } edges { share } } }
      }`,
      { a, b, asOf },
    );
    expect(errors).toBeUndefined();
    // A holds 30 % of B and B 20 % of A: the walk sum is 0.3 / (1 − 0.3 × 0.2).
    expect(data.effectiveOwnership.share).toBeCloseTo(0.3 / (1 - 0.06), 9);
    expect(data.effectiveOwnership.converged).toBe(true);
    expect(data.effectiveOwnership.paths).toEqual([{ share: 0.3 }]);
    const owners = data.ultimateOwners.owners;
    expect(owners.length).toBeGreaterThan(0);
    expect(owners.every((owner: any) => owner.party.kind === 'Person' || owner.party.kind === 'Agency')).toBe(true);
    const controller = data.actualController;
    expect(controller.company.id).toBe(b);
    expect(controller.rule === 'majority' ? controller.controller.share > 0.5 : true).toBe(true);
    expect(controller.controller.share).toBeCloseTo(owners[0].share, 9);
    expect(controller.view.nodes.map((n: any) => n.id)).toContain(controller.controller.party.id);
    expect(data.ownershipTree.holdings.find((e: any) => e.party.id === b).share).toBeCloseTo(0.3 / 0.94, 9);
    expect(data.ownershipTree.holders.find((e: any) => e.party.id === b).share).toBeCloseTo(0.2 / 0.94, 9);
  });

  it('names every party and node in English where it can: a person by pinyin, a company by its English name, an agency and a document by nameEn; null for a case number', async () => {
    const data = await server.data<any>(
      `query($c: ID!, $l: ID!) {
        ownershipTree(company: $c, depth: 3) { holders { party { id name labelEn } } }
        agency: node(id: "spc") { labelEn }
        document: node(id: "mou_2016_judgment_debtors") { labelEn }
        listing: node(id: $l) { label labelEn }
      }`,
      { c: demoStory.supplierTwoHopsBelow, l: demoStory.judgmentDebtorListing },
    );
    const holders = new Map(data.ownershipTree.holders.map((entry: any) => [entry.party.id, entry.party]));
    // seed/synthetic/demoStory.ts: p-demo-03 is 邓睿哲 (pinyin Deng Ruizhe); the subsidiary's English name is given there.
    expect(holders.get('p-demo-03')).toMatchObject({ name: '邓睿哲', labelEn: 'Deng Ruizhe' });
    expect((holders.get(demoStory.subsidiary) as any).labelEn).toBe('Guangzhou Hejunsheng Industrial Co., Ltd.');
    expect(data.agency.labelEn).toBe("Supreme People's Court");
    expect(data.document.labelEn).toBe('MOU on Joint Punishment of Dishonest Judgment Debtors');
    expect(data.listing).toMatchObject({ label: '（2022）粤03执1187号', labelEn: null });
  });

  it('paths between the judgment debtor and another company of its legal representative', async () => {
    const [other] = demoStory.otherCompaniesOfLegalRep;
    const { data, errors } = await server.gql<any>(
      `query($from: ID!, $to: ID!, $asOf: Date) { paths(from: $from, to: $to, asOf: $asOf, maxHops: 2, via: [LEGAL_REPRESENTATIVE], first: 3) { paths { hops nodes { id } edges { type } } view { nodes { id labelEn activeListKinds } } } }`,
      { from: demoStory.judgmentDebtor, to: other, asOf },
    );
    expect(errors).toBeUndefined();
    expect(data.paths.paths.map((p: any) => p.nodes.map((n: any) => n.id))).toEqual([[demoStory.judgmentDebtor, demoStory.judgmentDebtorLegalRep, other]]);
    expect(data.paths.paths[0].edges.map((e: any) => e.type)).toEqual(['LEGAL_REPRESENTATIVE_OF', 'LEGAL_REPRESENTATIVE_OF']);
    expect(data.paths.view.nodes).toHaveLength(3);
  });
});

describe('GraphQL errors', () => {
  it('NOT_FOUND for an unknown subject; BAD_USER_INPUT naming the argument', async () => {
    const cases: Array<[string, Record<string, unknown>, string, string | undefined]> = [
      ['query($s: ID!) { exposure(subject: $s) { totalHits } }', { s: 'xg-nobody' }, 'NOT_FOUND', undefined],
      ['query($s: ID!) { exposure(subject: $s, maxHops: 7) { totalHits } }', { s: demoStory.subsidiary }, 'BAD_USER_INPUT', 'maxHops'],
      ['query($c: ID!) { ultimateOwners(company: $c, threshold: 1.5) { threshold } }', { c: demoStory.subsidiary }, 'BAD_USER_INPUT', 'threshold'],
      ['query($c: ID!) { ownershipTree(company: $c, depth: 0) { depth } }', { c: demoStory.subsidiary }, 'BAD_USER_INPUT', 'depth'],
      ['query($a: ID!) { paths(from: $a, to: $a, first: 21) { maxHops } }', { a: demoStory.subsidiary }, 'BAD_USER_INPUT', 'first'],
      ['query($s: [ID!]!) { screen(subjects: $s) { maxHops } }', { s: Array.from({ length: 1_001 }, (_, i) => `x${i}`) }, 'BAD_USER_INPUT', 'subjects'],
      ['query($s: [ID!]!) { screen(subjects: $s, maxHops: 4) { maxHops } }', { s: ['x'] }, 'BAD_USER_INPUT', 'maxHops'],
    ];
    for (const [query, variables, code, argument] of cases) {
      const { errors } = await server.gql(query, variables);
      expect(errors?.[0]?.extensions, query).toMatchObject({ code, ...(argument ? { argument } : {}) });
    }
  });
});
