import { describe, expect, it } from 'vitest';
import {
  integratedHoldingsOf,
  integratedOwnersOf,
  inheritedListing,
  integratedOwnership,
  controlChain,
  ownershipPaths,
  pickController,
  reaches,
  topHolders,
  type Holding,
} from '../../graph/domain/ownership.ts';

const h = (holder: string, company: string, fraction: number): Holding => ({ holder, company, fraction });

describe('integrated ownership (pure)', () => {
  it('multiplies along a chain: 0.6 × 0.5 = 0.3', () => {
    const holdings = [h('P', 'A', 0.6), h('A', 'B', 0.5)];
    expect(integratedOwnership(holdings, 'P', 'B')).toBeCloseTo(0.3, 12);
    expect(integratedOwnership(holdings, 'A', 'B')).toBeCloseTo(0.5, 12);
    expect(integratedOwnership(holdings, 'B', 'P')).toBe(0);
  });

  it('sums the two paths of a diamond: 0.5×0.4 + 0.5×0.6 = 0.5', () => {
    const holdings = [h('P', 'A', 0.5), h('P', 'B', 0.5), h('A', 'C', 0.4), h('B', 'C', 0.6)];
    expect(integratedOwnership(holdings, 'P', 'C')).toBeCloseTo(0.5, 12);
    expect(ownershipPaths(holdings, 'P', 'C').map((p) => [p.nodes.join('>'), p.share])).toEqual([
      ['P>B>C', 0.3],
      ['P>A>C', 0.2],
    ]);
  });

  it('converges on a two-company cross-holding to the closed form (I − A)⁻¹ − I', () => {
    // P holds p of X; X holds a of Y; Y holds b of X. Walk sums: T[X][Y] = a/(1−ab),
    // T[P][X] = p/(1−ab), T[P][Y] = pa/(1−ab), T[X][X] = ab/(1−ab).
    const [p, a, b] = [0.6, 0.5, 0.3];
    const holdings = [h('P', 'X', p), h('X', 'Y', a), h('Y', 'X', b)];
    const column = integratedOwnersOf(holdings, 'Y');
    expect(column.converged).toBe(true);
    expect(column.shares.get('X')).toBeCloseTo(a / (1 - a * b), 10);
    expect(column.shares.get('P')).toBeCloseTo((p * a) / (1 - a * b), 10);
    expect(column.shares.get('Y')).toBeCloseTo((a * b) / (1 - a * b), 10);
    expect(integratedOwnership(holdings, 'P', 'X')).toBeCloseTo(p / (1 - a * b), 10);
    const row = integratedHoldingsOf(holdings, 'P');
    expect(row.shares.get('X')).toBeCloseTo(p / (1 - a * b), 10);
    expect(row.shares.get('Y')).toBeCloseTo((p * a) / (1 - a * b), 10);
  });

  it('reports non-convergence when a ring holds itself entirely', () => {
    const result = integratedOwnersOf([h('X', 'Y', 1), h('Y', 'X', 1)], 'Y', { maxIterations: 50 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(50);
  });

  it('ignores self-holdings and non-positive fractions', () => {
    expect(integratedOwnership([h('A', 'A', 0.5), h('A', 'B', 0), h('P', 'B', 0.2)], 'P', 'B')).toBeCloseTo(0.2, 12);
    expect(integratedOwnership([h('A', 'A', 0.5), h('A', 'B', 0)], 'A', 'B')).toBe(0);
  });

  it('finds top holders and the controller rule', () => {
    const holdings = [h('P1', 'H', 0.7), h('P2', 'H', 0.3), h('H', 'C', 0.8), h('Q', 'C', 0.2)];
    const tops = topHolders(holdings, 'C');
    expect([...tops.shares.keys()]).toEqual(['P1', 'P2', 'Q']);
    expect(tops.shares.get('P1')).toBeCloseTo(0.56, 12);
    expect(pickController([...tops.shares].map(([id, share]) => ({ id, kind: 'Person' as const, share })))).toEqual({
      controller: { id: 'P1', kind: 'Person', share: tops.shares.get('P1') },
      rule: 'majority',
    });
    expect(pickController([{ id: 'b', kind: 'Person', share: 0.5 }, { id: 'a', kind: 'Agency', share: 0.5 }])).toEqual({
      controller: { id: 'a', kind: 'Agency', share: 0.5 },
      rule: 'largest_holder',
    });
    expect(pickController([])).toEqual({ controller: null, rule: 'largest_holder' });
  });

  // Company Law of the PRC (2023) art. 265(2)-(3): 控股股东 holds more than 50 %; 实际控制人 actually
  // directs the company through investment relations. The demo supplier: P controls 80 % → 70 % → 60 %
  // down the chain (integrated 33.6 %) while M holds 40 % directly (the largest integrated share).
  it('follows the chain of control, not the largest integrated share', () => {
    const holdings = [h('P', 'Parent', 0.8), h('Q', 'Parent', 0.2), h('Parent', 'Sub', 0.7), h('R', 'Sub', 0.3), h('Sub', 'Supplier', 0.6), h('M', 'Supplier', 0.4)];
    const chain = controlChain(holdings, 'Supplier');
    expect(chain.controller).toBe('P');
    expect(chain.rule).toBe('majority');
    expect(chain.links.map((link) => `${link.holder}>${link.company}:${link.share}`)).toEqual(['Sub>Supplier:0.6', 'Parent>Sub:0.7', 'P>Parent:0.8']);
    expect([...topHolders(holdings, 'Supplier').shares.keys()][0]).toBe('M');
  });

  it('closes the chain with the largest ultimate holder where no majority exists, and stops on a cycle', () => {
    // Sub's 60 % holder Top is held 40/35/25: the 40 % holder is the suspected controller.
    const dispersed = [h('Top', 'Sub', 0.6), h('X', 'Sub', 0.4), h('A', 'Top', 0.4), h('B', 'Top', 0.35), h('C', 'Top', 0.25)];
    const chain = controlChain(dispersed, 'Sub');
    expect(chain).toMatchObject({ controller: 'A', rule: 'largest_holder' });
    expect(chain.links.map((link) => [link.holder, link.company, link.rule])).toEqual([['Top', 'Sub', 'majority'], ['A', 'Top', 'largest_holder']]);
    expect(controlChain([h('W1', 'C', 0.3), h('W2', 'C', 0.3), h('W3', 'C', 0.4)], 'C')).toMatchObject({ controller: 'W3', rule: 'largest_holder', links: [{ holder: 'W3', share: 0.4 }] });
    expect(controlChain([], 'C')).toEqual({ links: [], controller: null, rule: 'largest_holder' });
    // X and Y hold 60 % of each other: the walk stops at the first repeat instead of looping.
    const ring = controlChain([h('X', 'Y', 0.6), h('Y', 'X', 0.6)], 'Y');
    expect(ring.links.map((link) => link.holder)).toEqual(['X']);
  });

  it('compares shares with thresholds tolerating float noise', () => {
    expect(reaches(0.1 + 0.2 + 0.2, 0.5)).toBe(true);
    expect(reaches(0.499, 0.5)).toBe(false);
  });
});

describe('ownership-inherited listing (pure)', () => {
  it('inherits at 50 % and not at 49.9 %', () => {
    expect(inheritedListing([h('B', 'S', 0.5)], new Set(['B']), 'S').inherited).toEqual(new Set(['S']));
    expect(inheritedListing([h('B', 'S', 0.499)], new Set(['B']), 'S').inherited).toEqual(new Set());
  });

  it('aggregates several listed owners and attributes to the nearest one', () => {
    // B1 (listed) holds 60 % of B2 (listed) which holds 30 % of S; B1 also holds 25 % of S directly.
    const result = inheritedListing([h('B1', 'B2', 0.6), h('B2', 'S', 0.3), h('B1', 'S', 0.25)], new Set(['B1', 'B2']), 'S');
    expect(result.attributed.get('S')).toBeCloseTo(0.55, 12);
    expect([...result.owners]).toEqual([['B2', 0.3], ['B1', 0.25]]);
    expect(result.inherited).toEqual(new Set(['S']));
  });

  it('passes an inherited listing down the chain (50 % of a 60 % holder)', () => {
    const result = inheritedListing([h('B', 'A', 0.5), h('A', 'S', 0.6), h('P', 'A', 0.5)], new Set(['B']), 'S');
    expect(result.inherited).toEqual(new Set(['A', 'S']));
    expect([...result.owners]).toEqual([['A', 0.6]]);
  });
});
