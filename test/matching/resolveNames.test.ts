import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { mergeNodes } from '../../graph/load/write.ts';
import { resolveNames } from '../../graph/matching/resolveNames.ts';
import { backfillNameKeys } from '../../graph/matching/nameKeys.ts';
import { NodeKind } from '../../graph/model.ts';
import { removeFixtures, testGraph } from '../support/graph.ts';

// Fixture companies use trade names (鹭港, 泓霁) outside the corpus's brand characters.
const prefix = 'tnm-';
const company = (id: string, nameZh: string, nameEn: string | null = null) => ({
  id: prefix + id,
  props: { nameZh, nameEn, uscc: null, source: 'resolveNames.test', recordedAt: '2025-01-01T00:00:00Z', synthetic: true },
});

describe('resolveNames on Neo4j', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await testGraph();
    await removeFixtures(graph, prefix);
    await mergeNodes(graph, NodeKind.Company, [
      company('a', '北京鹭港科技有限公司', 'Beijing Lugang Technology Co., Ltd.'),
      company('b', '北京鹭港物流有限公司'),
      company('c', '上海泓霁贸易有限公司'),
      company('d', '深圳泓霁贸易有限公司'),
    ]);
  });
  afterAll(async () => {
    await removeFixtures(graph, prefix);
    await graph.close();
  });

  it('stores the blocking key on every company written, and backfills companies without one', async () => {
    const rows = await graph.read<{ key: string }>('MATCH (c:Company {id: $id}) RETURN c.nameKey AS key', { id: `${prefix}a` });
    expect(rows[0]?.key).toBe('lugang');
    await graph.write("CREATE (c:Node:Company {id: $id, nameZh: '广州鹭港投资有限公司'})", { id: `${prefix}e` });
    expect(await backfillNameKeys(graph)).toBeGreaterThanOrEqual(1);
    const keyed = await graph.read<{ key: string }>('MATCH (c:Company {id: $id}) RETURN c.nameKey AS key', { id: `${prefix}e` });
    expect(keyed[0]?.key).toBe('lugang');
  });

  it('only counts when every company has its key (no scan of the companies at each schema application)', async () => {
    await backfillNameKeys(graph);
    const read = vi.spyOn(graph, 'read');
    try {
      expect(await backfillNameKeys(graph)).toBe(0);
      expect(read.mock.calls.map(([cypher]) => cypher).filter((cypher) => cypher.includes('IS NULL'))).toEqual([]);
    } finally {
      read.mockRestore();
    }
  });

  it('finds traditional, suffix-variant and English names; says ambiguous and not found with candidates and why', async () => {
    const [traditional, english, variant, ambiguous, missing] = await resolveNames(graph, [
      { name: '北京鷺港科技有限責任公司' },
      { name: 'BEIJING LUGANG TECHNOLOGY COMPANY LIMITED' },
      { name: '鹭港（北京）科技' },
      { name: '泓霁贸易有限公司' },
      { name: '杭州鹭港科技有限公司' },
    ]);
    for (const found of [traditional, english, variant]) {
      expect(found!.status).toBe('found');
      expect(found!.candidates[0]?.id).toBe(`${prefix}a`);
      expect(found!.score).toBeGreaterThanOrEqual(0.8);
      expect(found!.why.find((f) => f.feature === 'trade_name')?.verdict).toBe('same');
    }
    expect(ambiguous!.status).toBe('ambiguous');
    expect(ambiguous!.candidates.map((c) => c.id).sort()).toEqual([`${prefix}c`, `${prefix}d`]);
    expect(missing!.status).toBe('not_found');
    expect(missing!.why.find((f) => f.feature === 'region')?.verdict).toBe('different');
  });
});
