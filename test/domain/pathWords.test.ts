import { describe, expect, it } from 'vitest';
import { pathInWords } from '../../graph/paths/pathWords.ts';
import type { PathNode, TypedPath } from '../../graph/paths/typedPath.ts';

// The plain-text outputs' path sentence (screening CSV, monitoring feed and CSV, credit report).
const node = (id: string, name: string, kind: PathNode['kind'] = 'Company'): PathNode => ({ id, kind, name, nameEn: null, synthetic: true, activeListKinds: [] });

const chain: TypedPath = {
  nodes: [node('s', '甲公司'), node('m', '乙公司'), node('p', '张三', 'Person')],
  edges: [
    { type: 'SHAREHOLDER_OF', from: 'm', to: 's', fraction: 0.6, role: null },
    { type: 'SHAREHOLDER_OF', from: 'p', to: 'm', fraction: 0.8, role: null },
  ],
  hops: 2,
};

const offices: TypedPath = {
  nodes: [node('a', '丙公司'), node('h', '李四', 'Person'), node('b', '丁公司')],
  edges: [
    { type: 'OFFICER_OF', from: 'h', to: 'a', fraction: null, role: 'finance_officer' },
    { type: 'LEGAL_REPRESENTATIVE_OF', from: 'h', to: 'b', fraction: null, role: null },
  ],
  hops: 2,
};

describe('pathInWords', () => {
  it('reads a holding chain in English, each step from the party the walk is at', () => {
    expect(pathInWords(chain)).toBe('甲公司 is held 60% by 乙公司, which is held 80% by 张三');
  });

  it('reads it in Chinese, one clause per step with both ends named', () => {
    expect(pathInWords(chain, 'zh')).toBe('甲公司由乙公司持股 60%；乙公司由张三持股 80%');
  });

  it('names an office by its role and the legal representative in both languages', () => {
    expect(pathInWords(offices)).toBe('丙公司 has finance officer 李四, which is legal representative of 丁公司');
    expect(pathInWords(offices, 'zh')).toBe('丙公司的财务负责人是李四；李四是丁公司的法定代表人');
  });

  it('is empty for a path without nodes and the name alone for a path of one node', () => {
    expect(pathInWords({ nodes: [], edges: [], hops: 0 })).toBe('');
    expect(pathInWords({ nodes: [node('x', '戊公司')], edges: [], hops: 0 })).toBe('戊公司');
    expect(pathInWords({ nodes: [node('x', '戊公司')], edges: [], hops: 0 }, 'zh')).toBe('戊公司');
  });
});
