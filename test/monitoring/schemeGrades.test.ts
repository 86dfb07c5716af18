import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { usccCheckCharacter } from '../../graph/domain/uscc.ts';
import { MonitoringLabel } from '../../graph/model.ts';
import { changes } from '../../graph/monitoring/changes.ts';
import { addSubjects, deleteWatchlist, saveWatchlist } from '../../graph/monitoring/watchlists.ts';
import { creditFile } from '../../graph/queries/creditFile.ts';
import { exportGraph } from '../../seed/export/run.ts';
import { importFile } from '../../seed/import/run.ts';
import { tempDir, writeFile } from '../import/support.ts';
import { testGraph } from '../support/graph.ts';

/*
 * Grades of every scheme in seed/reference/data/gradeSchemes.json, imported from a credit-records
 * file: 公共信用综合评价 A–D (NPCIC), customs credit grades (海关总署令第251号, 2021: 高级认证企业,
 * 其他注册登记和备案企业, 失信企业), environmental credit levels (企业环境信用评价办法（试行）,
 * 环发〔2013〕150号: 环保诚信/良好/警示/不良 — green/blue/yellow/red cards).
 */
const first17 = '91542527990089001';
const company = first17 + usccCheckCharacter(first17);
const list = 'tgrd-watch';
const dir = tempDir('scs-grades-');
let graph: Graph;

const header = 'subject,类别,评价体系,信用等级,年度,decided_on,title\n';
const year2024 = `${company},信用等级,公共信用综合评价,B,2024,,\n${company},grade,g_customs_credit_2021,其他注册登记和备案企业,2024,,\n${company},grade,企业环境信用等级,绿牌,2024,,\n`;
// 2025: public credit B → C, customs other → 失信企业, environment unchanged (green); plus a penalty record for the round trip.
const year2025 = `${company},评级,g_public_credit_comprehensive,C,2025,,\n${company},信用等级,海关信用,失信企业,2025,,\n${company},grade,g_env_credit,green,2025,,\n${company},行政处罚,,,,2025-03-02,销售不合格产品\n`;

const load = (name: string, text: string, at: string) => importFile(graph, { file: writeFile(dir, name, text), now: new Date(at) });

async function cleanUp() {
  await graph.write(`MATCH (e:${MonitoringLabel.ChangeEvent}) WHERE e.subjectId = $id DETACH DELETE e`, { id: company });
  await graph.write(`MATCH (c:Node {id: $id}) OPTIONAL MATCH (c)-[:GRADED|HAS_RECORD]->(r) DETACH DELETE r, c`, { id: company });
  await deleteWatchlist(graph, list);
}

beforeAll(async () => {
  graph = await testGraph();
  await cleanUp();
  await load('companies.csv', `uscc,name_zh,legal_form,status,established,industry_code\n${company},测评制造有限公司,有限责任公司,in_operation,2012-05-01,C36\n`, '2026-05-01T00:00:00Z');
  await saveWatchlist(graph, list, 0);
  await addSubjects(graph, list, [company]);
});

afterAll(async () => {
  await cleanUp();
  await graph.close();
});

describe('grades of every scheme', () => {
  it('a grade row naming a level its scheme does not have is refused with its line and column, nothing written', async () => {
    const bad = `${header}${company},grade,g_customs_credit_2021,A,2024,,\n${company},grade,g_env_credit,blue,2024,,\n${company},grade,no_such_scheme,A,2024,,\n`;
    const result = await load('bad.csv', bad, '2026-05-02T00:00:00Z').catch((caught: unknown) => caught);
    const problems = JSON.stringify(result);
    expect(problems).toMatch(/2.*(信用等级|grade).*'A' is not one of advanced_certified, other, dishonest/);
    expect(problems).toMatch(/4.*(评价体系|scheme).*'no_such_scheme'/);
    expect((await creditFile(graph, company, '2026-06-30'))!.grades).toEqual([]);
  });

  it('imports each scheme’s grade by Chinese scheme and level names; the credit file lists them with scheme and issuer', async () => {
    await load('grades2024.csv', header + year2024, '2026-05-03T00:00:00Z');
    const file = (await creditFile(graph, company, '2026-06-30'))!;
    expect(file.grades.map((g) => [g.schemeId, g.grade, g.year]).sort()).toEqual([
      ['g_customs_credit_2021', 'other', 2024],
      ['g_env_credit', 'green', 2024],
      ['g_public_credit_comprehensive', 'B', 2024],
    ]);
    expect(file.grades.find((g) => g.schemeId === 'g_customs_credit_2021')).toMatchObject({ scheme: '海关企业信用等级（251号令）', agency: expect.stringContaining('海关') });
    expect(file.sections.find((s) => s.section === 'grade')?.count).toBe(3);
  });

  it('a new year’s grade that differs makes one grade_change per scheme; an unchanged one makes none; a re-import none', async () => {
    await load('grades2025.csv', header + year2025, '2026-05-04T00:00:00Z');
    await load('grades2025.csv', header + year2025, '2026-05-05T00:00:00Z');
    const page = await changes(graph, { watchlist: list, since: '2026-05-04', kinds: ['grade_change'], asOf: '2026-05-04' });
    const moves = page.items.map((e) => [e.before?.grade, e.after?.grade, e.after?.year]).sort();
    expect(moves).toEqual([
      ['B', 'C', 2025],
      ['other', 'dishonest', 2025],
    ]);
  });

  it('the CSV export writes the credit file in the importer’s columns; importing it into a graph without them gives the same records', async () => {
    const before = await creditFile(graph, company, '2026-06-30');
    const out = tempDir('scs-export-credit-');
    await exportGraph(graph, 'csv', out, { subject: company, hops: 0 });
    const exported = fs.readFileSync(path.join(out, 'credit_records.csv'), 'utf8');
    expect(exported.split('\n')[0]).toContain('subject,section,number,title,decided_on');
    expect(exported.trim().split('\n')).toHaveLength(1 + 6 + 1);
    await graph.write(`MATCH (:Node {id: $id})-[:GRADED|HAS_RECORD]->(r) DETACH DELETE r`, { id: company });
    expect((await creditFile(graph, company, '2026-06-30'))!.grades).toEqual([]);
    await importFile(graph, { file: path.join(out, 'credit_records.csv'), now: new Date('2026-05-06T00:00:00Z') });
    const after = await creditFile(graph, company, '2026-06-30');
    const substance = (file: typeof before) => ({
      grades: file!.grades.map(({ source: _source, ...g }) => g),
      records: file!.records.map(({ props: { source: _s, recordedAt: _r, ...props }, ...r }) => ({ ...r, props })),
      sections: file!.sections,
    });
    expect(substance(after)).toEqual(substance(before));
  });
});
