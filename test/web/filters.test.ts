import { describe, expect, it } from 'vitest';
import type { GraphViewLike } from '../../web/src/graph/elements.ts';
import { activeFilters, filteredOut, noFilters, parseFilters } from '../../web/src/graph/filters/index.ts';
import { labelFontSize } from '../../web/src/graph/labelSize.ts';

const view: GraphViewLike = {
  nodes: [
    { id: 'c1', kind: 'Company', label: '甲公司' },
    { id: 'p1', kind: 'Person', label: '张三' },
    { id: 'l-old', kind: 'Listing', label: '（2019）粤03执1号', listKind: 'blacklist', from: '2019-05-01' },
    { id: 'l-new', kind: 'Listing', label: '（2023）粤03执2号', listKind: 'blacklist', from: '2023-03-15' },
    { id: 'l-red', kind: 'Listing', label: 'A级纳税人', listKind: 'redlist', from: '2022-04-01' },
    { id: 'list-red', kind: 'CreditList', label: '纳税信用A级纳税人名单', listKind: 'redlist' },
  ],
  edges: [
    { id: 'p1-LEGAL_REPRESENTATIVE_OF-c1', source: 'p1', target: 'c1', type: 'LEGAL_REPRESENTATIVE_OF' },
    { id: 'p1-SHAREHOLDER_OF-c1', source: 'p1', target: 'c1', type: 'SHAREHOLDER_OF' },
    { id: 'c1-LISTED-l-old', source: 'c1', target: 'l-old', type: 'LISTED' },
  ],
  truncated: [],
};

const out = (query: string) => [...filteredOut(view, parseFilters(new URLSearchParams(query)))].sort();

describe('canvas filters', () => {
  it('leave nothing out when none is set', () => {
    expect(out('')).toEqual([]);
    expect(activeFilters(noFilters)).toBe(0);
  });

  it('leave out nodes by kind and edges by relationship type', () => {
    expect(out('hk=Person')).toEqual(['p1']);
    expect(out('hr=SHAREHOLDER_OF')).toEqual(['p1-SHAREHOLDER_OF-c1']);
  });

  it('leave out the lists and listings of a list kind', () => {
    expect(out('hl=redlist')).toEqual(['l-red', 'list-red']);
  });

  it('leave out listings that start outside the date range, either end open', () => {
    expect(out('ld=2022-01-01..')).toEqual(['l-old']);
    expect(out('ld=..2022-12-31')).toEqual(['l-new']);
    expect(out('ld=2020-01-01..2022-12-31')).toEqual(['l-new', 'l-old']);
  });

  it('combine, and count what is set', () => {
    const filters = parseFilters(new URLSearchParams('hk=Person&hl=redlist&ld=2022-01-01..'));
    expect(activeFilters(filters)).toBe(3);
    expect([...filteredOut(view, filters)].sort()).toEqual(['l-old', 'l-red', 'list-red', 'p1']);
  });
});

describe('label size', () => {
  it('scales the held on-screen size and grows the font as the view zooms out, down to the hold limit', () => {
    expect(labelFontSize(1, 100)).toBe(11);
    expect(labelFontSize(1, 160)).toBe(18);
    expect(labelFontSize(0.5, 100)).toBe(labelFontSize(0.55, 100));
    expect(labelFontSize(2, 100)).toBe(11);
  });

  it('scales with the drawing in the left-to-right columns, whose layout made room for labels of one size', () => {
    expect(labelFontSize(0.5, 100, 'leftToRight')).toBe(11);
    expect(labelFontSize(0.7, 100, 'leftToRight')).toBe(labelFontSize(1, 100, 'free'));
    expect(labelFontSize(0.7, 130, 'leftToRight')).toBe(labelFontSize(1, 130));
    expect(labelFontSize(0.7, 100, 'free')).toBeGreaterThan(11);
  });
});
