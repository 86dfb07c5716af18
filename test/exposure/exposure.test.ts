import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { exposure } from '../../graph/exposure/exposure.ts';
import { inheritedListing } from '../../graph/exposure/inheritedListing.ts';
import { pathInWords } from '../../graph/paths/pathWords.ts';
import { removeFixtures, testGraph } from '../support/graph.ts';
import { loadFixture } from './fixtures.ts';

const prefix = 'xe-';
const id = (name: string) => `${prefix}${name}`;
const asOf = '2024-06-01';
const hubBoards = 310;
let graph: Graph;

beforeAll(async () => {
  graph = await testGraph();
  await removeFixtures(graph, prefix);
  const companies = ['A', 'B', 'S', 'M', 'Sub', 'S1', 'S2', 'Q', 'C', 'Z', 'X', 'Y', 'R', 'E'];
  await loadFixture(graph, {
    companies: [
      ...companies.map((c) => ({ id: id(c), name: `公司${c}` })),
      ...Array.from({ length: hubBoards - 2 }, (_, i) => ({ id: id(`board${i}`), name: `董事会${i}` })),
    ],
    persons: ['L', 'P', 'H'].map((p) => ({ id: id(p), name: `人${p}` })),
    lists: [
      { id: id('black'), name: '测试黑名单', kind: 'blacklist' },
      { id: id('red'), name: '测试红名单', kind: 'redlist' },
    ],
    legalRepresentatives: [
      [id('L'), id('A')],
      [id('L'), id('B')],
    ],
    holdings: [
      [id('P'), id('M'), 0.8],
      [id('M'), id('S'), 0.6],
      [id('S'), id('Sub'), 1],
      [id('Q'), id('S1'), 0.499],
      [id('Q'), id('S2'), 0.5],
      [id('R'), id('C'), 0.1],
    ],
    officers: [
      [id('H'), id('C'), 'director'],
      [id('H'), id('Z'), 'director'],
      ...Array.from({ length: hubBoards - 2 }, (_, i): [string, string, string] => [id('H'), id(`board${i}`), 'director']),
    ],
    branches: [[id('X'), id('Y')]],
    listings: [
      { id: id('l-B'), subject: id('B'), list: id('black'), from: '2023-01-01' },
      { id: id('l-P'), subject: id('P'), list: id('black'), from: '2023-01-01' },
      { id: id('l-Sub'), subject: id('Sub'), list: id('black'), from: '2023-01-01' },
      { id: id('l-Q'), subject: id('Q'), list: id('black'), from: '2023-01-01' },
      { id: id('l-Z'), subject: id('Z'), list: id('black'), from: '2023-01-01' },
      { id: id('l-Y'), subject: id('Y'), list: 'spc_dishonest_judgment_debtors', from: '2023-01-01' },
      { id: id('l-R'), subject: id('R'), list: id('red'), from: '2023-01-01' },
      // Ended before asOf: expired (until) and repaired (endedOn).
      { id: id('l-E1'), subject: id('E'), list: id('black'), from: '2020-01-01', until: '2024-01-01', status: 'expired' },
      { id: id('l-M'), subject: id('M'), list: id('black'), from: '2020-01-01', status: 'repaired', endedOn: '2024-05-01' },
    ],
  });
});

afterAll(async () => {
  await removeFixtures(graph, prefix);
  await graph.close();
});

describe('exposure', () => {
  it('finds a blacklisted company through a shared legal representative, with path, words and score', async () => {
    const result = await exposure(graph, id('A'), { asOf, maxHops: 2 });
    expect(result?.totalHits).toBe(1);
    const [hit] = result!.hits;
    expect(hit).toMatchObject({
      party: { id: id('B'), kind: 'Company', name: '公司B' },
      hops: 2,
      pathCount: 1,
      ownershipOnly: false,
      integratedOwnership: null,
      severity: { level: 'low', weight: 0.4 },
      // 100 × 0.4 (no measures on the test list) × 0.8 × 0.8
      score: 26,
    });
    expect(pathInWords(hit!.paths[0]!)).toBe('公司A has legal representative 人L, which is legal representative of 公司B');
    expect(hit!.paths[0]!.edges).toEqual([
      { type: 'LEGAL_REPRESENTATIVE_OF', from: id('L'), to: id('A'), fraction: null, role: null },
      { type: 'LEGAL_REPRESENTATIVE_OF', from: id('L'), to: id('B'), fraction: null, role: null },
    ]);
    expect(hit!.terms).toEqual([
      { name: 'severity', value: 0.4, level: 'low' },
      { name: 'link', value: 0.64, factors: [0.8, 0.8] },
      { name: 'step', value: 0.8, relation: 'LEGAL_REPRESENTATIVE_OF', role: null, fraction: null },
      { name: 'step', value: 0.8, relation: 'LEGAL_REPRESENTATIVE_OF', role: null, fraction: null },
    ]);
    expect(hit!.severity).toEqual({ level: 'low', weight: 0.4, listKind: 'blacklist', punishmentMeasures: 0, implementingAgencies: 0 });
    expect(hit!.listings.map((listing) => [listing.id, listing.listId, listing.listKind])).toEqual([[id('l-B'), id('black'), 'blacklist']]);
  });

  it('scores a pure ownership chain by integrated ownership (0.8 × 0.6) and respects direction', async () => {
    const up = await exposure(graph, id('S'), { asOf, maxHops: 3, direction: 'UP' });
    expect(up?.hits.map((hit) => [hit.party.id, hit.hops, hit.ownershipOnly, hit.integratedOwnership?.direction, hit.score])).toEqual([
      // 100 × 0.4 × (0.3 + 0.7 × 0.48) = 25.44
      [id('P'), 2, true, 'UP', 25],
    ]);
    expect(up?.hits[0]?.integratedOwnership?.share).toBeCloseTo(0.48, 12);
    expect(pathInWords(up!.hits[0]!.paths[0]!)).toBe('公司S is held 60% by 公司M, which is held 80% by 人P');
    const down = await exposure(graph, id('S'), { asOf, maxHops: 3, direction: 'DOWN' });
    expect(down?.hits.map((hit) => [hit.party.id, hit.integratedOwnership])).toEqual([[id('Sub'), { direction: 'DOWN', share: 1 }]]);
    const both = await exposure(graph, id('S'), { asOf, maxHops: 3 });
    expect(both?.hits.map((hit) => hit.party.id)).toEqual([id('Sub'), id('P')]);
  });

  it('ignores listings that ended before asOf (expired, repaired) and counts them before', async () => {
    const now = await exposure(graph, id('S'), { asOf, maxHops: 1, direction: 'UP' });
    expect(now?.totalHits).toBe(0);
    const before = await exposure(graph, id('S'), { asOf: '2024-04-30', maxHops: 1, direction: 'UP' });
    expect(before?.hits.map((hit) => hit.party.id)).toEqual([id('M')]);
    expect((await exposure(graph, id('E'), { asOf }))?.subjectListings).toEqual([]);
    expect((await exposure(graph, id('E'), { asOf: '2023-12-31' }))?.subjectListings.map((l) => l.id)).toEqual([id('l-E1')]);
  });

  it('walks a branch to its blacklisted head office with full weight and reads the real list severity', async () => {
    const result = await exposure(graph, id('X'), { asOf, maxHops: 1, direction: 'UP' });
    const [hit] = result!.hits;
    expect(hit?.party.id).toBe(id('Y'));
    expect(hit?.severity.level).toBe('high');
    expect(hit?.score).toBe(100);
    expect(pathInWords(hit!.paths[0]!)).toBe('公司X is a branch of 公司Y');
  });

  it('does not walk through a hub and says so; a higher hub degree lets it through', async () => {
    const capped = await exposure(graph, id('C'), { asOf, maxHops: 2, via: ['OFFICER'] });
    expect(capped?.totalHits).toBe(0);
    expect(capped?.hubs).toEqual([expect.objectContaining({ id: id('H'), kind: 'Person', name: '人H', degree: hubBoards, activeListKinds: [] })]);
    const open = await exposure(graph, id('C'), { asOf, maxHops: 2, via: ['OFFICER'], hubDegree: 1_000 });
    expect(open?.hits.map((hit) => [hit.party.id, pathInWords(hit.paths[0]!)])).toEqual([[id('Z'), '公司C has director 人H, which is director of 公司Z']]);
    expect(open?.hubs).toEqual([]);
  });

  it('reports redlisted parties on request, unscored', async () => {
    expect((await exposure(graph, id('C'), { asOf, maxHops: 1, via: ['SHAREHOLDING'] }))?.totalHits).toBe(0);
    const result = await exposure(graph, id('C'), { asOf, maxHops: 1, via: ['SHAREHOLDING'], includeRedlist: true });
    expect(result?.hits.map((hit) => [hit.party.id, hit.severity.level, hit.score])).toEqual([[id('R'), 'none', 0]]);
  });

  it('returns null for an unknown subject and rejects hops beyond 6', async () => {
    expect(await exposure(graph, id('nobody'), { asOf })).toBeNull();
    await expect(exposure(graph, id('A'), { asOf, maxHops: 7 })).rejects.toThrow(RangeError);
  });
});

describe('ownership-inherited listing (50 % rule)', () => {
  it('is not inherited at 49.9 % and inherited at 50 %', async () => {
    const below = await inheritedListing(graph, id('S1'), { asOf });
    expect(below).toMatchObject({ inherited: false, share: 0.499, owners: [{ id: id('Q'), share: 0.499, basis: 'listed' }] });
    const at = await inheritedListing(graph, id('S2'), { asOf });
    expect(at).toMatchObject({ inherited: true, share: 0.5, threshold: 0.5, owners: [{ id: id('Q'), kind: 'Company', share: 0.5, basis: 'listed' }] });
    expect((await exposure(graph, id('S2'), { asOf, maxHops: 1 }))?.inherited?.inherited).toBe(true);
  });

  it('passes an inherited listing down a chain, with a configurable threshold', async () => {
    // P (listed) holds 80 % of M, so M inherits; M holds 60 % of S, so S inherits through M.
    const result = await inheritedListing(graph, id('S'), { asOf });
    expect(result).toMatchObject({ inherited: true, share: 0.6, owners: [{ id: id('M'), share: 0.6, basis: 'inherited' }] });
    // At 85 % M no longer inherits: S is owned 0.8 × 0.6 = 48 % by P.
    const stricter = await inheritedListing(graph, id('S'), { asOf, threshold: 0.85 });
    expect(stricter?.inherited).toBe(false);
    expect(stricter?.owners.map((owner) => [owner.id, owner.basis])).toEqual([[id('P'), 'listed']]);
    expect(stricter?.share).toBeCloseTo(0.48, 12);
  });
});
