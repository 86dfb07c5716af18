/**
 * End-to-end: a 10k-element neighbourhood in the built explorer (Chromium, canvas renderer). The
 * API's answers for the synthetic view's ids (n0…) come from the front-end bench's synthetic view
 * (test/bench/frontend/syntheticView.ts); every other request goes to the real server. The view
 * starts window first: complete where it is looked at, the rest joining as the viewport reaches it
 * (web/src/graph/windowFirst.ts); Fit, a filter and selection still work on it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from 'cytoscape';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import persisted from '../../web/src/api/persisted-operations.json' with { type: 'json' };
import { subjectId, syntheticView } from '../bench/frontend/syntheticView.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { launchChromium } from './chromium.ts';
import { ensureWebBuilt } from './webBuild.ts';

declare const window: { __cy?: Core };
declare const document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null };

const shots = path.resolve(import.meta.dirname, '../../test-artifacts/screenshots');
const patience = 240_000;
const view = syntheticView(10_000, 42);
const viewNodes = view.nodes.map((node) => ({ labelEn: null, synthetic: true, active: null, confidence: null, listKind: null, from: null, section: null, level: null, year: null, ...node }));
const viewEdges = view.edges.map((edge) => ({ roles: null, share: null, ...edge }));
const synthetic = new Set(view.nodes.map((node) => node.id));
/** The node an expansion brings in, linked to the node expanded. */
const newcomer = 'n-expanded';
const operationOf = (hash: string): string | undefined => (persisted as Record<string, string>)[hash]?.match(/\b(query|mutation) (\w+)/)?.[2];

let server: TestServer;
let context: BrowserContext;
let page: Page;
let profileDir: string;

const provenance = { source: 'synthetic', sourceUrl: null, recordedAt: null, confidence: null, sourceTitles: [], sourceUrls: [], textsZhOrigin: null };
const none = { nodes: [] };

/** A synthetic company's or person's profile: its name, nothing else on record (the side panel shows a profile, not an error); other kinds are not found. */
function profileOf(node: (typeof viewNodes)[number]): unknown {
  const common = { __typename: node.kind, id: node.id, kind: node.kind, label: node.label, labelEn: null, nameZh: node.label, nameEn: null, synthetic: true, activeListKinds: node.activeListKinds, provenance, listings: none };
  if (node.kind === 'Person') return { ...common, namePinyin: null, roles: none };
  if (node.kind !== 'Company') return null;
  return {
    ...common,
    ...Object.fromEntries(['uscc', 'jurisdiction', 'legalForm', 'companyStatus', 'registeredCapital', 'established', 'divisionCode', 'divisionZh', 'divisionEn', 'industryCode', 'industryZh', 'industryEn', 'address', 'isBranch', 'stateOwned', 'legalRepresentative', 'headOffice'].map((field) => [field, null])),
    formerNames: [],
    officers: none,
    shareholders: none,
    holdings: none,
    branches: none,
    grades: [],
  };
}

/** The API's answer for a synthetic id, or null to ask the real server. */
function answer(operation: string | undefined, id: string): unknown {
  const node = viewNodes.find((candidate) => candidate.id === id)!;
  if (operation === 'NodeName') return { node: { __typename: node.kind, nameEn: null, ...node } };
  if (operation === 'NodeProfile') return { node: profileOf(node) };
  if (operation === 'CreditFile') return { creditFile: { subject: id, asOf: null, sections: [], records: [], abnormal: [], grades: [] } };
  if (operation !== 'Neighborhood') return null;
  if (id === subjectId) return { neighborhood: { nodes: viewNodes, edges: viewEdges, truncated: [] } };
  const added = { ...viewNodes[1]!, id: newcomer, kind: 'Company', label: '新加入科技有限公司' };
  return { neighborhood: { nodes: [node, added], edges: [{ id: `${id}-SHAREHOLDER_OF-${newcomer}`, source: id, target: newcomer, type: 'SHAREHOLDER_OF', share: 0.5, roles: null }], truncated: [] } };
}

const onCanvas = () => page.evaluate(() => window.__cy!.elements().length);
const settled = () => page.waitForFunction(() => document.querySelector('[data-testid=canvas]')?.getAttribute('data-layout') === 'done', undefined, { timeout: patience });

beforeAll(async () => {
  ensureWebBuilt();
  fs.mkdirSync(shots, { recursive: true });
  server = await startTestServer();
  ({ context, page, profileDir } = await launchChromium('scs-e2e-large-', { locale: 'zh-CN' }));
  page.setDefaultTimeout(patience);
  await page.route('**/graphql', async (route) => {
    const body = route.request().postDataJSON() as { variables?: { id?: string; subject?: string }; extensions?: { persistedQuery?: { sha256Hash: string } } } | null;
    const id = body?.variables?.id ?? body?.variables?.subject;
    const data = id && synthetic.has(id) ? answer(operationOf(body?.extensions?.persistedQuery?.sha256Hash ?? ''), id) : null;
    if (data) await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data }) });
    else await route.continue();
  });
});

afterAll(async () => {
  await context?.close();
  if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
  await server?.close();
});

describe('a 10k-element view in Chromium', { timeout: 600_000 }, () => {
  it('starts complete in its window with only that on the canvas, adds what a pan reaches, and everything for Fit', async () => {
    await page.goto(`${server.url}/explore/${subjectId}`);
    await settled();
    // Laid out in the layout worker (the one the canvas started ahead), not fallen back to the page.
    expect(await page.locator('[data-testid=canvas]').getAttribute('data-layout-thread')).toBe('worker');
    // The start window: every node of the view inside it is on the canvas, edges crossing it too.
    const start = await page.evaluate(() => {
      const cy = window.__cy!;
      return { extent: cy.extent(), ids: cy.elements().map((element) => element.id()) };
    });
    expect(start.ids).toContain(subjectId);
    // The subject's profile beside the canvas, not an error notice.
    await expect.poll(() => page.locator('.profile h2').textContent(), { timeout: 30_000 }).toBe(view.nodes[0]!.label);
    expect(start.ids.length).toBeGreaterThan(100);
    expect(start.ids.length).toBeLessThan(view.nodes.length + view.edges.length);
    await page.screenshot({ path: path.join(shots, 'large-01-start-zh.png') });

    await page.evaluate(() => window.__cy!.panBy({ x: -900, y: 0 }));
    await page.waitForFunction((before) => window.__cy!.elements().length > before, start.ids.length);

    // A selection keeps the view window first.
    const people = new Set(view.nodes.filter((node) => node.kind === 'Person').map((node) => node.id));
    const picked = start.ids.find((id) => people.has(id))!;
    await page.evaluate((id) => void window.__cy!.getElementById(id).emit('tap'), picked);
    await page.waitForURL((url) => url.searchParams.get('sel') === picked);
    await expect.poll(() => page.locator('.profile h2').textContent(), { timeout: 30_000 }).toBe(view.nodes.find((node) => node.id === picked)!.label);
    expect(await onCanvas()).toBeLessThan(view.nodes.length + view.edges.length);

    await page.getByRole('button', { name: '适应窗口' }).click();
    await page.waitForFunction((total) => window.__cy!.elements().length >= total, view.nodes.length + view.edges.length);
    const whole = await page.evaluate(() => {
      const cy = window.__cy!;
      return { zoom: cy.zoom(), extent: cy.extent(), positions: cy.nodes().map((node) => ({ id: node.id(), ...node.position() })) };
    });
    const inStart = whole.positions.filter((p) => p.x >= start.extent.x1 && p.x <= start.extent.x2 && p.y >= start.extent.y1 && p.y <= start.extent.y2);
    expect(inStart.length).toBeGreaterThan(0);
    expect(inStart.filter((p) => !start.ids.includes(p.id))).toEqual([]);
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(shots, 'large-02-fit-zh.png') });
  });

  it('filters a kind out of a window-first view, also what was still off screen, and expands a node', async () => {
    await page.goto(`${server.url}/explore/${subjectId}?lang=en`);
    await settled();
    await page.screenshot({ path: path.join(shots, 'large-03-start-en.png') });
    await page.locator('.view-controls summary').click();
    await page.locator('input[data-kind="Person"]').click();
    await page.waitForFunction(() => window.__cy!.nodes('[kind = "Person"]').length === 0);
    await page.locator('.view-controls summary').click();
    await page.getByRole('button', { name: 'Fit' }).click();
    await page.waitForFunction(() => window.__cy!.elements().length > 5000);
    expect(await page.evaluate(() => window.__cy!.nodes('[kind = "Person"]').length)).toBe(0);
    // A company drawn as itself (not folded into a group of like nodes); its newcomer joins beside it, the rest stays where it was.
    const company = await page.evaluate(() => window.__cy!.nodes('[kind = "Company"]').filter((node) => /^n\d+$/.test(node.id()) && node.id() !== 'n0')[0]!.id());
    const where = (id: string) => page.evaluate((node) => window.__cy!.getElementById(node).position(), id);
    const before = await where(company);
    await page.evaluate((id) => void window.__cy!.getElementById(id).emit('dbltap'), company);
    await page.waitForFunction((id) => window.__cy?.getElementById(id).nonempty() ?? false, newcomer);
    await settled();
    expect(await where(company)).toEqual(before);
    const joined = await where(newcomer);
    expect(Math.hypot(joined.x - before.x, joined.y - before.y)).toBeLessThan(100);
    // Close up on the newcomer for the screenshot: the level of detail labels what is in view there.
    await page.evaluate((at) => window.__cy!.zoom({ level: 1.2, position: at }), joined);
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(shots, 'large-04-expanded-en.png') });
  });
});
