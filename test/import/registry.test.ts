import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { makeUscc } from '../../graph/domain/uscc.ts';
import { detectFormat } from '../../seed/import/detect.ts';
import { parseOfficers, parseShareholders } from '../../seed/import/registry/cells.ts';
import { importFile } from '../../seed/import/run.ts';
import { removeFixtures, testGraph } from '../support/graph.ts';
import { now, tempDir, writeFile } from './support.ts';

// Registry-export headings as the Chinese corporate-data platforms print them (企业名称, 统一社会信用代码,
// 法定代表人, 登记状态 …; see docs/real-data.md). Companies are fictitious, division 542523
// (Gar county, Tibet: a real GB/T 2260 code no other fixture uses).
const prefix = 'treg-';
const usccOf = (body: string) => makeUscc({ authority: '9', category: '1', division: '542523', orgBody8: body });
const tech = usccOf('REGTEAM1');
const holding = usccOf('REGTEAM2');
const header = ['序号', '企业名称', '统一社会信用代码', '法定代表人', '登记状态', '成立日期', '注册资本', '企业类型', '所属行业', '所属省份', '所属城市', '注册地址', '股东及出资信息', '主要人员', '曾用名', '客户评级'];
const rows: unknown[][] = [
  [1, '北京鹭港科技有限公司', tech, '王小明', '存续', new Date('2015-06-01T00:00:00Z'), '1000万元人民币', '有限责任公司', '软件和信息技术服务业', '北京市', '北京市', '北京市海淀区中关村大街2号', '北京鹭港控股集团有限公司(70%);王小明(30%)', '王小明(执行董事兼总经理);李华(监事)', '北京鹭港信息技术有限公司', 'A'],
  [2, '北京鹭港控股集团有限公司', holding, '张伟', '在业', '2010-03-01', '5000万', '有限责任公司', '商务服务业', '北京市', '北京市', '北京市海淀区中关村大街1号', '张伟：认缴出资5000万元，持股比例100%', '张伟(董事长)', '', ''],
  [3, '北京鹭港贸易有限公司', '12345', '赵六', '存续', '2018-01-01', '100万', '', '', '', '', '', '', '', '', ''],
];

async function workbook(dir: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('企业列表');
  sheet.addRow(['企业信息导出（数据仅供参考）']);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  const file = `${dir}/registry.xlsx`;
  await book.xlsx.writeFile(file);
  return file;
}

let graph: Graph;
let file: string;
const remove = async () => {
  await removeFixtures(graph, prefix);
  await graph.write('MATCH (c:Company) WHERE c.id IN $ids DETACH DELETE c', { ids: [tech, holding] });
};

beforeAll(async () => {
  graph = await testGraph();
  await remove();
  file = await workbook(tempDir('scs-registry-'));
});
afterAll(async () => {
  await remove();
  await graph.close();
});

describe('registry spreadsheet import', () => {
  it('parses the shareholders and officers cells in the platforms’ ways of writing them', () => {
    expect(parseShareholders('北京鹭港控股集团有限公司(70%);王小明(30%)').map((h) => [h.name, h.fraction])).toEqual([['北京鹭港控股集团有限公司', 0.7], ['王小明', 0.3]]);
    expect(parseShareholders('张伟：认缴出资5000万元，持股比例100%')).toEqual([{ name: '张伟', fraction: 1, subscribedCapital: 5e7, text: '张伟：认缴出资5000万元，持股比例100%' }]);
    expect(parseShareholders('张三 60.5%、李四 39.5%').map((h) => [h.name, h.fraction])).toEqual([['张三', 0.605], ['李四', 0.395]]);
    expect(parseOfficers('王小明(执行董事兼总经理);李华：监事').map((o) => [o.name, o.role])).toEqual([['王小明', 'director'], ['李华', 'supervisor']]);
  });

  it('refuses the whole workbook while a row has an error, naming row and field; reports the unknown heading', async () => {
    const result = await importFile(graph, { file, namespace: prefix, now });
    expect(result.format).toBe('registry');
    expect(result.written).toBe(false);
    expect(result.problems).toContain('registry.xlsx:2: 客户评级: warning: unknown heading; its values are kept in registryFields as "客户评级: …"');
    expect(result.problems.some((p) => p.startsWith("registry.xlsx:5: uscc: USCC '12345'"))).toBe(true);
    expect(await graph.read('MATCH (c:Company) WHERE c.id IN $ids RETURN c', { ids: [tech, holding] })).toEqual([]);
  });

  it('with --skip-invalid writes the valid rows: companies, legal representatives, officers and shareholdings with percentages', async () => {
    const result = await importFile(graph, { file, namespace: prefix, now, skipInvalid: true, rejectsDir: tempDir('scs-registry-rejects-') });
    expect(result.written).toBe(true);
    expect(result.summary.Company).toMatchObject({ created: 2, rejected: 1 });
    expect(result.summary.SHAREHOLDER_OF).toMatchObject({ created: 3 });
    const company = await graph.read<Record<string, unknown>>(
      'MATCH (c:Company {id: $id}) RETURN c.nameZh AS nameZh, c.status AS status, c.established AS established, c.registeredCapital AS capital, c.divisionCode AS division, c.formerNames AS formerNames, c.registryFields AS extras, c.source AS source',
      { id: tech },
    );
    expect(company).toEqual([
      { nameZh: '北京鹭港科技有限公司', status: 'in_operation', established: '2015-06-01', capital: 1e7, division: '110000', formerNames: ['北京鹭港信息技术有限公司'], extras: ['所属行业: 软件和信息技术服务业', '序号: 1', '客户评级: A'], source: 'registry.xlsx:3' },
    ]);
    const holders = await graph.read<{ holder: string; fraction: number; capital: number | null }>(
      'MATCH (h)-[r:SHAREHOLDER_OF]->(c:Company) WHERE c.id IN $ids RETURN coalesce(h.nameZh, h.id) AS holder, r.fraction AS fraction, r.subscribedCapital AS capital ORDER BY holder',
      { ids: [tech, holding] },
    );
    expect(holders).toEqual([
      { holder: '北京鹭港控股集团有限公司', fraction: 0.7, capital: null },
      { holder: '张伟', fraction: 1, capital: 5e7 },
      { holder: '王小明', fraction: 0.3, capital: null },
    ]);
    const roles = await graph.read<{ name: string; type: string; role: string | null }>(
      'MATCH (p:Person)-[r:LEGAL_REPRESENTATIVE_OF|OFFICER_OF]->(:Company {id: $id}) RETURN p.nameZh AS name, type(r) AS type, r.role AS role ORDER BY name, type',
      { id: tech },
    );
    expect(roles).toEqual([
      { name: '李华', type: 'OFFICER_OF', role: 'supervisor' },
      { name: '王小明', type: 'LEGAL_REPRESENTATIVE_OF', role: null },
      { name: '王小明', type: 'OFFICER_OF', role: 'director' },
    ]);
  });

  it('changes nothing on a second import, and reads the same headings from a CSV', async () => {
    const again = await importFile(graph, { file, namespace: prefix, now, skipInvalid: true, rejectsDir: tempDir('scs-registry-rejects-') });
    expect(again.summary.Company).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(again.summary.SHAREHOLDER_OF).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    const csvText = [header.slice(1, 4).join(','), `北京鹭港控股集团有限公司,${holding},张伟`].join('\n');
    const csv = writeFile(tempDir('scs-registry-csv-'), 'export.csv', csvText);
    expect(detectFormat(csv, `${header.join(',')}\n`)).toBe('registry');
    const fromCsv = await importFile(graph, { file: csv, format: 'registry', namespace: prefix, now });
    expect(fromCsv.errors).toBe(0);
    // Same company, now sourced from the CSV line: updated (its provenance), not created.
    expect(fromCsv.summary.Company).toMatchObject({ created: 0, updated: 1 });
  });
});
