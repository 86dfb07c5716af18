/**
 * End-to-end: Debian's Chromium (playwright-core, canvas renderer) drives the built explorer
 * (dist/web) served by the real API server on the run's Neo4j. Screenshots of each view go to
 * test-artifacts/screenshots/ (git-ignored, kept as CI artifacts).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from 'cytoscape';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeFixtures } from '../support/graph.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// The page's globals as page.evaluate callbacks see them (this file compiles without the DOM lib).
declare const window: { __cy?: Core };
declare const document: { querySelector(selector: string): unknown };

const root = path.resolve(import.meta.dirname, '../..');
const shots = path.join(root, 'test-artifacts', 'screenshots');
const prefix = 'e2e-web-';
const ids = {
  company: `${prefix}co`,
  supplier: `${prefix}supplier`,
  person: `${prefix}rep`,
  list: `${prefix}list`,
  court: `${prefix}court`,
  listing: `${prefix}listing`,
};
const companyName = '端到端测试建设有限公司';
// Generous waits: the machine (2 cores) is shared with other test runs, and a cold Neo4j plans slowly.
const patience = 150_000;

let server: TestServer;
let context: BrowserContext;
let page: Page;
let profileDir: string;

/** The E2E tests use the production build; build it when it is missing or older than web/. */
function ensureWebBuilt(): void {
  const built = path.join(root, 'dist/web/index.html');
  const newest = (dir: string): number =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((max, entry) => {
      const full = path.join(dir, entry.name);
      return Math.max(max, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
    }, 0);
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= newest(path.join(root, 'web'))) return;
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(shots, `${name}.png`) });
}

/** Node ids currently on the canvas (through the window.__cy test hook). */
async function canvasNodeIds(): Promise<string[]> {
  return page.evaluate(() => (window.__cy ? window.__cy.nodes().map((node) => node.id()) : []));
}

async function waitForNode(id: string): Promise<void> {
  await page.waitForFunction((wanted) => Boolean(window.__cy?.getElementById(wanted).nonempty()), id, { timeout: patience });
}

beforeAll(async () => {
  ensureWebBuilt();
  fs.mkdirSync(shots, { recursive: true });
  server = await startTestServer();
  const prov = { source: 'e2e fixture', recordedAt: '2024-01-01T00:00:00Z', synthetic: true };
  await server.graph.write(
    `
CREATE (court:Node:Agency {id: $ids.court, nameZh: '端到端测试法院', nameEn: 'E2E test court', level: 'national', source: 'e2e fixture', recordedAt: '2024-01-01'})
CREATE (list:Node:CreditList {id: $ids.list, nameZh: '端到端失信名单', nameEn: 'E2E dishonest list', kind: 'blacklist', source: 'e2e fixture', recordedAt: '2024-01-01'})
CREATE (court)-[:MAINTAINS]->(list)
CREATE (co:Node:Company {id: $ids.company, uscc: $ids.company, nameZh: $companyName, nameEn: 'E2E Construction Co', established: '2015-03-01'}) SET co += $prov
CREATE (supplier:Node:Company {id: $ids.supplier, uscc: $ids.supplier, nameZh: '端到端供应商有限公司'}) SET supplier += $prov
CREATE (rep:Node:Person {id: $ids.person, nameZh: '测试人'}) SET rep += $prov
CREATE (rep)-[:LEGAL_REPRESENTATIVE_OF {from: '2015-03-01', source: 'e2e fixture', recordedAt: '2024-01-01'}]->(co)
CREATE (co)-[:SHAREHOLDER_OF {fraction: 0.6, from: '2016-01-01', source: 'e2e fixture', recordedAt: '2024-01-01'}]->(supplier)
CREATE (listing:Node:Listing {id: $ids.listing, from: '2020-06-01', status: 'active', caseNumber: '(2020)测执1号'}) SET listing += $prov
CREATE (co)-[:LISTED]->(listing)-[:ON_LIST]->(list)
CREATE (listing)-[:DECIDED_BY]->(court)`,
    { ids, companyName, prov },
  );
  profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-e2e-chromium-'));
  // A new empty profile per run (playwright passes it as --user-data-dir).
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  page = context.pages()[0] ?? (await context.newPage());
});

afterAll(async () => {
  await context?.close();
  if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
  if (server) {
    await removeFixtures(server.graph, prefix);
    await server.close();
  }
});

describe('explorer in Chromium', { timeout: 240_000 }, () => {
  it('opens on the system view with the legend, in Chinese, and never a blank screen', async () => {
    await page.goto(`${server.url}/`);
    await page.getByText('图例').waitFor();
    // The first screen is the reference graph, or — without reference data — a sentence saying why.
    await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0 || document.querySelector('.status.error') !== null, null, { timeout: patience });
    const nodes = (await canvasNodeIds()).length;
    const error = await page.locator('.status.error').count();
    expect(nodes > 0 || error > 0).toBe(true);
    if (error) expect(await page.locator('.status.error').innerText()).not.toMatch(/[A-Z]+_[A-Z]+/);
    await shot('01-first-screen');
  });

  it('searches as you type, grouped by kind, and opens the company with its neighbourhood', async () => {
    const box = page.locator('.search input');
    await box.fill('端到端测试建设');
    const option = page.locator(`[role=option][data-id="${ids.company}"]`);
    await option.waitFor();
    expect(await page.locator('.search-results h4').first().innerText()).toBe('企业');
    await box.press('Enter');
    await page.waitForURL(`**/explore/${ids.company}`);
    await waitForNode(ids.person);
    const shown = await canvasNodeIds();
    expect(shown).toEqual(expect.arrayContaining([ids.company, ids.person, ids.supplier, ids.listing]));
    // The active blacklisting is marked on the company node.
    expect(await page.evaluate((id) => window.__cy!.getElementById(id).hasClass('blacklisted'), ids.company)).toBe(true);
    await shot('02-explore-company');
  });

  it('shows the profile with legal representative, shareholding percentage and the listing with its deciding agency', async () => {
    await page.evaluate((id) => window.__cy!.getElementById(id).emit('tap'), ids.company);
    const profile = page.locator('.profile');
    await profile.getByText('测试人').waitFor({ timeout: patience });
    await profile.getByText('60%').waitFor();
    await profile.getByText('端到端测试法院').waitFor();
    expect(await profile.innerText()).toContain('(2020)测执1号');
    await shot('03-profile');
  });

  it('expands a node on double-click', async () => {
    const before = (await canvasNodeIds()).length;
    await page.evaluate((id) => window.__cy!.getElementById(id).emit('dbltap'), ids.listing);
    await waitForNode(ids.court);
    expect((await canvasNodeIds()).length).toBeGreaterThan(before);
    expect(await canvasNodeIds()).toContain(ids.list);
  });

  it('re-evaluates at an earlier date: before the listing the company is not blacklisted', async () => {
    await page.locator('input[type=date]').fill('2019-01-01');
    await page.waitForURL(/date=2019-01-01/);
    await page.waitForFunction((id) => window.__cy?.getElementById(id).nonempty() && !window.__cy.getElementById(id).hasClass('blacklisted'), ids.company, { timeout: patience });
    await shot('04-explore-before-listing');
  });

  it('keeps mode, subject and date through reload and back/forward', async () => {
    await page.reload();
    await waitForNode(ids.company);
    expect(new URL(page.url()).pathname).toBe(`/explore/${ids.company}`);
    expect(await page.locator('input[type=date]').inputValue()).toBe('2019-01-01');
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('date='));
    await page.goForward();
    await page.waitForURL(/date=2019-01-01/);
  });

  it('switches the interface and the names to English', async () => {
    await page.getByRole('button', { name: 'EN' }).click();
    await page.getByText('Legend').waitFor();
    await page.waitForFunction((id) => String(window.__cy?.getElementById(id).data('label')).includes('E2E Construction Co'), ids.company);
    await shot('05-english');
    await page.getByRole('button', { name: '中文' }).click();
  });

  it('exports the whole graph as a PNG file', async () => {
    const [downloaded] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 PNG' }).click()]);
    const file = path.join(shots, '..', 'export.png');
    await downloaded.saveAs(file);
    const bytes = fs.readFileSync(file);
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  });

  it('explains a malformed USCC inline, with the precise reason from the server', async () => {
    const box = page.locator('.search input');
    await box.fill('91110000600037341');
    const hint = page.locator('.search .hint');
    await hint.waitFor();
    expect(await hint.innerText()).toMatch(/输入有误（uscc）：.+/);
    await shot('06-malformed-uscc');
    await box.fill('');
  });

  it('shows an unknown subject as a sentence, not a blank canvas', async () => {
    await page.goto(`${server.url}/explore/${prefix}missing`);
    const error = page.locator('.status.error');
    await error.waitFor();
    expect(await error.innerText()).toMatch(/^未找到/);
  });

  it('serves the offline GraphiQL with example tabs and runs a query against /graphql', async () => {
    const external: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(server.url) && !req.url().startsWith('blob:') && !req.url().startsWith('data:')) external.push(req.url());
    });
    await page.goto(`${server.url}/graphiql`);
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    await page.getByText('Memorandum', { exact: false }).first().waitFor();
    await shot('07-graphiql');
    expect(external).toEqual([]);
  });
});
