import { describe, expect, it } from 'vitest';
import type { PathEdge, PathNode } from '../../graph/paths/typedPath.ts';
import { drawnNode, projectView } from '../../graph/view.ts';

// The one projector of answers into canvas views (graph/view.ts): no read, so a plain unit test.
const party = (id: string, over: Partial<PathNode> = {}): PathNode => ({
  id,
  kind: 'Company',
  name: `${id}有限公司`,
  nameEn: null,
  synthetic: true,
  activeListKinds: [],
  ...over,
});
const holds = (from: string, to: string, fraction: number | null): PathEdge => ({ type: 'SHAREHOLDER_OF', from, to, fraction, role: null });

describe('drawnNode', () => {
  it('draws a company with its list kinds in the table order, each once', () => {
    const node = drawnNode(party('c1', { activeListKinds: ['redlist', 'blacklist', 'blacklist', 'unknown_kind'] }));
    expect(node).toMatchObject({ id: 'c1', kind: 'Company', label: 'c1有限公司', synthetic: true, activeListKinds: ['blacklist', 'redlist'] });
  });

  it('labels in English from the stored English or pinyin name, else the company-name rendering', () => {
    expect(drawnNode(party('p1', { kind: 'Person', name: '张三', nameEn: 'Zhang San' })).labelEn).toBe('Zhang San');
    const rendered = drawnNode(party('c2', { name: '深圳市华强电子有限公司' })).labelEn;
    expect(rendered).toMatch(/Shenzhen/);
    expect(rendered).toMatch(/Co\., Ltd\./);
  });

  it('gives no list flags to nodes that cannot be listed, and falls back to the id for a nameless node', () => {
    const agency = drawnNode(party('sasac', { kind: 'Agency', name: null }));
    expect(agency.activeListKinds).toBeUndefined();
    expect(agency.label).toBe('sasac');
  });
});

describe('projectView', () => {
  it('draws each node and each edge once, with the share as a number', () => {
    const a = party('a');
    const b = party('b');
    const c = party('c', { activeListKinds: ['blacklist'] });
    const view = projectView([a, b, c, b, a], [holds('b', 'a', 0.6), holds('c', 'b', 0.7), holds('b', 'a', 0.6)]);
    expect(view.nodes.map((node) => node.id)).toEqual(['a', 'b', 'c']);
    expect(view.edges).toEqual([
      { id: 'b-SHAREHOLDER_OF-a', source: 'b', target: 'a', type: 'SHAREHOLDER_OF', share: 0.6, roles: null },
      { id: 'c-SHAREHOLDER_OF-b', source: 'c', target: 'b', type: 'SHAREHOLDER_OF', share: 0.7, roles: null },
    ]);
    expect(view.nodes.find((node) => node.id === 'c')?.activeListKinds).toEqual(['blacklist']);
    expect(view.truncated).toEqual([]);
  });

  it('leaves out an edge whose end the answer does not hold, and words an office by its role code', () => {
    const view = projectView(
      [party('co'), party('p', { kind: 'Person', name: '李四' })],
      [
        { type: 'OFFICER_OF', from: 'p', to: 'co', fraction: null, role: 'finance_officer' },
        holds('ghost', 'co', 0.5),
      ],
    );
    expect(view.edges).toEqual([{ id: 'p-OFFICER_OF-co', source: 'p', target: 'co', type: 'OFFICER_OF', share: null, roles: ['finance_officer'] }]);
  });
});
