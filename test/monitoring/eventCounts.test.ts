import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { usccCheckCharacter } from '../../graph/domain/uscc.ts';
import { MonitoringLabel, type ChangeKind } from '../../graph/model.ts';
import { acknowledge, changes } from '../../graph/monitoring/changes.ts';
import { countParams } from '../../graph/monitoring/eventCounts.ts';
import { refreshReaches } from '../../graph/monitoring/reach.ts';
import { addSubjects, deleteWatchlist, removeSubjects, saveWatchlist } from '../../graph/monitoring/watchlists.ts';
import { importFile } from '../../seed/import/run.ts';
import { tempDir, writeFile } from '../import/support.ts';
import { removeFixtures, testGraph } from '../support/graph.ts';

/*
 * The counts `changes` reports (totalCount, unreadCount) come from buckets kept per watchlist, kind
 * and day (graph/monitoring/eventCounts.ts); they must equal a direct count of the events through the
 * stored reach for every since/kinds filter, after imports on several days, after acknowledging,
 * and after the watchlist or the ownership under it changes. Synthetic chain: A holds 70 % of B, B
 * 60 % of the watched C (depth 2 reaches C, B, A); D and E stand apart. Shareholding as related
 * party: Company Law 2023 art. 265; the lists: the judgment-debtor list (法释〔2017〕7号) and the
 * abnormal-operations directory (企业经营异常名录管理暂行办法, SAIC order 68, 2014).
 */
const uscc = (n: number) => {
  const first17 = `91542526990088${String(n).padStart(3, '0')}`;
  return first17 + usccCheckCharacter(first17);
};
const [a, b, c, d, e] = [1, 2, 3, 4, 5].map(uscc) as [string, string, string, string, string];
const list = 'tcnt-counts';
const dir = tempDir('scs-event-counts-');
let graph: Graph;

const companies = ['uscc,name_zh,legal_form,status,established', ...[a, b, c, d, e].map((id, i) => `${id},测数${'甲乙丙丁戊'[i]}有限公司,有限责任公司,in_operation,2010-01-01`)].join('\n');
const relations = (rows: string) => `type,from_id,to_id,share,from,until\n${rows}`;
const listingHeader = 'id,subject,list,from,until,status,ended_on,agency,case_number';
/** One listing per subject: the judgment-debtor list, or the abnormal-operations directory. */
const listing = (tag: string, subject: string, abnormal: boolean, status = 'active', endedOn = '') =>
  abnormal
    ? `tcnt-l-${tag}-${subject},${subject},samr_abnormal_operations,2025-01-20,,${status},${endedOn},samr,`
    : `tcnt-l-${tag}-${subject},${subject},spc_dishonest_judgment_debtors,2025-01-20,,${status},${endedOn},spc,（2025）藏01执${tag.length}号`;
let files = 0;
const load = (text: string, now?: string) => importFile(graph, { file: writeFile(dir, `f${files++}.csv`, text), now: now ? new Date(now) : undefined });
const listings = (rows: string[], now: string) => load([listingHeader, ...rows].join('\n'), now);

/** What the page should say: the events of the stored reach's parties, counted one by one. */
async function counted(since: string, kinds: readonly ChangeKind[] | null) {
  const [row] = await graph.read<{ total: number; read: number }>(
    `MATCH (w:${MonitoringLabel.Watchlist} {id: $id})-[:REACHES]->(r:${MonitoringLabel.Reach} {isParty: true})
     MATCH (ev:${MonitoringLabel.ChangeEvent} {subjectId: r.nodeId}) WHERE ev.recordedAt >= $since AND ($kinds IS NULL OR ev.kind IN $kinds)
     RETURN count(ev) AS total, count(CASE WHEN EXISTS { (w)-[:ACKNOWLEDGED]->(ev) } THEN 1 END) AS read`,
    { id: list, since, kinds },
  );
  return { totalCount: Number(row!.total), unreadCount: Number(row!.total) - Number(row!.read) };
}

/** Whole days, inside the second day (fewer events before or after the time), and none. */
const sinces = ['2000-01-01', '2025-02-11', '2025-02-12', '2025-02-12T08:00:00.000Z', '2025-02-12T12:00:00.000Z', '2025-02-12T16:00:00.000Z', '2025-02-13', '2025-02-13T23:00:00.000Z', '2030-01-01'];
/** The listings' kinds (the company and shareholding imports make events of other kinds, recorded today). */
const listingKinds: ChangeKind[] = ['listing_added', 'abnormal_entry', 'listing_repaired'];
const kindSets: Array<ChangeKind[] | null> = [null, ['listing_added'], ['abnormal_entry', 'listing_repaired'], ['shareholder_change'], ['officer_change']];

/** The page's counts for every filter, beside the direct count; returns the counts of the listings' events, as a check that the fixture has them. */
async function expectCountsAsCounted(): Promise<{ totalCount: number; unreadCount: number }> {
  for (const since of sinces) {
    for (const kinds of kindSets) {
      const page = await changes(graph, { watchlist: list, since, kinds, first: 2, exposure: false });
      expect({ since, kinds, totalCount: page.totalCount, unreadCount: page.unreadCount }).toEqual({ since, kinds, ...(await counted(since, kinds)) });
    }
  }
  return counted('2000-01-01', listingKinds);
}

async function cleanUp() {
  await deleteWatchlist(graph, list);
  await graph.write(`MATCH (ev:${MonitoringLabel.ChangeEvent}) WHERE ev.subjectId IN $ids DETACH DELETE ev`, { ids: [a, b, c, d, e] });
  await Promise.all([removeFixtures(graph, 'tcnt-'), removeFixtures(graph, '9154252699008')]);
}

beforeAll(async () => {
  graph = await testGraph();
  await cleanUp();
  await load(companies);
  await load(relations(`shareholder,${a},${b},70%,2015-01-01,\nshareholder,${b},${c},60%,2015-01-01,\n`));
  // Events recorded before the watchlist exists: counted when its reach is first stored.
  await listings([listing('early', a, false), listing('early', d, false)], '2025-02-11T10:00:00.000Z');
  await saveWatchlist(graph, list, 2);
  await addSubjects(graph, list, [c]);
});

afterAll(async () => {
  await cleanUp();
  await graph.close();
});

describe('the event counts of a watchlist', () => {
  it('equal a direct count for every since and kinds filter after imports on several days, the partial day included', async () => {
    // The second day: one import at 09:00, three events at 15:00 (so a since at 12:00 has fewer events before it, one at 16:00 fewer after).
    await listings([listing('d2', b, true)], '2025-02-12T09:00:00.000Z');
    await listings([listing('d2b', a, true), listing('d2b', c, false), listing('d2b', d, false)], '2025-02-12T15:00:00.000Z');
    await listings([listing('d3', c, true), listing('d2b', c, false, 'repaired', '2025-02-13')], '2025-02-13T10:00:00.000Z');
    // A: listed, entered; B: entered; C: listed, entered, repaired (D is not reached).
    expect(await expectCountsAsCounted()).toEqual({ totalCount: 6, unreadCount: 6 });
  });

  it('re-importing an unchanged file counts nothing twice', async () => {
    await listings([listing('d2', b, true)], '2025-02-13T11:00:00.000Z');
    expect(await expectCountsAsCounted()).toEqual({ totalCount: 6, unreadCount: 6 });
  });

  it('count acknowledged events out of the unread ones, each once, and only those the watchlist sees', async () => {
    const page = await changes(graph, { watchlist: list, since: '2000-01-01', kinds: listingKinds, first: 3, exposure: false });
    const [unseen] = await graph.read<{ id: string }>(`MATCH (ev:${MonitoringLabel.ChangeEvent} {subjectId: $d, kind: 'listing_added'}) RETURN ev.id AS id LIMIT 1`, { d });
    const ids = page.items.map((event) => event.id);
    expect(await acknowledge(graph, list, [...ids, unseen!.id])).toBe(4);
    expect(await acknowledge(graph, list, ids.slice(0, 2))).toBe(2);
    expect(await expectCountsAsCounted()).toEqual({ totalCount: 6, unreadCount: 3 });
  });

  it('follow the watchlist when its subjects or depth change', async () => {
    // D's two events join, one of them acknowledged before D was watched.
    await addSubjects(graph, list, [d]);
    expect(await expectCountsAsCounted()).toEqual({ totalCount: 8, unreadCount: 4 });
    // Depth 1: C, B and D; A's two events leave.
    await saveWatchlist(graph, list, 1);
    expect((await expectCountsAsCounted()).totalCount).toBe(6);
    await removeSubjects(graph, list, [d]);
    expect((await expectCountsAsCounted()).totalCount).toBe(4);
    await saveWatchlist(graph, list, 2);
    expect(await expectCountsAsCounted()).toEqual({ totalCount: 6, unreadCount: 3 });
  });

  it('follow the ownership under the watchlist: E buys A’s stake in B through the loader, and A’s events leave the counts', async () => {
    await listings([listing('e', e, false)], '2025-02-12T15:00:00.000Z');
    await load(relations(`shareholder,${a},${b},70%,2015-01-01,2020-12-31\nshareholder,${e},${b},70%,2021-01-01,\n`));
    // C: 3, B: 1, E: 1.
    expect((await expectCountsAsCounted()).totalCount).toBe(5);
  });

  it('are repaired by a refresh after events are deleted behind the loaders’ back', async () => {
    await graph.write(`MATCH (ev:${MonitoringLabel.ChangeEvent} {subjectId: $c}) DETACH DELETE ev`, { c });
    // The buckets still hold C's three events until the watchlist is refreshed (docs/monitoring.md).
    expect((await changes(graph, { watchlist: list, since: '2000-01-01', kinds: listingKinds, exposure: false })).totalCount).toBe(5);
    expect(await refreshReaches(graph, new Date().toISOString().slice(0, 10), list)).toBe(1);
    expect((await expectCountsAsCounted()).totalCount).toBe(2);
  });
});

describe('the since of the counts', () => {
  it('counts whole days from a date, and a date-time’s own day in part', () => {
    expect(countParams('2025-02-12')).toMatchObject({ sinceDay: '2025-02-12', partial: false });
    expect(countParams('2025-02-12T12:00:00.000Z')).toMatchObject({ sinceDay: '2025-02-12', partial: true, nextDay: '2025-02-13', countFrom: '2025-02-12T12:00:00.000Z' });
    expect(countParams('2025-02-28T00:00:01Z')).toMatchObject({ nextDay: '2025-03-01' });
  });
});
