import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { actualController } from '../../graph/ownership/actualController.ts';
import { effectiveOwnership } from '../../graph/ownership/effectiveOwnership.ts';
import { ultimateOwners } from '../../graph/ownership/ultimateOwners.ts';
import { removeFixtures, testGraph } from '../support/graph.ts';
import { loadFixture } from './fixtures.ts';

const prefix = 'xo-';
const id = (name: string) => `${prefix}${name}`;
const asOf = '2024-06-01';
let graph: Graph;

beforeAll(async () => {
  graph = await testGraph();
  await removeFixtures(graph, prefix);
  const companies = ['chainA', 'chainB', 'dA', 'dB', 'dC', 'cycX', 'cycY', 'oldCo', 'deep0', 'deep1', 'deep2', 'deep3', 'deep4', 'deep5', 'deep6', 'deep7', 'deep8', 'w1', 'w2', 'wC'];
  await loadFixture(graph, {
    companies: companies.map((c) => ({ id: id(c), name: `公司${c}` })),
    persons: ['chainP', 'dP', 'cycP', 'oldP', 'newP', 'deepP', 'wP1', 'wP2', 'wP3'].map((p) => ({ id: id(p), name: `人${p}` })),
    agencies: [{ id: id('sasac'), name: '国资委' }],
    holdings: [
      // chain: P —0.6→ A —0.5→ B
      [id('chainP'), id('chainA'), 0.6],
      [id('chainA'), id('chainB'), 0.5],
      // diamond: P —0.5→ dA —0.4→ dC, P —0.5→ dB —0.6→ dC
      [id('dP'), id('dA'), 0.5],
      [id('dP'), id('dB'), 0.5],
      [id('dA'), id('dC'), 0.4],
      [id('dB'), id('dC'), 0.6],
      // cross-holding: P —0.6→ X, X —0.5→ Y, Y —0.3→ X, the state 0.1 of X
      [id('cycP'), id('cycX'), 0.6],
      [id('sasac'), id('cycX'), 0.1],
      [id('cycX'), id('cycY'), 0.5],
      [id('cycY'), id('cycX'), 0.3],
      // time: oldP held oldCo until 2020, newP from 2020
      [id('oldP'), id('oldCo'), 1, '2010-01-01', '2020-01-01'],
      [id('newP'), id('oldCo'), 0.4, '2020-01-01'],
      // 8-level chain of full ownership
      ...[0, 1, 2, 3, 4, 5, 6, 7].map((i): [string, string, number] => [id(`deep${i + 1}`), id(`deep${i}`), 1]),
      [id('deepP'), id('deep8'), 1],
      // widely held: no majority
      [id('wP1'), id('w1'), 1],
      [id('w1'), id('wC'), 0.3],
      [id('wP2'), id('wC'), 0.3],
      [id('wP3'), id('wC'), 0.4],
    ],
  });
});

afterAll(async () => {
  await removeFixtures(graph, prefix);
  await graph.close();
});

describe('effectiveOwnership', () => {
  it('chain 0.6 × 0.5 = 0.3 with its path', async () => {
    const result = await effectiveOwnership(graph, id('chainP'), id('chainB'), asOf);
    expect(result?.share).toBeCloseTo(0.3, 12);
    expect(result?.bounded).toBe(false);
    expect(result?.paths.map((p) => [p.parties.map((x) => x.id), p.fractions])).toEqual([
      [[id('chainP'), id('chainA'), id('chainB')], [0.6, 0.5]],
    ]);
  });

  it('diamond: two paths summing to 0.5', async () => {
    const result = await effectiveOwnership(graph, id('dP'), id('dC'), asOf);
    expect(result?.share).toBeCloseTo(0.5, 12);
    expect(result?.paths.map((p) => p.share)).toEqual([0.3, 0.2]);
  });

  it('cross-holding cycle converges to the closed form p·a/(1 − a·b)', async () => {
    const result = await effectiveOwnership(graph, id('cycP'), id('cycY'), asOf);
    expect(result?.converged).toBe(true);
    expect(result?.share).toBeCloseTo((0.6 * 0.5) / (1 - 0.5 * 0.3), 10);
    const x = await effectiveOwnership(graph, id('cycP'), id('cycX'), asOf);
    expect(x?.share).toBeCloseTo(0.6 / (1 - 0.15), 10);
  });

  it('counts only holdings in force at asOf (until is exclusive)', async () => {
    expect((await effectiveOwnership(graph, id('oldP'), id('oldCo'), '2019-12-31'))?.share).toBe(1);
    expect((await effectiveOwnership(graph, id('oldP'), id('oldCo'), '2020-01-01'))?.share).toBe(0);
    expect((await effectiveOwnership(graph, id('newP'), id('oldCo'), '2019-12-31'))?.share).toBe(0);
    expect((await effectiveOwnership(graph, id('newP'), id('oldCo'), '2020-01-01'))?.share).toBe(0.4);
  });

  it('says when the depth bound cut the chain', async () => {
    const result = await effectiveOwnership(graph, id('deepP'), id('deep0'), asOf);
    expect(result).toMatchObject({ share: 0, bounded: true, boundedBy: ['depth'] });
    const within = await effectiveOwnership(graph, id('deep6'), id('deep0'), asOf);
    expect(within).toMatchObject({ share: 1, bounded: true });
    expect((await effectiveOwnership(graph, id('deepP'), id('deep3'), asOf))).toMatchObject({ share: 1, bounded: false });
  });

  it('returns null for an unknown party', async () => {
    expect(await effectiveOwnership(graph, id('nobody'), id('chainB'), asOf)).toBeNull();
    expect(await effectiveOwnership(graph, id('chainP'), id('nothing'), asOf)).toBeNull();
  });
});

describe('ultimateOwners', () => {
  it('lists persons and state bodies at the top above the threshold, with their chains', async () => {
    const result = await ultimateOwners(graph, id('cycY'), { asOf, threshold: 0.05 });
    const share = 0.5 / 0.85;
    expect(result?.owners.map((o) => [o.id, o.kind, Number(o.share.toFixed(10))])).toEqual([
      [id('cycP'), 'Person', Number((0.6 * share).toFixed(10))],
      [id('sasac'), 'Agency', Number((0.1 * share).toFixed(10))],
    ]);
    expect(result?.owners[0]?.paths[0]?.parties.map((p) => p.id)).toEqual([id('cycP'), id('cycX'), id('cycY')]);
    const strict = await ultimateOwners(graph, id('cycY'), { asOf });
    expect(strict?.owners.map((o) => o.id)).toEqual([id('cycP')]);
  });
});

describe('actualController', () => {
  it('majority through a chain of full holdings, with the chain from the company up', async () => {
    const result = await actualController(graph, id('deep3'), asOf);
    expect(result?.chain.map((link) => [link.holder, link.company, link.share, link.rule])).toEqual(
      ['deep4', 'deep5', 'deep6', 'deep7', 'deep8', 'deepP'].map((holder, i) => [id(holder), id(i === 0 ? 'deep3' : `deep${i + 3}`), 1, 'majority']),
    );
    expect(result?.largestHolder).toEqual({ id: id('deepP'), kind: 'Person', name: '人deepP', nameEn: null, synthetic: true, activeListKinds: [], share: 1 });
    expect(result).toMatchObject({
      company: { id: id('deep3'), kind: 'Company', name: '公司deep3' },
      controller: { id: id('deepP'), kind: 'Person', name: '人deepP', share: 1 },
      rule: 'majority',
      bounded: false,
      boundedBy: [],
    });
  });

  it('largest holder when nobody passes 50 %', async () => {
    const result = await actualController(graph, id('wC'), asOf);
    expect(result?.rule).toBe('largest_holder');
    expect(result?.controller?.id).toBe(id('wP3'));
    expect(result?.controller?.share).toBeCloseTo(0.4, 12);
  });

  it('no controller for a company without holders; null for an unknown company', async () => {
    expect(await actualController(graph, id('chainP'), asOf)).toMatchObject({ controller: null, rule: 'largest_holder', bounded: false, boundedBy: [] });
    expect(await actualController(graph, id('nothing'), asOf)).toBeNull();
  });
});
