import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import type { ChangeKind } from '../../graph/model.ts';
import { MonitoringLabel } from '../../graph/model.ts';
import { changes } from '../../graph/monitoring/changes.ts';
import { dayBefore, measureMoves, type MeasureMoves } from '../../graph/monitoring/explain.ts';
import { sanctionTrace } from '../../graph/trace/sanctionTrace.ts';
import { addSubjects, deleteWatchlist, saveWatchlist } from '../../graph/monitoring/watchlists.ts';
import { importFile } from '../../seed/import/run.ts';
import { demoStory } from '../../seed/synthetic/demoStory.ts';
import { tempDir, writeFile } from '../import/support.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// The measures an event makes apply are worked out the first time `changes` reads the event and
// stored on it; later readings take them back. They must be what the sanction trace gives, and a
// stored explanation must read back as the one worked out.
// Lists and measures: the judgment-debtor list brings the high-consumption restriction (发改财金〔2016〕141号);
// the abnormal-operations directory (企业经营异常名录管理暂行办法, SAIC Order 68, 2014).
const { blacklistedParent: parent, subsidiary, supplierTwoHopsBelow: supplier } = demoStory;
const list = 'tsex-suppliers';
const header = 'id,subject,list,from,until,status,ended_on,agency,case_number\n';
const rows = (judgmentStatus: string, endedOn = '') =>
  `tsex-l-judgment,${parent},spc_dishonest_judgment_debtors,2026-09-01,,${judgmentStatus},${endedOn},spc,（2026）粤01执77号\n` +
  `tsex-l-abnormal,${subsidiary},samr_abnormal_operations,2026-09-03,,active,,samr,\n`;
const dir = tempDir('scs-stored-explanation-');

let server: TestServer;
let graph: Graph;
const importListings = (text: string, now: string) => importFile(graph, { file: writeFile(dir, 'listings.csv', header + text), now: new Date(now) });

interface StoredEvent {
  id: string;
  kind: ChangeKind;
  subjectId: string;
  on: string;
  measuresNowApplying: string | null;
  measuresNoLongerApplying: string | null;
}

const storedEvents = () =>
  graph.read<StoredEvent>(
    `MATCH (c:${MonitoringLabel.ChangeEvent}) WHERE c.factId STARTS WITH 'tsex-'
     RETURN c.id AS id, c.kind AS kind, c.subjectId AS subjectId, c.on AS on, c.measuresNowApplying AS measuresNowApplying,
            c.measuresNoLongerApplying AS measuresNoLongerApplying ORDER BY c.id`,
  );
const stored = (event: StoredEvent): MeasureMoves => ({
  measuresNowApplying: JSON.parse(event.measuresNowApplying!),
  measuresNoLongerApplying: JSON.parse(event.measuresNoLongerApplying!),
});
const ids = (moves: MeasureMoves) => ({ now: moves.measuresNowApplying.map((m) => m.id), noLonger: moves.measuresNoLongerApplying.map((m) => m.id) });

async function removeFixtures() {
  await graph.write(`MATCH (n:Node) WHERE n.id STARTS WITH 'tsex-' DETACH DELETE n`);
  await graph.write(`MATCH (c:${MonitoringLabel.ChangeEvent}) WHERE c.factId STARTS WITH 'tsex-' DETACH DELETE c`);
  await deleteWatchlist(graph, list);
}

beforeAll(async () => {
  server = await startTestServer();
  graph = server.graph;
  await removeFixtures();
  await saveWatchlist(graph, list, 2);
  await addSubjects(graph, list, [supplier]);
  await importListings(rows('active'), '2026-09-05T09:00:00Z');
  await importListings(rows('repaired', '2026-09-04'), '2026-09-06T09:00:00Z');
});

afterAll(async () => {
  await removeFixtures();
  await server.close();
});

describe('measures stored with an event at its first reading', () => {
  it('are not worked out by the import, and once read equal the sanction trace for every event of the imports', async () => {
    expect((await storedEvents()).every((e) => e.measuresNowApplying === null)).toBe(true);
    await changes(graph, { watchlist: list, since: '2026-09-05', asOf: '2026-09-06', exposure: false });
    const events = await storedEvents();
    expect(events.map((e) => e.kind).sort()).toEqual(['abnormal_entry', 'listing_added', 'listing_repaired']);
    for (const event of events) expect(event.measuresNowApplying, event.kind).not.toBeNull();
    const readTime = await measureMoves(graph, events);
    expect(events.map(stored)).toEqual(readTime);
    const byKind = new Map(events.map((e) => [e.kind, ids(stored(e))]));
    expect(byKind.get('listing_added')!.now).toContain('m_high_consumption_restriction');
    expect(byKind.get('listing_repaired')!.noLonger).toContain('m_high_consumption_restriction');
  });

  it('read back as `changes` worked them out, and work out the same again when removed', async () => {
    const withStored = await changes(graph, { watchlist: list, since: '2026-09-05', asOf: '2026-09-06', exposure: false });
    const mine = withStored.items.filter((e) => e.factId.startsWith('tsex-'));
    expect(mine).toHaveLength(3);
    for (const item of mine) expect(item.exposureBefore).toBeUndefined();
    await graph.write(`MATCH (c:${MonitoringLabel.ChangeEvent}) WHERE c.factId STARTS WITH 'tsex-' REMOVE c.measuresNowApplying, c.measuresNoLongerApplying`);
    const worked = await changes(graph, { watchlist: list, since: '2026-09-05', asOf: '2026-09-06', exposure: false });
    const strip = (items: typeof mine) => items.filter((e) => e.factId.startsWith('tsex-')).map((e) => ({ id: e.id, now: e.measuresNowApplying, noLonger: e.measuresNoLongerApplying }));
    expect(strip(worked.items)).toEqual(strip(mine));
    expect(strip(mine).some((e) => e.now.length > 0)).toBe(true);
  });

  it('through GraphQL, with the exposure before/after resolved on demand as the graph layer computes it', async () => {
    const query = `query ($w: ID!) { changes(watchlist: $w, since: "2026-09-05", asOf: "2026-09-06", first: 50) {
      nodes { id measuresNowApplying { id } measuresNoLongerApplying { id } exposureBefore exposureAfter } } }`;
    type Node = { id: string; measuresNowApplying: Array<{ id: string }>; measuresNoLongerApplying: Array<{ id: string }>; exposureBefore: number | null; exposureAfter: number | null };
    const result = await server.gql<{ changes: { nodes: Node[] } }>(query, { w: list });
    expect(result.errors).toBeUndefined();
    const page = await changes(graph, { watchlist: list, since: '2026-09-05', asOf: '2026-09-06' });
    const tsex = new Set(page.items.filter((e) => e.factId.startsWith('tsex-')).map((e) => e.id));
    const mine = (nodes: Node[]) => nodes.filter((n) => tsex.has(n.id));
    const expected: Node[] = page.items.map((e) => ({
      id: e.id,
      measuresNowApplying: e.measuresNowApplying.map((m) => ({ id: m.id })),
      measuresNoLongerApplying: e.measuresNoLongerApplying.map((m) => ({ id: m.id })),
      exposureBefore: e.exposureBefore ?? null,
      exposureAfter: e.exposureAfter ?? null,
    }));
    expect(mine(result.data!.changes.nodes)).toEqual(mine(expected));
    expect(mine(expected)).toHaveLength(3);
    expect(mine(expected).every((e) => typeof e.exposureAfter === 'number')).toBe(true);
  });
});

describe('measure moves worked out without asking the ownership module where a controller cannot change them', () => {
  it('equal the moves between two full sanction traces, for listed companies, their holders and legal representatives at their listings’ dates', async () => {
    // Every listing of the demo corpus and the fixtures above: its subject, the subject's holders (who
    // may bear as controllers) and legal representatives, at the day it began and the day after it ended.
    const rows = await graph.read<{ subjectId: string; on: string }>(
      `MATCH (s)-[:LISTED]->(l:Listing) WHERE l.from IS NOT NULL
       OPTIONAL MATCH (h)-[:SHAREHOLDER_OF|LEGAL_REPRESENTATIVE_OF]->(s)
       WITH l, s, collect(DISTINCT h.id) AS holders
       WITH [s.id] + holders AS parties, [l.from] + CASE WHEN l.until IS NULL THEN [] ELSE [l.until] END AS dates
       UNWIND parties AS subjectId UNWIND dates AS on
       RETURN DISTINCT subjectId, on ORDER BY on, subjectId LIMIT 80`,
    );
    const events = rows.map((row) => ({ kind: 'listing_added' as const, ...row }));
    expect(new Set(events.map((e) => e.subjectId)).size).toBeGreaterThan(10);
    const measures = async (subjectId: string, on: string) => new Set((await sanctionTrace(graph, subjectId, on))?.measures.map((m) => m.measure.id) ?? []);
    const expected = [];
    for (const event of events) {
      const [then, now] = [await measures(event.subjectId, dayBefore(event.on)), await measures(event.subjectId, event.on)];
      expected.push({ now: [...now].filter((id) => !then.has(id)).sort(), noLonger: [...then].filter((id) => !now.has(id)).sort() });
    }
    const worked = await measureMoves(graph, events);
    expect(worked.map((moves) => ({ now: ids(moves).now.sort(), noLonger: ids(moves).noLonger.sort() }))).toEqual(expected);
    expect(expected.some((moves) => moves.now.length > 0)).toBe(true);
  });
});
