import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { usccCheckCharacter } from '../../graph/domain/uscc.ts';
import { shareholdingId } from '../../graph/load/ids.ts';
import { mergeRelationships } from '../../graph/load/write.ts';
import { MonitoringLabel, Rel } from '../../graph/model.ts';
import { changes, eventsReach } from '../../graph/monitoring/changes.ts';
import { watchLinks } from '../../graph/monitoring/relatedParties.ts';
import { refreshReaches } from '../../graph/monitoring/reach.ts';
import { addSubjects, deleteWatchlist, saveWatchlist } from '../../graph/monitoring/watchlists.ts';
import { importFile } from '../../seed/import/run.ts';
import { tempDir, writeFile } from '../import/support.ts';
import { removeFixtures, testGraph } from '../support/graph.ts';

/*
 * The stored reach (graph/monitoring/reach.ts) must give what walking the graph gives, also after the
 * ownership changes under a watchlist that already exists. Synthetic chain: A holds 70 % of B, B 60 %
 * of the watched company C (depth 2: C, B, A). Then A sells its stake in B to D (A's holding ends on
 * 2025-12-31, D's starts on 2026-01-01): at today's date the watchlist reaches C, B, D, and a listing
 * of D reaches it through C ← B ← D while a listing of A no longer does. Shareholding as related
 * party: Company Law 2023 art. 265; the lists: the judgment-debtor list (法释〔2017〕7号).
 */
const uscc = (n: number) => {
  const first17 = `91542526990077${String(n).padStart(3, '0')}`;
  return first17 + usccCheckCharacter(first17);
};
const [a, b, c, d, e, f] = [1, 2, 3, 4, 5, 6].map(uscc) as [string, string, string, string, string, string];
const list = 'trch-watch';
const dir = tempDir('scs-stored-reach-');
let graph: Graph;
const since = new Date(Date.now() - 60_000).toISOString();
const today = () => new Date().toISOString().slice(0, 10);

const companies = ['uscc,name_zh,legal_form,status,established', ...[a, b, c, d, e, f].map((id, i) => `${id},测触${'甲乙丙丁戊己'[i]}有限公司,有限责任公司,in_operation,2010-01-01`)].join('\n');
const relationsHeader = 'type,from_id,to_id,share,from,until\n';
const chain = `shareholder,${a},${b},70%,2015-01-01,\nshareholder,${b},${c},60%,2015-01-01,\n`;
const sale = `shareholder,${a},${b},70%,2015-01-01,2025-12-31\nshareholder,${d},${b},70%,2026-01-01,\n`;
const listings = (ids: string[]) =>
  ['id,subject,list,from,until,status,ended_on,agency,case_number', ...ids.map((id, i) => `trch-l-${i}-${id},${id},spc_dishonest_judgment_debtors,2026-01-05,,active,,spc,（2026）藏01执${i + 1}号`)].join('\n');
const load = (name: string, text: string) => importFile(graph, { file: writeFile(dir, name, text) });

const reachOn = async () => (await graph.read<{ on: string | null }>(`MATCH (w:${MonitoringLabel.Watchlist} {id: $id}) RETURN w.reachOn AS on`, { id: list }))[0]?.on;

/**
 * What walking the graph now gives for the watchlist, by every path of the depth (not the walk the
 * reach is built with): the parties reached, each with its shortest path's node ids (unique here).
 */
async function walked(): Promise<Map<string, string[]>> {
  const rows = await graph.read<{ id: string; nodes: string[] }>(
    `MATCH p = (:Node {id: $watched})(()-[r:${watchLinks.join('|')}]-() WHERE (r.from IS NULL OR r.from <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)){0,2}(x:Node)
     WHERE x:Company OR x:Person
     WITH x, p ORDER BY length(p)
     RETURN x.id AS id, [n IN nodes(head(collect(p))) | n.id] AS nodes`,
    { watched: c, asOf: today() },
  );
  return new Map(rows.map((row) => [row.id, row.nodes]));
}

/** The page's events against the walk: exactly the events of walked parties, each with the walked path. */
async function expectPageAsWalked(): Promise<string[]> {
  const page = await changes(graph, { watchlist: list, since, kinds: ['listing_added'], exposure: false });
  const walk = await walked();
  const [stored] = await graph.read<{ n: number }>(
    `MATCH (ev:${MonitoringLabel.ChangeEvent}) WHERE ev.recordedAt >= $since AND ev.kind = 'listing_added' AND ev.subjectId IN $ids RETURN count(ev) AS n`,
    { since, ids: [...walk.keys()] },
  );
  expect(page.totalCount).toBe(Number(stored!.n));
  for (const event of page.items) expect(event.path.nodes.map((n) => n.id)).toEqual(walk.get(event.subjectId));
  return page.items.map((event) => event.subjectId).sort();
}

async function cleanUp() {
  await graph.write(`MATCH (ev:${MonitoringLabel.ChangeEvent}) WHERE ev.subjectId IN $ids DETACH DELETE ev`, { ids: [a, b, c, d, e, f] });
  await Promise.all([removeFixtures(graph, 'trch-'), removeFixtures(graph, '9154252699007')]);
  await deleteWatchlist(graph, list);
}

beforeAll(async () => {
  graph = await testGraph();
  await cleanUp();
  await load('companies.csv', companies);
  await load('relations.csv', relationsHeader + chain);
  await saveWatchlist(graph, list, 2);
  await addSubjects(graph, list, [c]);
});

afterAll(async () => {
  await cleanUp();
  await graph.close();
});

describe('the stored reach of a watchlist', () => {
  it('is stored when the watchlist is made, as the walk gives it', async () => {
    expect(await reachOn()).toBe(today());
    expect([...(await walked()).keys()].sort()).toEqual([a, b, c].sort());
    await load('listings-1.csv', listings([a, d]));
    // A is reached (C ← B ← A), D not yet.
    expect(await expectPageAsWalked()).toEqual([a]);
  });

  it('is refreshed when an import changes the ownership after the watchlist was made: the new holder’s events reach it, the old one’s no longer', async () => {
    await load('sale.csv', relationsHeader + sale);
    expect(await reachOn()).toBe(today());
    expect([...(await walked()).keys()].sort()).toEqual([b, c, d].sort());
    await load('listings-2.csv', listings([b, d]));
    const subjects = await expectPageAsWalked();
    expect(subjects).toEqual([b, d].sort());
    const page = await changes(graph, { watchlist: list, since, kinds: ['listing_added'], exposure: false });
    expect(page.items.find((event) => event.subjectId === d)!.path).toMatchObject({
      hops: 2,
      nodes: [{ id: c, name: '测触丙有限公司' }, { id: b }, { id: d, kind: 'Company' }],
      edges: [
        { type: 'SHAREHOLDER_OF', from: b, to: c, fraction: 0.6 },
        { type: 'SHAREHOLDER_OF', from: d, to: b, fraction: 0.7 },
      ],
    });
  });

  it('goes stale in the transaction of a loader’s write of a link that touches it, and is walked again at the next read', async () => {
    // E holds F: neither is reached, so the reach stays as it is.
    await mergeRelationships(graph, Rel.SHAREHOLDER_OF, [{ id: shareholdingId(e, f, '2016-01-01'), from: e, to: f, props: { fraction: 0.5, from: '2016-01-01' } }]);
    expect(await reachOn()).toBe(today());
    // F takes 30 % of C: C is reached, so the reach is stale until read.
    await mergeRelationships(graph, Rel.SHAREHOLDER_OF, [{ id: shareholdingId(f, c, '2016-01-01'), from: f, to: c, props: { fraction: 0.3, from: '2016-01-01' } }]);
    expect(await reachOn()).toBeNull();
    await load('listings-3.csv', listings([e]));
    // E is reached through C ← F ← E once the reach is walked again (by this read).
    expect(await expectPageAsWalked()).toEqual([b, d, e].sort());
    expect(await reachOn()).toBe(today());
  });

  it('is written only where it changed: a re-walk that finds the same reach keeps every Reach node, and holds each reached party once', async () => {
    const reachNodes = () =>
      graph.read<{ nodeId: string; element: string }>(
        `MATCH (:${MonitoringLabel.Watchlist} {id: $id})-[:REACHES]->(r:${MonitoringLabel.Reach}) RETURN r.nodeId AS nodeId, elementId(r) AS element ORDER BY nodeId`,
        { id: list },
      );
    const before = await reachNodes();
    // Saving the watchlist marks its reach stale and walks it again at once.
    await saveWatchlist(graph, list, 2);
    expect(await reachOn()).toBe(today());
    expect(await reachNodes()).toEqual(before);
    expect(before.map((r) => r.nodeId)).toEqual([...new Set(before.map((r) => r.nodeId))]);
    expect(new Set(before.map((r) => r.nodeId))).toEqual(new Set((await walked()).keys()));
  });

  it('gives the watched subject of events asked by id, leaving out those it does not see', async () => {
    const page = await changes(graph, { watchlist: list, since, kinds: ['listing_added'], exposure: false });
    const [unseen] = await graph.read<{ id: string }>(`MATCH (ev:${MonitoringLabel.ChangeEvent} {subjectId: $a, kind: 'listing_added'}) WHERE ev.recordedAt >= $since RETURN ev.id AS id`, { a, since });
    const asked = await eventsReach(graph, list, [...page.items.map((event) => event.id), unseen!.id]);
    expect(asked.map((event) => event.id).sort()).toEqual(page.items.map((event) => event.id).sort());
    for (const event of asked) expect(event.watchedId).toBe(c);
  });
});

describe('writes that bypass the loaders', () => {
  it('do not mark the reach stale; the re-walk trigger walks it again', async () => {
    const reached = async () =>
      (await graph.read<{ id: string }>(`MATCH (:${MonitoringLabel.Watchlist} {id: $id})-[:REACHES]->(r:${MonitoringLabel.Reach}) RETURN r.nodeId AS id`, { id: list })).map((r) => r.id);
    // A raw Cypher write: a new holder of the watched company, not through graph/load.
    await graph.write(`MATCH (c:Company {id: $c}) CREATE (:Node:Company {id: 'trch-raw-holder', nameZh: '测触原有限公司', synthetic: true})-[:SHAREHOLDER_OF {id: 'trch-raw-link', fraction: 0.1}]->(c)`, { c });
    expect(await reachOn()).toBe(today());
    expect(await reached()).not.toContain('trch-raw-holder');
    expect(await refreshReaches(graph, today(), list)).toBe(1);
    expect(await reached()).toContain('trch-raw-holder');
    expect(await refreshReaches(graph, today(), 'trch-no-such-list')).toBe(0);
  });
});
