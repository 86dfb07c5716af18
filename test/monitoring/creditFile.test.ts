import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { MonitoringLabel } from '../../graph/model.ts';
import { creditFile } from '../../graph/queries/creditFile.ts';
import { creditReportData } from '../../server/report/creditReport.ts';
import { creditReportHtml } from '../../server/report/html.ts';
import { htmlToPdf } from '../../server/report/pdf.ts';
import { importFile } from '../../seed/import/run.ts';
import { demoStory } from '../../seed/synthetic/demoStory.ts';
import { tempDir, writeFile } from '../import/support.ts';
import { testGraph } from '../support/graph.ts';

// The demo story's supplier (seed/synthetic/demoStory.ts) and its generated credit file (seed/synthetic/creditFile.ts).
const supplier = demoStory.supplierTwoHopsBelow;
const prefix = 'tcf-';
const now = new Date('2026-07-10T08:00:00Z');
const dir = tempDir('scs-credit-file-');
// NECIPS table headings (行政处罚信息: 行政处罚决定书文号, 处罚类别, 罚款金额, 处罚机关, 处罚决定日期, 公示截止期).
const chineseHeader = 'id,主体,类别,行政处罚决定书文号,违法行为类型,处罚类别,罚款金额,处罚依据,处罚机关,处罚决定日期,公示截止期\n';

let graph: Graph;

async function removeFixtures() {
  await graph.write(`MATCH (n:Node) WHERE n.id STARTS WITH $prefix DETACH DELETE n`, { prefix });
  await graph.write(`MATCH (c:${MonitoringLabel.ChangeEvent}) WHERE c.factId STARTS WITH $prefix DELETE c`, { prefix });
}

beforeAll(async () => {
  graph = await testGraph();
  await removeFixtures();
});

afterAll(async () => {
  await removeFixtures();
  await graph.close();
});

describe('the credit file', () => {
  it('holds the demo supplier’s generated records as of a date, with as-of semantics', async () => {
    const file = (await creditFile(graph, supplier, '2026-06-30'))!;
    const counts = Object.fromEntries(file.sections.map((s) => [s.section, s.count]));
    expect(counts.penalty).toBeGreaterThanOrEqual(1);
    expect(counts.licence).toBeGreaterThanOrEqual(1);
    expect(counts.inspection).toBeGreaterThanOrEqual(1);
    expect(counts.annual_report).toBeGreaterThanOrEqual(3);
    const licence = file.records.find((r) => r.props.number === 'XK16-204-06688')!;
    expect(licence.valid).toBe(true);
    expect(file.records.every((r) => r.props.synthetic === true && typeof r.props.source === 'string')).toBe(true);
    // The licence's last valid day is 2026-07-20; a day later it is no longer valid, and the 2025 fine is not yet in a 2025-01-01 file.
    expect((await creditFile(graph, supplier, '2026-07-21'))!.records.find((r) => r.id === licence.id)!.valid).toBe(false);
    expect((await creditFile(graph, supplier, '2025-01-01'))!.records.some((r) => r.props.number === '佛市监罚〔2025〕217号')).toBe(false);
  });

  it('imports penalties from a CSV with NECIPS headings, makes a penalty event, and makes none on re-import', async () => {
    const row = `${prefix}p1,${supplier},行政处罚,佛市监罚〔2026〕31号,未按规定标注产品标识,罚款,2万元,《中华人民共和国产品质量法》第五十四条,samr,2026-07-02,2029-07-02\n`;
    const first = await importFile(graph, { file: writeFile(dir, 'penalties.csv', chineseHeader + row), now });
    expect([first.format, first.errors, first.summary.CreditRecord]).toEqual(['csv-credit_records', 0, { created: 1, updated: 0, unchanged: 0, rejected: 0 }]);
    const events = await graph.read<{ kind: string; subjectId: string; on: string }>(`MATCH (c:${MonitoringLabel.ChangeEvent} {factId: $id}) RETURN c.kind AS kind, c.subjectId AS subjectId, c.on AS on`, { id: `${prefix}p1` });
    expect(events).toEqual([{ kind: 'penalty', subjectId: supplier, on: '2026-07-02' }]);
    const record = (await creditFile(graph, supplier, '2026-07-05'))!.records.find((r) => r.id === `${prefix}p1`)!;
    expect(record.props).toMatchObject({ section: 'penalty', amount: 20000, recordKind: 'fine', publicUntil: '2029-07-02', source: 'penalties.csv:2' });
    expect(record.agency?.id).toBe('samr');
    const again = await importFile(graph, { file: writeFile(dir, 'penalties.csv', chineseHeader + row), now });
    expect(again.summary.CreditRecord).toEqual({ created: 0, updated: 0, unchanged: 1, rejected: 0 });
    expect(await graph.read(`MATCH (c:${MonitoringLabel.ChangeEvent} {factId: $id}) RETURN c.id`, { id: `${prefix}p1` })).toHaveLength(1);
  });

  it('refuses bad credit-record rows with the line, column and reason, writing nothing', async () => {
    const text = ['subject,section,number,decided_on,valid_until,ends', `${supplier},licence,${prefix}L1,2026-01-05,,`, `${supplier},judgement,x,2026-01-05,,`, `${supplier},penalty,y,2026-13-01,,`, `${supplier},penalty,z,2026-02-01,,${prefix}p1`].join('\n');
    const result = await importFile(graph, { file: writeFile(dir, 'records.csv', text), now, format: 'csv-credit_records' });
    expect(result.written).toBe(false);
    expect(result.problems.join('\n')).toMatch(/records\.csv:2: valid_until: a licence needs the last day it is valid/);
    expect(result.problems.join('\n')).toMatch(/records\.csv:3: section: 'judgement' is not one of penalty, licence/);
    expect(result.problems.join('\n')).toMatch(/records\.csv:4: decided_on/);
    expect(result.problems.join('\n')).toMatch(/records\.csv:5: ends: only a credit repair/);
    expect(await graph.read(`MATCH (r:CreditRecord) WHERE r.number IN [$n] RETURN r.id`, { n: `${prefix}L1` })).toEqual([]);
  });
});

describe('the company credit report', () => {
  it('renders as a PDF in Chromium and holds the key facts of the demo supplier', async () => {
    const data = await creditReportData(graph, supplier, '2026-06-30', '2025-06-30', now);
    const html = creditReportHtml(data, 'zh');
    for (const fact of [supplier, '佛山市禾峻昇五金制品有限公司', '佛市监罚〔2025〕217号', 'XK16-204-06688', '广州市禾峻昇投资控股集团有限公司', '2026-06-30', '本企业为虚构的演示数据']) expect(html).toContain(fact);
    expect(data.exposure.level).toBeGreaterThan(0);
    expect(data.exposure.hits.map((h) => h.id)).toContain(demoStory.blacklistedParent);
    // Paths in the report's language (graph/paths/pathWords.ts): the supplier is held by the subsidiary, held by the listed parent.
    expect(html).toMatch(/由[^；<]+持股 60%；[^；<]+由[^；<]+持股 70%/);
    expect(html).not.toContain(' is held ');
    expect(creditReportHtml(data, 'en')).toMatch(/ is held 60% by .+, which is held 70% by /);
    const pdf = await htmlToPdf(html);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdf.toString('latin1');
    expect((text.match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(2);
    // The document title (company, date) is in the PDF's Info dictionary as UTF-16BE.
    const title = /\/Title\s*<([0-9A-Fa-f]+)>/.exec(text)?.[1] ?? /\/Title\s*\(((?:\\.|[^\\)])*)\)/.exec(text)?.[1];
    expect(title).toBeDefined();
    const decoded = /^[0-9A-Fa-f]+$/.test(title!) ? Buffer.from(title!, 'hex').swap16().toString('utf16le') : title!;
    expect(decoded).toContain('佛山市禾峻昇五金制品有限公司');
    expect(decoded).toContain('2026-06-30');
  });
});
