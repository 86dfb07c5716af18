/**
 * End-to-end: the Monitoring mode in Chromium on the demo corpus. A watchlist holds the demo
 * supplier (depth 2); a listing imported for its parent (seed/synthetic/demoStory.ts) shows up in the
 * inbox, unread; the kind filter, acknowledging and opening the event's trace work; the profile
 * shows the supplier's credit file with the report links. Screenshots go to test-artifacts/screenshots/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MonitoringLabel } from '../../graph/model.ts';
import { changes } from '../../graph/monitoring/changes.ts';
import { addSubjects, deleteWatchlist, saveWatchlist } from '../../graph/monitoring/watchlists.ts';
import { importFile } from '../../seed/import/run.ts';
import { demoStory } from '../../seed/synthetic/demoStory.ts';
import { tempDir, writeFile } from '../import/support.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { launchChromium } from './chromium.ts';
import { ensureWebBuilt } from './webBuild.ts';
import type { Core } from 'cytoscape';

declare const window: { __cy?: Core };

const root = path.resolve(import.meta.dirname, '../..');
const shots = path.join(root, 'test-artifacts', 'screenshots');
const list = 'e2e-suppliers';
const listingId = 'te2e-l-parent';
const patience = 150_000;
// The listing began three days ago, so the inbox's default window (30 days) holds it.
const from = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);

let server: TestServer;
let context: BrowserContext;
let page: Page;
let profileDir: string;


async function removeFixtures() {
  await server.graph.write(`MATCH (n:Node) WHERE n.id STARTS WITH 'te2e-' DETACH DELETE n`);
  await server.graph.write(`MATCH (c:${MonitoringLabel.ChangeEvent}) WHERE c.factId STARTS WITH 'te2e-' DETACH DELETE c`);
  await deleteWatchlist(server.graph, list);
}

beforeAll(async () => {
  ensureWebBuilt();
  fs.mkdirSync(shots, { recursive: true });
  server = await startTestServer();
  await removeFixtures();
  await saveWatchlist(server.graph, list, 2);
  await addSubjects(server.graph, list, [demoStory.supplierTwoHopsBelow]);
  const csv = `id,subject,list,from,agency,case_number\n${listingId},${demoStory.blacklistedParent},spc_dishonest_judgment_debtors,${from},spc,（2026）粤01执77号\n`;
  const imported = await importFile(server.graph, { file: writeFile(tempDir('scs-e2e-monitoring-'), 'listings.csv', csv) });
  expect(imported.errors).toBe(0);
  ({ context, page, profileDir } = await launchChromium('scs-e2e-monitoring-chromium-', { acceptDownloads: true }));
  page.setDefaultTimeout(patience);
});

afterAll(async () => {
  await context?.close();
  if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
  if (server) await removeFixtures();
  await server?.close();
});

const row = () => page.locator(`.monitoring-panel tr[data-kind=listing_added]`);

describe('Monitoring mode in Chromium', { timeout: 400_000 }, () => {
  it('shows the event on the watched supplier’s parent in the inbox, unread, with the path and the measures, in both languages', async () => {
    await page.goto(`${server.url}/monitoring/${list}?lang=zh`);
    await row().first().waitFor();
    expect(await row().count()).toBe(1);
    expect(await row().getAttribute('data-unread')).toBe('true');
    expect(await row().innerText()).toContain('广州市禾峻昇实业有限公司');
    expect(await row().innerText()).toContain('列入名单');
    expect(await page.locator('.inbox-counts').innerText()).toMatch(/未读 1 条/);
    // The exposure before → after comes in a second request, after the page is on screen.
    await page.waitForFunction(() => Array.from(document.querySelectorAll('tr[data-unread] td')).some((td) => /^(\d+|—) → (\d+|—)$/.test(td.textContent?.trim() ?? '')));
    // The subject of this mode is a watchlist: no "not found" over the canvas.
    expect(await page.locator('.subject-problem').count()).toBe(0);
    // Beside the inbox the canvas draws the event's path: from the watched supplier up to the listed parent (highlighted).
    await page.locator('[data-testid=canvas][data-layout=done]').waitFor();
    const drawn = await page.evaluate((ids) => ids.map((id) => ({ on: window.__cy!.getElementById(id).nonempty(), highlighted: window.__cy!.getElementById(id).hasClass('highlighted') })), [demoStory.supplierTwoHopsBelow, demoStory.blacklistedParent]);
    expect(drawn).toEqual([{ on: true, highlighted: false }, { on: true, highlighted: true }]);
    await page.screenshot({ path: path.join(shots, 'monitoring-inbox-zh-1440.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: path.join(shots, 'monitoring-inbox-zh-1280.png') });
    // The row's button reads on one line at 1280 px (its text makes one line box).
    const lines = await row()
      .locator('button.ack')
      .evaluate((button) => {
        const range = document.createRange();
        range.selectNodeContents(button);
        return range.getClientRects().length;
      });
    expect(lines).toBe(1);
    await page.goto(`${server.url}/monitoring/${list}?lang=en`);
    await row().first().waitFor();
    expect(await row().innerText()).toContain('listing added');
    expect(await page.locator('.inbox-counts').innerText()).toMatch(/^1 event, 1 unread/);
    await page.waitForFunction(() => Array.from(document.querySelectorAll('tr[data-unread] td')).some((td) => /^(\d+|—) → (\d+|—)$/.test(td.textContent?.trim() ?? '')));
    await page.screenshot({ path: path.join(shots, 'monitoring-inbox-en-1280.png') });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: path.join(shots, 'monitoring-inbox-en-1440.png') });
  });

  it('filters by kind, acknowledges, and opens the event’s trace', async () => {
    const kind = page.locator('.monitoring-filters select').nth(1);
    await kind.selectOption('penalty');
    await page.getByText('No change since this date.').waitFor();
    // Nothing to draw then, and the canvas says why.
    await page.getByText('No change since this date, so nothing to draw.', { exact: false }).waitFor();
    expect(await page.evaluate(() => window.__cy!.nodes().length)).toBe(0);
    await kind.selectOption('listing_added');
    await row().first().waitFor();
    await row().locator('button.ack').click();
    await page.locator('.monitoring-panel tr[data-kind=listing_added][data-unread=false]').waitFor();
    const unread = await changes(server.graph, { watchlist: list, since: from, unreadOnly: true });
    expect(unread.items.map((e) => e.factId)).not.toContain(listingId);
    await row().click();
    await page.waitForURL(`**/trace/${demoStory.blacklistedParent}?date=${from}**`);
    await page.locator('.panel').first().waitFor();
  });

  it('shows the supplier’s credit file in the profile, with the credit report links', async () => {
    await page.goto(`${server.url}/explore/${demoStory.supplierTwoHopsBelow}?lang=en`);
    const box = page.locator('header .search input');
    await box.fill('禾峻昇五金');
    await page.locator(`[role=option][data-id="${demoStory.supplierTwoHopsBelow}"]`).waitFor();
    await box.press('Enter');
    const file = page.locator('.credit-file');
    await file.locator('[data-section=penalty] strong').waitFor();
    expect(Number(await file.locator('li[data-section=penalty] strong').innerText())).toBeGreaterThanOrEqual(1);
    expect(await file.locator(`a[href^="/reports/${demoStory.supplierTwoHopsBelow}.pdf"]`).count()).toBe(1);
    await file.locator('details[data-section=penalty] summary').click();
    await page.screenshot({ path: path.join(shots, 'credit-file-profile-en-1440.png') });
    // On the canvas its credit records are named in English (section and date), not by their Chinese titles.
    await page.waitForFunction(() => (window.__cy?.nodes('[kind = "CreditRecord"]').length ?? 0) > 0);
    const records = await page.evaluate(() => window.__cy!.nodes('[kind = "CreditRecord"]').map((node) => String(node.data('label'))));
    expect(records.filter((label) => /[\u3400-\u9fff]/.test(label))).toEqual([]);
    expect(records.some((label) => /^Administrative penalty \d{4}-\d{2}-\d{2}$/.test(label))).toBe(true);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: path.join(shots, 'credit-records-canvas-en-1280.png') });
    await page.goto(page.url().replace('lang=en', 'lang=zh'));
    await page.waitForFunction(() => (window.__cy?.nodes('[kind = "CreditRecord"]').length ?? 0) > 0);
    await page.locator('[data-testid=canvas][data-layout=done]').waitFor();
    // Its grade stars name the level in words, not the stored code ('blue 2024'): 环发〔2013〕150号's cards.
    // As drawn: without the label's break marks (web/src/graph/lineBreaks.ts).
    const grades = await page.evaluate(() => window.__cy!.nodes('[kind = "Grade"]').map((node) => String(node.data('label')).replaceAll('\u200b', '')));
    expect(grades.length).toBeGreaterThan(0);
    expect(grades.filter((label) => /\b(green|blue|yellow|red)\b/.test(label))).toEqual([]);
    expect(grades.some((label) => /^环保.+（.牌） \d{4}$/.test(label))).toBe(true);
    await page.screenshot({ path: path.join(shots, 'credit-records-canvas-zh-1280.png') });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: path.join(shots, 'credit-records-canvas-zh-1440.png') });
  });
});
