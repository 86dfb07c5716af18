/**
 * End-to-end: Debian's Chromium (playwright-core, canvas renderer) drives the built explorer
 * (dist/web) served by the real API server on the run's Neo4j, which globalSetup fills with the
 * reference graph and the demo corpus; the tests follow the demo story (seed/synthetic/demoStory.ts).
 * Screenshots of every mode go to test-artifacts/screenshots/ (git-ignored, kept as CI artifacts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from 'cytoscape';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoStory } from '../../seed/synthetic/demoStory.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { launchChromium } from './chromium.ts';
import { ensureWebBuilt } from './webBuild.ts';

// The page's globals as page.evaluate callbacks see them (this file compiles without the DOM lib).
declare const window: { __cy?: Core };
interface PageElement {
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
}
declare const document: { querySelector(selector: string): PageElement | null; querySelectorAll(selector: string): Iterable<PageElement> };

const root = path.resolve(import.meta.dirname, '../..');
const shots = path.join(root, 'test-artifacts', 'screenshots');
const story = demoStory;
// Generous waits: the machine (2 cores) is shared with other test runs, and a cold Neo4j plans slowly.
const patience = 150_000;

let server: TestServer;
let context: BrowserContext;
let page: Page;
let profileDir: string;


/** Screenshots wait for the canvas's layout to finish (the canvas marks it `data-layout="done"`). */
async function shot(name: string): Promise<void> {
  await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) === 0 || (document.querySelector('[data-testid=canvas][data-layout=done]') ?? null) !== null);
  await page.screenshot({ path: path.join(shots, `${name}.png`) });
}

async function visit(route: string): Promise<void> {
  await page.goto(`${server.url}${route}`);
}

/** Node ids currently on the canvas (through the window.__cy test hook). */
async function canvasNodeIds(): Promise<string[]> {
  return page.evaluate(() => (window.__cy ? window.__cy.nodes().map((node) => node.id()) : []));
}

async function waitForNode(id: string): Promise<void> {
  await page.waitForFunction((wanted) => Boolean(window.__cy?.getElementById(wanted).nonempty()), id, { timeout: patience });
}

/**
 * Fires a Cytoscape event on a node. Returns nothing on purpose: handing the collection `emit`
 * returns back to the test would make Playwright serialise the whole Cytoscape instance (a minute,
 * or a crashed page).
 */
async function emit(id: string, event: string): Promise<void> {
  await page.evaluate(([node, name]) => {
    window.__cy!.getElementById(node!).emit(name!);
  }, [id, event]);
}

async function hasClass(id: string, name: string): Promise<boolean> {
  return page.evaluate(([node, cls]) => Boolean(window.__cy?.getElementById(node!).hasClass(cls!)), [id, name]);
}

async function download(trigger: () => Promise<void>, file: string): Promise<Buffer> {
  const [downloaded] = await Promise.all([page.waitForEvent('download', { timeout: patience }), trigger()]);
  const target = path.join(shots, '..', file);
  await downloaded.saveAs(target);
  return fs.readFileSync(target);
}

beforeAll(async () => {
  ensureWebBuilt();
  fs.mkdirSync(shots, { recursive: true });
  server = await startTestServer();
  // The story below is told in Chinese; a first visit follows the browser's language (tested in English further down).
  ({ context, page, profileDir } = await launchChromium('scs-e2e-chromium-', { locale: 'zh-CN', acceptDownloads: true }));
  page.setDefaultTimeout(patience);
});

afterAll(async () => {
  await context?.close();
  if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
  await server?.close();
});

describe('explorer in Chromium on the demo corpus', { timeout: 300_000 }, () => {
  it('opens on the machinery itself — maintaining agencies, lists, memoranda, measures, implementing agencies — with the demo story to start from', async () => {
    await visit('/');
    await page.getByText('图例').waitFor();
    await waitForNode('m_high_consumption_restriction');
    expect(await canvasNodeIds()).toEqual(expect.arrayContaining(['spc_dishonest_judgment_debtors', 'mou_2016_judgment_debtors', 'caac', 'china_railway', 'maintainer:spc']));
    expect(await page.locator('.starting-point').count()).toBeGreaterThanOrEqual(6);
    await shot('01-first-screen');
  });

  it("opens the demo story's trace from the first screen laid out from the traced company, left to right", async () => {
    // The first screen and the trace share lists, memoranda, measures and agencies; the traced company
    // bears measures itself. Its BEARS edges once made dagre break a cycle where the first screen's
    // element order put it, and the company landed mid-canvas with lists to its left.
    await page.locator('.starting-point', { hasText: '惩戒追溯' }).first().click();
    await page.waitForURL(`**/trace/${story.judgmentDebtor}`);
    for (const id of [story.judgmentDebtorListing, 'spc_consumption_restriction', 'm_flight_restriction', 'caac']) await waitForNode(id);
    await page.locator('[data-testid=canvas][data-layout=done]').waitFor();
    const offsets = await page.evaluate((subject) => {
      const cy = window.__cy!;
      const x = cy.getElementById(subject).position('x');
      return cy
        .nodes()
        .map((node) => ({ id: node.id(), offset: node.position('x') - x }))
        .filter((node) => node.id !== subject)
        .map((node) => node.offset);
    }, story.judgmentDebtor);
    expect(Math.min(...offsets)).toBeGreaterThan(0);
    // The walk goes on from the first screen (a search there opens the explore mode).
    await visit('/');
    await waitForNode('m_high_consumption_restriction');
  });

  it('searches the judgment debtor as you type, grouped by kind, and opens its neighbourhood with the profile', async () => {
    const box = page.locator('header .search input');
    await box.fill('曜澜汐贸易');
    await page.locator(`[role=option][data-id="${story.judgmentDebtor}"]`).waitFor();
    expect(await page.locator('header .search-results h4').first().innerText()).toBe('企业');
    await shot('02-search');
    await box.press('Enter');
    await page.waitForURL((url) => url.pathname === `/explore/${story.judgmentDebtor}`);
    await waitForNode(story.judgmentDebtorLegalRep);
    expect(await canvasNodeIds()).toEqual(expect.arrayContaining([story.judgmentDebtor, story.judgmentDebtorController, story.judgmentDebtorListing]));
    expect(await hasClass(story.judgmentDebtor, 'blacklisted')).toBe(true);
    const profile = page.locator('.profile');
    await profile.getByText('深圳市中级人民法院').first().waitFor();
    const text = await profile.innerText();
    expect(text).toContain('郑海潮');
    expect(text).toContain('90%');
    expect(text).toContain('（2022）粤03执1187号');
    await shot('03-explore-profile');
  });

  it('expands a node on double-click', async () => {
    const before = (await canvasNodeIds()).length;
    await emit(story.judgmentDebtorLegalRep, 'dbltap');
    await waitForNode(story.otherCompaniesOfLegalRep[0]);
    expect(await canvasNodeIds()).toContain(story.otherCompaniesOfLegalRep[1]);
    expect((await canvasNodeIds()).length).toBeGreaterThan(before);
  });

  it('keeps the investigation in the link: a deep link restores expansions and selection; back/forward step through expansions', async () => {
    expect(new URL(page.url()).searchParams.get('x')).toBe(story.judgmentDebtorLegalRep);
    await visit(`/explore/${story.judgmentDebtor}?x=${story.judgmentDebtorLegalRep}&sel=${story.judgmentDebtorLegalRep}`);
    for (const id of story.otherCompaniesOfLegalRep) await waitForNode(id);
    await page.locator('.profile').getByText('郑海潮').first().waitFor();
    await shot('03b-deep-link-restored');
    await visit(`/explore/${story.judgmentDebtor}`);
    await waitForNode(story.judgmentDebtorLegalRep);
    await emit(story.judgmentDebtorLegalRep, 'dbltap');
    await waitForNode(story.otherCompaniesOfLegalRep[0]);
    await page.waitForURL(/[?&]x=/);
    await page.goBack();
    await page.waitForFunction((id) => window.__cy?.getElementById(id).empty() ?? false, story.otherCompaniesOfLegalRep[0]);
    await page.goForward();
    await waitForNode(story.otherCompaniesOfLegalRep[0]);
  });

  it('traces the sanctions: travel and consumption restrictions with civil aviation and railway implementing them, chain and legal basis on click', async () => {
    await page.getByRole('button', { name: '惩戒追溯' }).click();
    await page.waitForURL(`**/trace/${story.judgmentDebtor}`);
    for (const id of ['m_high_consumption_restriction', 'm_flight_restriction', 'm_train_restriction', 'caac', 'china_railway']) await waitForNode(id);
    expect(await page.locator('tr[data-measure="m_flight_restriction"]').innerText()).toContain('中国民用航空局');
    expect(await page.locator('tr[data-measure="m_train_restriction"]').innerText()).toContain('中国国家铁路集团有限公司');
    // Measures resting on less than law or regulation are flagged, on the canvas and in the table.
    const flagged = await page.evaluate(() => window.__cy!.nodes('.flagged').map((node) => node.id()));
    expect(flagged.length).toBeGreaterThan(0);
    expect(await page.locator(`tr[data-measure="${flagged[0]}"] .flag`).count()).toBe(1);
    await shot('04-trace');
    await page.locator('tr[data-measure="m_flight_restriction"]').click();
    const chain = page.locator('.chain-card');
    await chain.getByText('限制乘坐民用航空器').first().waitFor();
    // Civil-flight restriction rests on statute (not flagged as below law / regulation).
    expect(await chain.innerText()).toMatch(/法律依据: (法律|行政法规|司法解释)/);
    expect(await chain.locator('.flag').count()).toBe(0);
    expect(await hasClass('caac', 'highlighted')).toBe(true);
    await shot('05-trace-chain');
    const csv = (await download(() => page.locator('.trace-panel button.csv').click(), 'trace.csv')).toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('限制乘坐民用航空器');
  });

  it('exports report-ready PNG, SVG and JSON: legend, subject, as-of date, sources and generation stamp', async () => {
    const bytes = await download(() => page.getByRole('button', { name: '导出 PNG' }).click(), 'trace.png');
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // The stamp travels inside the PNG as text, and is drawn above the picture.
    const text = bytes.toString('utf8');
    expect(text).toContain('惩戒追溯: 深圳市曜澜汐贸易有限公司');
    expect(text).toMatch(/截至 \d{4}-\d{2}-\d{2}/);
    expect(text).toContain('来源：');
    expect(text).toMatch(/生成于 \d{4}-\d{2}-\d{2}T/);
    const svg = (await download(() => page.getByRole('button', { name: '导出 SVG' }).click(), 'trace.svg')).toString('utf8');
    expect(svg).toContain('<g class="legend">');
    expect(svg).toContain('惩戒追溯: 深圳市曜澜汐贸易有限公司');
    expect(svg).toContain('措施');
    const json = JSON.parse((await download(() => page.getByRole('button', { name: '导出 JSON' }).click(), 'trace.json')).toString('utf8'));
    expect(Object.keys(json).sort()).toEqual(['edges', 'meta', 'nodes', 'truncated']);
    expect(json.nodes.find((node: { id: string }) => node.id === 'm_flight_restriction')).toMatchObject({ kind: 'Measure' });
    expect(json.meta.stamp[0]).toBe('惩戒追溯: 深圳市曜澜汐贸易有限公司');
  });

  it('cites articles and conditions, lists what no longer applies, and opens the reverse views and the legal-basis audit', async () => {
    await page.locator('tr[data-measure="m_flight_restriction"]').click();
    const chain = page.locator('.chain-card');
    // 法释〔2015〕17号 arts 1 para 2 and 3(1)(1) (rules.json, China Law Translate's text of the 2015 provisions).
    const citations = await chain.locator('.citations').innerText();
    expect(citations).toContain('法释〔2015〕17号');
    expect(citations).toContain('第1条第2款');
    expect(citations).toContain('第3条(1)(1)');
    expect(await chain.locator('[data-condition-status]').count()).toBe(1);
    // The 2021 basic list (发改财金规〔2021〕1827号, in force 2021-12-16) leaves out 141号's bond-issuance bar.
    const ended = page.locator('.no-longer-applies tr[data-not-applicable="m_bond_issuance_restriction"]');
    expect(await ended.innerText()).toMatch(/未列入基础清单[\s\S]*发改财金规〔2021〕1827号[\s\S]*2021-12-16/);
    await page.locator('.measure-bearers summary').click();
    const own = page.locator(`.measure-bearers tr[data-case="${story.judgmentDebtor}"]`);
    expect(await own.innerText()).toContain('郑海潮');
    await shot('05b-trace-citations-bearers');
    await page.locator('.by-agency button[data-id="caac"]').click();
    expect(await page.locator('.agency-obligations tr[data-obligation="m_flight_restriction"]').innerText()).toContain('失信被执行人名单');
    await page.locator('.legal-basis-audit summary').click();
    // The audit finds lists resting below law, e.g. the tax blacklist on 国家税务总局令第54号 (a departmental rule).
    await page.locator('.legal-basis-audit [data-audit-list]').first().waitFor();
    await shot('05c-trace-obligations-audit');
    // Picked again, so the next test sees the pick let go when the trace empties.
    await page.locator('tr[data-measure="m_flight_restriction"]').click();
    await page.waitForURL(/sel=m_flight_restriction/);
  });

  it('re-evaluates at a date before the listing: the measures disappear, and the picked measure is let go', async () => {
    await page.locator('header .as-of input').fill('2023-01-01');
    await page.waitForURL(/date=2023-01-01/);
    await page.getByText('截至该日期没有有效的失信/黑名单记录').waitFor();
    await page.waitForURL((url) => !url.searchParams.has('sel'));
    await page.waitForFunction(() => window.__cy?.getElementById('m_high_consumption_restriction').empty() ?? false);
    expect(await canvasNodeIds()).toEqual([story.judgmentDebtor]);
    await shot('06-trace-before-listing');
  });

  it('keeps mode, subject and date through reload and back/forward', async () => {
    await page.reload();
    await page.getByText('截至该日期没有有效的失信/黑名单记录').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/trace/${story.judgmentDebtor}`);
    expect(await page.locator('header .as-of input').inputValue()).toBe('2023-01-01');
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('date='));
    await waitForNode('m_flight_restriction');
    await page.goForward();
    await page.waitForURL(/date=2023-01-01/);
  });

  it('filters the canvas by node kind, relationship, list kind and listing date, and sizes the labels; the link keeps all of it', async () => {
    await visit(`/trace/${story.judgmentDebtor}`);
    await waitForNode('m_flight_restriction');
    const listings = async () => page.evaluate(() => window.__cy!.nodes('[kind = "Listing"]').map((node) => node.id()));
    expect((await listings()).length).toBeGreaterThan(0);
    await page.locator('.view-controls summary').click();
    // Listings on the demo debtor start 2023-03-15: a range after that leaves them out, and the link says so.
    await page.locator('.view-controls input[data-listed="from"]').fill('2024-01-01');
    await page.waitForURL(/[?&]ld=2024-01-01\.\./);
    await page.waitForFunction(() => window.__cy!.nodes('[kind = "Listing"]').length === 0);
    await page.locator('.view-controls input[data-listed="from"]').fill('');
    await page.waitForFunction(() => window.__cy!.nodes('[kind = "Listing"]').length > 0);
    // The watchlist kind (the consumption-restriction list): its list and listing go; the blacklist's and the measures stay.
    await page.locator('.view-controls input[data-list-kind="watchlist"]').uncheck();
    await page.waitForURL(/[?&]hl=watchlist/);
    await page.waitForFunction(() => window.__cy!.getElementById('spc_consumption_restriction').empty());
    // l-demo-02: the debtor's listing on the consumption-restriction list (seed/synthetic/demoStory.ts).
    expect(await canvasNodeIds()).not.toContain('l-demo-02');
    expect(await canvasNodeIds()).toEqual(expect.arrayContaining(['spc_dishonest_judgment_debtors', story.judgmentDebtorListing, 'm_flight_restriction']));
    await page.locator('.view-controls input[data-kind="Agency"]').uncheck();
    await page.locator('.view-controls input[data-type="DEFINES"]').uncheck();
    await page.waitForURL((url) => url.searchParams.get('hk') === 'Agency' && url.searchParams.get('hr') === 'DEFINES');
    expect(await page.evaluate(() => window.__cy!.nodes('[kind = "Agency"]').length + window.__cy!.edges('[type = "DEFINES"]').length)).toBe(0);
    const fontSize = () => page.evaluate((id) => parseFloat(String(window.__cy!.getElementById(id).style('font-size'))), 'm_flight_restriction');
    const before = await fontSize();
    await page.locator('.view-controls select.label-size').selectOption('160');
    await page.waitForURL(/[?&]ls=160/);
    await page.waitForFunction(([id, size]) => parseFloat(String(window.__cy!.getElementById(id as string).style('font-size'))) > (size as number) * 1.4, ['m_flight_restriction', before] as const);
    await shot('06b-trace-filtered');
    // A reload (or a shared link) restores every filter and the label size.
    await page.reload();
    await waitForNode('m_flight_restriction');
    expect(await page.evaluate(() => window.__cy!.nodes('[kind = "Agency"]').length)).toBe(0);
    expect(await canvasNodeIds()).not.toContain('spc_consumption_restriction');
    await page.locator('.view-controls summary').click();
    expect(await page.locator('.view-controls select.label-size').inputValue()).toBe('160');
    await page.locator('.view-controls .clear-filters').click();
    await page.waitForURL((url) => !['hk', 'hr', 'hl', 'ld'].some((param) => url.searchParams.has(param)));
    await waitForNode('caac');
  });

  it('shows exposure: the blacklisted parent two holdings up on the second ring, its path highlighted, score terms on hover', async () => {
    await visit(`/exposure/${story.supplierTwoHopsBelow}`);
    await waitForNode(story.blacklistedParent);
    const row = page.locator(`tr[data-hit="${story.blacklistedParent}"]`);
    await row.waitFor();
    expect(await row.innerText()).toMatch(/\b2\b/);
    expect(await page.evaluate((id) => window.__cy!.getElementById(id).data('ring'), story.blacklistedParent)).toBe(2);
    await waitForNode('ring-guide:2');
    expect(await hasClass(story.subsidiary, 'highlighted')).toBe(true);
    await emit(story.blacklistedParent, 'mouseover');
    const tip = page.locator('.node-tip');
    await tip.waitFor();
    expect(await tip.innerText()).toMatch(/评分 \d+ \/ 100 · 2 跳[\s\S]*严重程度/);
    await shot('07-exposure');
  });

  it('shows the ownership tree with integrated percentages, the ultimate owners and the actual controller', async () => {
    await visit(`/ownership/${story.subsidiary}`);
    await waitForNode('p-demo-03');
    await page.waitForFunction((id) => String(window.__cy?.getElementById(id).data('label')).startsWith('★♛'), 'p-demo-03');
    const labels = await page.evaluate(() => window.__cy!.edges().map((edge) => String(edge.data('label'))));
    expect(labels).toContain('70%\n∑70%');
    expect(labels).toContain('80%\n∑56%');
    expect(await page.locator('.ownership-panel').innerText()).toContain('实际控制人');
    await shot('08-ownership');
    // Opened, the legend docks beside the canvas: the canvas shrinks and a graph that was wholly in view is refitted into it.
    const inView = () => page.evaluate(() => {
      const cy = window.__cy!;
      const box = cy.elements().renderedBoundingBox();
      return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
    });
    expect(await inView()).toBe(true);
    const canvasWidth = () => page.evaluate(() => window.__cy!.width());
    const before = await canvasWidth();
    await page.locator('.legend summary').click();
    await page.waitForFunction((width) => window.__cy!.width() < width - 150, before);
    await page.waitForFunction(() => {
      const cy = window.__cy!;
      const box = cy.elements().renderedBoundingBox();
      return box.x2 <= cy.width() && box.x1 >= 0;
    });
    expect(await inView()).toBe(true);
    await shot('08a-ownership-legend-open');
    await page.locator('.legend summary').click();
    await page.waitForFunction((width) => window.__cy!.width() >= width - 1, before);
  });

  it('names the controller by the chain of control (80 % → 70 % → 60 %), not the 40 % largest integrated holder, and marks both', async () => {
    await visit(`/ownership/${story.supplierTwoHopsBelow}`);
    await waitForNode('p-demo-06');
    await page.waitForFunction((id) => String(window.__cy?.getElementById(id).data('label')).startsWith('★'), 'p-demo-03');
    expect(String(await page.evaluate((id) => window.__cy!.getElementById(id).data('label'), 'p-demo-06'))).toMatch(/^∑/);
    const chain = page.locator('.control-chain li');
    expect(await chain.count()).toBe(3);
    expect(await chain.first().getAttribute('data-holder')).toBe('p-demo-03');
    expect(await chain.first().innerText()).toContain('80%');
    expect(await page.locator('.largest-holder').innerText()).toContain('40%');
    await shot('08b-ownership-control-chain');
  });

  it('finds the paths between two picked nodes', async () => {
    await visit(`/paths/${story.supplierTwoHopsBelow}/p-demo-03`);
    const rows = page.locator('.paths-panel tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    await waitForNode('p-demo-03');
    expect(await hasClass(story.subsidiary, 'highlighted')).toBe(true);
    await shot('09-paths');
  });

  it('screens an uploaded CSV: one output row per input row (name-only, malformed, unknown), the supplier with its hit, a row opens its exposure at the screened hops', async () => {
    await visit('/screening');
    const csv = ['uscc,name', `${story.supplierTwoHopsBelow},`, '91440600MXDEM00669,', ',深圳市不存在的测试公司', '"91440305MXDEM0015Q', `${story.redlistedATaxpayer},`].join('\n');
    await page.locator('input[type=file]').setInputFiles({ name: 'suppliers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const supplier = page.locator('tr[data-row="1"]');
    await supplier.waitFor();
    expect(await page.locator('.screening-panel tbody tr').count()).toBe(5);
    expect(await supplier.locator('strong.flag').innerText()).toMatch(/^[1-9]\d*$/);
    const status = (row: number) => page.locator(`tr[data-row="${row}"]`).getAttribute('data-status');
    expect([await status(1), await status(2), await status(3), await status(4), await status(5)]).toEqual(['found', 'invalid', 'not_found', 'invalid', 'found']);
    expect(await page.locator('tr[data-row="2"]').innerText()).toContain('第 18 位校验码');
    expect(await page.locator('tr[data-row="4"]').innerText()).toContain('CSV');
    expect(await page.locator('.screening-scope').innerText()).toContain('未找到');
    await shot('10-screening');
    const exported = (await download(() => page.locator('.screening-panel button.csv').click(), 'screening.csv')).toString('utf8');
    const lines = exported.replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean);
    expect(lines).toHaveLength(6);
    // The not-found row has no hit count: "0" would read as clean.
    expect(lines[3]).toMatch(/^3,/);
    expect(lines[3]!.split(',')[6]).toBe('');
    await supplier.click();
    await page.waitForURL((url) => url.pathname === `/exposure/${story.supplierTwoHopsBelow}` && url.searchParams.get('hops') === '2');
    await waitForNode(story.blacklistedParent);
  });

  it('fades a repaired listing and switches the interface and names to English', async () => {
    await visit(`/explore/${story.repairedListingCompany}`);
    await waitForNode(story.repairedListing);
    expect(await hasClass(story.repairedListing, 'inactive')).toBe(true);
    expect(await hasClass(story.repairedListingCompany, 'blacklisted')).toBe(false);
    await page.getByRole('button', { name: 'EN' }).click();
    await page.getByText('Legend').waitFor();
    await page.waitForFunction((id) => String(window.__cy?.getElementById(id).data('label')).includes('Chengdu Jingyiyun'), story.repairedListingCompany);
    await shot('11-english-repaired-listing');
    // The choice is remembered for links without a language; back to Chinese for the rest of the story.
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByText('图例').waitFor();
  });

  it('opens a list as a member table: paged, sortable, filtered by status, counts by status, CSV of all matching rows, a selection shown on the canvas', async () => {
    await visit('/explore/spc_dishonest_judgment_debtors');
    await waitForNode('spc_dishonest_judgment_debtors');
    await emit('spc_dishonest_judgment_debtors', 'tap');
    await page.locator('.profile .open-members').click();
    const rows = page.locator('.member-table tbody tr');
    await rows.first().waitFor();
    const total = Number(await page.locator('.page-range').innerText().then((text) => /(\d+)\s*条?$/.exec(text.trim())?.[1] ?? '0'));
    expect(total).toBeGreaterThan(25);
    expect(await rows.count()).toBe(25);
    const counts = await page.locator('[data-status-count]').allInnerTexts();
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(total);
    const firstOfPage1 = await rows.first().getAttribute('data-listing');
    await page.locator('.pager .next').click();
    await page.waitForFunction((first) => document.querySelector('.member-table tbody tr')?.getAttribute('data-listing') !== first, firstOfPage1);
    expect(await page.locator('.page-range').innerText()).toMatch(/^第 26–/);
    await page.locator('th .sort[data-sort="name"]').click();
    await page.waitForFunction(() => document.querySelector('.pager .prev')?.hasAttribute('disabled') ?? false);
    await page.locator('.member-count.active input').check();
    await page.waitForFunction(() => [...document.querySelectorAll('.member-table tbody tr')].every((row) => row.getAttribute('data-status') === 'active'));
    await shot('14-list-members');
    const csv = (await download(() => page.locator('.list-members button.csv').click(), 'list-members.csv')).toString('utf8');
    const active = Number(await page.locator('[data-status-count="active"]').innerText());
    expect(csv.replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean)).toHaveLength(active + 1);
    await rows.nth(0).click();
    await rows.nth(1).click();
    const picked = await Promise.all([0, 1].map((i) => rows.nth(i).locator('td').nth(2).innerText()));
    await page.locator('.show-on-canvas').click();
    for (const id of picked) await waitForNode(id);
  });

  it('explains a malformed USCC inline and shows an unknown subject as a sentence, not a blank canvas', async () => {
    await visit('/');
    const box = page.locator('header .search input');
    await box.fill('91110000600037341');
    const hint = page.locator('header .search .hint');
    await hint.waitFor();
    expect(await hint.innerText()).toBe('统一社会信用代码无效：长度为 17 位，应为 18 位');
    await shot('12-malformed-uscc');
    await visit('/trace/e2e-web-missing');
    const problem = page.locator('.subject-problem');
    await problem.waitFor();
    expect(await problem.innerText()).toMatch(/^未找到：图中没有 id 为“e2e-web-missing”的节点/);
    // A bad check character: the link says what search says.
    await box.fill('91440600MXDEM00669');
    await hint.waitFor();
    const inSearch = await hint.innerText();
    await visit('/explore/91440600MXDEM00669');
    await problem.waitFor();
    expect(await problem.innerText()).toBe(inSearch);
  });

  it('walks every screen in both languages at 1280 and 1440 px: no untranslated interface text, no raw codes, the header on one line; an English browser opens in English', async () => {
    const { context: english, profileDir: englishDir } = await launchChromium('scs-e2e-chromium-en-', { locale: 'en-US', viewport: { width: 1280, height: 720 } });
    try {
      const tab = english.pages()[0] ?? (await english.newPage());
      tab.setDefaultTimeout(patience);
      // The interface's own words (panel headings that carry a subject's name are left out: names are data;
      // so is the language button, which names the other language in its own script).
      const chrome = 'header h1, header nav, header .as-of, header .api-key, header .graphiql-link, .toolbar, .legend, .side h3, .side th, .side dt, .side label, .side .sub, .side .hint-box, .side button:not(.node-link), .status';
      const cjk = /[\u3400-\u9fff]/;
      const rawCode = /(^|\s)[a-z]+(_[a-z]+)+(?=[\s,.;)]|$)/m;
      const englishNames = new Map<string, string | null>();
      const englishName = async (id: string): Promise<string | null> => {
        if (!englishNames.has(id)) {
          const answer = await server.data<{ node: { labelEn: string | null } | null }>('query ($id: ID!) { node(id: $id) { labelEn } }', { id });
          englishNames.set(id, answer.node?.labelEn ?? null);
        }
        return englishNames.get(id) ?? null;
      };
      const screens: Array<[string, string]> = [
        ['first-screen', '/'],
        ['explore', `/explore/${story.judgmentDebtor}?sel=${story.judgmentDebtor}`],
        ['trace', `/trace/${story.judgmentDebtor}`],
        ['exposure', `/exposure/${story.supplierTwoHopsBelow}`],
        ['ownership', `/ownership/${story.supplierTwoHopsBelow}`],
        ['paths', `/paths/${story.supplierTwoHopsBelow}/p-demo-03`],
        ['list', `/explore/spc_dishonest_judgment_debtors?sel=spc_dishonest_judgment_debtors`],
        ['measure', `/explore/m_high_consumption_restriction?sel=m_high_consumption_restriction`],
        // A person's roles: the widest profile table (company, role, share, period).
        ['person', `/explore/p-demo-01?sel=p-demo-01`],
      ];
      // A run of four Latin words: an English sentence (a list's entry criteria, a measure's description).
      const englishRun = /[A-Za-z][\w'’-]*(?:[\s,;:/()]+[A-Za-z][\w'’-]*){3,}/;
      await tab.goto(`${server.url}/`);
      await tab.getByText('Legend').waitFor();
      expect(new URL(tab.url()).searchParams.get('lang')).toBeNull();
      for (const lang of ['en', 'zh'] as const) {
        for (const width of [1280, 1440]) {
          await tab.setViewportSize({ width, height: width === 1280 ? 720 : 900 });
          for (const [name, route] of screens) {
            await tab.goto(`${server.url}${route}${route.includes('?') ? '&' : '?'}lang=${lang}`);
            await tab.locator('.side .panel').first().waitFor();
            await tab.waitForFunction(() => !document.querySelector('.status.loading'));
            if (name === 'list') {
              await tab.locator('.profile .open-members').click();
              await tab.locator('.member-table tbody tr').first().waitFor();
              // Members' names read in English mode too: English name, pinyin, or a company's pinyin-English rendering.
              if (lang === 'en') expect((await tab.locator('.member-table tbody td:nth-child(2)').allInnerTexts()).filter((text) => cjk.test(text))).toEqual([]);
            }
            const texts = await tab.locator(chrome).allInnerTexts();
            // Court case numbers (（2022）粤03执1187号) and document numbers (文号, 国办发〔2020〕49号) are
            // identifiers, the same in every language.
            const offending = texts.map((text) => text.replace(/（\d{4}）\S*?号/g, '').replace(/[\u3400-\u9fff]+〔\d{4}〕\d+号/g, '')).filter((text) => (lang === 'en' ? cjk.test(text) : false) || rawCode.test(text));
            expect(offending, `${lang} ${name}`).toEqual([]);
            // Node chips (agencies, documents, lists, parties) name their node in English wherever the API has an English name.
            if (lang === 'en') {
              const chips = await tab.locator('.side .node-link').evaluateAll((buttons) =>
                buttons.map((button) => ({ id: button.getAttribute('data-id') ?? '', text: (button as unknown as { innerText: string }).innerText })),
              );
              if (['explore', 'trace', 'ownership'].includes(name)) expect(chips.length, `${name} chips`).toBeGreaterThan(0);
              const untranslated: string[] = [];
              for (const chip of chips.filter((entry) => cjk.test(entry.text))) if ((await englishName(chip.id)) !== null) untranslated.push(`${chip.id}: ${chip.text}`);
              expect(untranslated, `${name} chips`).toEqual([]);
            }
            if (lang === 'zh') {
              // The profile's texts read in Chinese (names in Latin script and source titles are data); English
              // with no Chinese yet is marked, but a walked screen has none. Confidence is worded (not "high").
              const fields = await tab.locator('.profile dl.fields > div').evaluateAll((rows) =>
                rows.map((row) => {
                  const value = row.querySelector('dd')!.cloneNode(true) as unknown as { querySelectorAll(selector: string): ArrayLike<{ remove(): void }>; textContent: string | null };
                  for (const source of Array.from(value.querySelectorAll('.source'))) source.remove();
                  return { name: row.querySelector('dt')?.textContent ?? '', value: value.textContent ?? '' };
                }),
              );
              expect(fields.filter((field) => !['英文名', '拼音'].includes(field.name) && englishRun.test(field.value)), `zh ${name} profile texts`).toEqual([]);
              expect((await tab.locator('.side .confidence').allInnerTexts()).filter((text) => /high|medium|low/.test(text)), `zh ${name} confidence`).toEqual([]);
              // Source lines read in Chinese too: the corpus's own titles ("scs-graph demo story (fictitious)") are worded by the web.
              expect((await tab.locator('.side .source').allInnerTexts()).filter((text) => englishRun.test(text)), `zh ${name} sources`).toEqual([]);
            }
            // Tables stay readable and whole: no name in a profile table squeezed to more than three lines
            // (a column of one character per line at 1280 px before), no table past the panel's edge.
            const squeezed = await tab.locator('.profile-table td:first-child .node-link').evaluateAll((links) =>
              links.filter((link) => (link as unknown as { offsetHeight: number }).offsetHeight > 4.6 * parseFloat(getComputedStyle(link as never).fontSize)).map((link) => link.textContent),
            );
            expect(squeezed, `${lang} ${width} ${name} profile names`).toEqual([]);
            const outside = await tab.locator('.side table').evaluateAll((tables) => {
              const side = document.querySelector('.side') as unknown as { getBoundingClientRect(): { right: number }; clientWidth: number; offsetWidth: number };
              const edge = side.getBoundingClientRect().right - parseFloat(getComputedStyle(side as never).paddingRight) - (side.offsetWidth - side.clientWidth);
              return tables.filter((table) => table.getBoundingClientRect().right > edge + 1).map((table) => table.parentElement?.className ?? table.className);
            });
            expect(outside, `${lang} ${width} ${name} tables inside the panel`).toEqual([]);
            const values = await tab.locator('.side dd, .side td').allInnerTexts();
            expect(values.filter((text) => rawCode.test(text)), `${lang} ${name} values`).toEqual([]);
            // One line: the header is as tall as its tallest control; the product name is whole (not cut to "Social C…").
            expect(await tab.locator('header.header').evaluate((el) => (el as unknown as { offsetHeight: number }).offsetHeight)).toBeLessThan(56);
            expect(await tab.locator('header h1').evaluate((el) => { const box = el as unknown as { scrollWidth: number; clientWidth: number }; return box.scrollWidth <= box.clientWidth; }), `${lang} ${width} title`).toBe(true);
            // Below 1,600 px the legend starts closed and leaves the canvas the whole row (it never hides the graph).
            const widths = await tab.evaluate(() => {
              const widthOf = (selector: string) => (document.querySelector(selector) as unknown as { getBoundingClientRect(): { width: number } }).getBoundingClientRect().width;
              return { row: widthOf('.canvas-row'), canvas: widthOf('[data-testid=canvas]'), open: document.querySelector('.legend')?.hasAttribute('open') };
            });
            expect(widths.open, `${lang} ${width} ${name} legend`).toBe(false);
            expect(widths.canvas).toBeGreaterThanOrEqual(widths.row - 1);
            await tab.waitForFunction(() => (window.__cy?.nodes().length ?? 0) === 0 || (document.querySelector('[data-testid=canvas][data-layout=done]') ?? null) !== null);
            await tab.screenshot({ path: path.join(shots, `lang-${lang}-${width}-${name}.png`) });
          }
        }
      }
    } finally {
      await english.close();
      fs.rmSync(englishDir, { recursive: true, force: true });
    }
  }, 1_500_000);

  it('serves the offline GraphiQL with example tabs, nothing loaded from elsewhere', async () => {
    const external: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(server.url) && !req.url().startsWith('blob:') && !req.url().startsWith('data:')) external.push(req.url());
    });
    await visit('/graphiql');
    await page.locator('.graphiql-container').waitFor();
    await page.getByText('Memorandum', { exact: false }).first().waitFor();
    await shot('13-graphiql');
    expect(external).toEqual([]);
  });
});
