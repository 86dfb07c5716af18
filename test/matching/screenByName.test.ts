import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { mergeNodes } from '../../graph/load/write.ts';
import { NodeKind } from '../../graph/model.ts';
import { formatScreenCsv, parseScreenCsv } from '../../graph/screening/csv.ts';
import { screenRows } from '../../graph/screening/screen.ts';
import { removeFixtures, testGraph } from '../support/graph.ts';

// Screening rows with a name and no code (issue 17): resolved by the company-name matcher.
const prefix = 'tsn-';
const companies: Array<[id: string, nameZh: string, nameEn: string | null]> = [
  ['lugang', '北京鹭港科技有限公司', 'Beijing Lugang Technology Co., Ltd.'],
  ['lugang-log', '北京鹭港物流有限公司', null],
  ['hongji', '深圳市泓霁颢电子科技股份有限公司', null],
  ['chenhao', '杭州琛颢贸易有限责任公司', null],
];

const file = [
  '企业名称,备注',
  '北京鷺港科技有限責任公司,traditional characters and another legal-form ending',
  'Beijing Lugang Technology Company Limited,English',
  '鹭港（北京）科技,region in brackets and no legal form',
  '泓霁颢電子科技（深圳）股份有限公司,traditional with the region in brackets',
  'HANGZHOU CHENHAO TRADING CO LTD,English in capitals without punctuation',
  '杭州琛颢貿易有限公司,traditional with the short legal form',
  '北京鹭港医药有限公司,same trade name but another industry',
].join('\n');

describe('screening name-only rows', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await testGraph();
    await removeFixtures(graph, prefix);
    await mergeNodes(
      graph,
      NodeKind.Company,
      companies.map(([id, nameZh, nameEn]) => ({ id: prefix + id, props: { nameZh, nameEn, source: 'screenByName.test', recordedAt: '2025-01-01T00:00:00Z', synthetic: true } })),
    );
  });
  afterAll(async () => {
    await removeFixtures(graph, prefix);
    await graph.close();
  });

  it('finds the right company for traditional, suffix-variant and English names, with score and why', async () => {
    const rows = await screenRows(graph, parseScreenCsv(file), { asOf: '2025-06-30', maxHops: 1 });
    expect(rows.map((row) => [row.status, row.subject?.id ?? null])).toEqual([
      ['found', `${prefix}lugang`],
      ['found', `${prefix}lugang`],
      ['found', `${prefix}lugang`],
      ['found', `${prefix}hongji`],
      ['found', `${prefix}chenhao`],
      ['found', `${prefix}chenhao`],
      ['not_found', null],
    ]);
    for (const row of rows.slice(0, 6)) {
      expect(row.match!.score).toBeGreaterThanOrEqual(0.8);
      expect(row.match!.features.find((f) => f.feature === 'trade_name')?.verdict).toBe('same');
    }
    const report = formatScreenCsv(rows);
    expect(report.split('\n')[2]).toContain('trade_name same (lugang / lugang)');
  });
});
