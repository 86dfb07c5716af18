import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { MonitoringLabel } from '../../graph/model.ts';
import { changes } from '../../graph/monitoring/changes.ts';
import { evaluateDate } from '../../graph/monitoring/evaluate.ts';
import { addSubjects, deleteWatchlist, saveWatchlist } from '../../graph/monitoring/watchlists.ts';
import { demoStory } from '../../seed/synthetic/demoStory.ts';
import { importFile } from '../../seed/import/run.ts';
import { tempDir, writeFile } from '../import/support.ts';
import { testGraph } from '../support/graph.ts';

// The demo story: blacklisted parent → subsidiary (70 %) → supplier (60 %) (seed/synthetic/demoStory.ts).
const { blacklistedParent: parent, supplierTwoHopsBelow: supplier, subsidiary } = demoStory;
const list = 'tchg-suppliers';
const listingId = 'tchg-l-parent-judgment';
const expiringId = 'tchg-l-parent-expiring';
const header = 'id,subject,list,from,until,status,ended_on,agency,case_number\n';
const listingRow = (status: string, endedOn = '') => `${listingId},${parent},spc_dishonest_judgment_debtors,2026-07-01,,${status},${endedOn},spc,（2026）粤01执9号\n`;
const now = new Date('2026-07-15T12:00:00Z');
const since = '2026-07-15';
const dir = tempDir('scs-monitoring-');

let graph: Graph;
const importListings = (rows: string, at = now) => importFile(graph, { file: writeFile(dir, 'listings.csv', header + rows), now: at });

async function removeFixtures() {
  await graph.write(`MATCH (n:Node) WHERE n.id STARTS WITH 'tchg-' DETACH DELETE n`);
  await graph.write(`MATCH (c:${MonitoringLabel.ChangeEvent}) WHERE c.factId STARTS WITH 'tchg-' DETACH DELETE c`);
  await graph.write(`MATCH (e:${MonitoringLabel.Evaluation}) WHERE e.date >= '2026-07-01' AND e.date < '2026-08-01' DELETE e`);
  await deleteWatchlist(graph, list);
}

beforeAll(async () => {
  graph = await testGraph();
  await removeFixtures();
  await saveWatchlist(graph, list, 2);
  await addSubjects(graph, list, [supplier]);
});

afterAll(async () => {
  await removeFixtures();
  await graph.close();
});

describe('change events from the import, seen from a watchlist', () => {
  it('a listing of the watched supplier’s parent makes exactly one event on the supplier, with the path and the measures that now apply', async () => {
    const result = await importListings(listingRow('active'));
    expect(result.summary.Listing).toMatchObject({ created: 1 });
    const page = await changes(graph, { watchlist: list, since, asOf: '2026-07-15' });
    expect(page.items).toHaveLength(1);
    const [event] = page.items;
    expect(event).toMatchObject({ kind: 'listing_added', subjectId: parent, factId: listingId, watchedId: supplier, on: '2026-07-01' });
    expect(event!.path.nodes.map((n) => n.id)).toEqual([supplier, subsidiary, parent]);
    expect(event!.path.edges.map((e) => e.type)).toEqual(['SHAREHOLDER_OF', 'SHAREHOLDER_OF']);
    expect(event!.fields).toContainEqual({ field: 'status', before: null, after: 'active' });
    // The judgment-debtor list brings the high-consumption restriction (2016 joint-punishment memorandum, 发改财金〔2016〕141号).
    expect(event!.measuresNowApplying.map((m) => m.id)).toContain('m_high_consumption_restriction');
    expect(event!.measuresNoLongerApplying).toEqual([]);
    expect(event!.exposureBefore).not.toBeNull();
    expect(event!.exposureAfter).toBeGreaterThanOrEqual(event!.exposureBefore!);
  });

  it('re-importing the unchanged file makes no event', async () => {
    const result = await importListings(listingRow('active'));
    expect(result.summary.Listing).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect((await changes(graph, { watchlist: list, since })).totalCount).toBe(1);
  });

  it('a repair makes an event, with the measures that no longer apply', async () => {
    await importListings(listingRow('repaired', '2026-07-10'), new Date('2026-07-16T08:00:00Z'));
    const page = await changes(graph, { watchlist: list, since, kinds: ['listing_repaired'], asOf: '2026-07-16' });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ kind: 'listing_repaired', on: '2026-07-10', subjectId: parent });
    expect(page.items[0]!.fields).toContainEqual({ field: 'status', before: 'active', after: 'repaired' });
    expect(page.items[0]!.measuresNoLongerApplying.map((m) => m.id)).toContain('m_high_consumption_restriction');
  });

  it('a date-driven event appears once the evaluation date passes a listing’s end, once per date', async () => {
    await importListings(`${expiringId},${parent},spc_consumption_restriction,2026-05-01,2026-07-20,active,,spc,（2026）粤01执10号\n`);
    const before = await evaluateDate(graph, '2026-07-20', now);
    expect(before.events.listing_expired ?? 0).toBe(0);
    const after = await evaluateDate(graph, '2026-07-21', now);
    expect(after.events.listing_expired).toBe(1);
    await evaluateDate(graph, '2026-07-21', now);
    const page = await changes(graph, { watchlist: list, since, kinds: ['listing_expired'], asOf: '2026-07-21' });
    expect(page.items.map((e) => [e.kind, e.factId, e.on])).toEqual([['listing_expired', expiringId, '2026-07-21']]);
  });
});
