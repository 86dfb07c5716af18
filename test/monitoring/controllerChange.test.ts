import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { usccCheckCharacter } from '../../graph/domain/uscc.ts';
import { MonitoringLabel } from '../../graph/model.ts';
import { changes } from '../../graph/monitoring/changes.ts';
import { addSubjects, deleteWatchlist, saveWatchlist } from '../../graph/monitoring/watchlists.ts';
import { actualController } from '../../graph/ownership/actualController.ts';
import { importFile } from '../../seed/import/run.ts';
import { tempDir, writeFile } from '../import/support.ts';
import { removeFixtures, testGraph } from '../support/graph.ts';

/*
 * A chain where the largest holder is not the controller (Company Law 2023 art. 265(2), the chain
 * of control of graph/domain/ownership.ts): person top holds 80 % of A, A 70 % of B, B 55 % of the
 * watched company C; person minority holds 40 % of C directly. The actual controller of C is top
 * (majority at each level; integrated share 30.8 %), not minority (40 %, the largest holder).
 */
const uscc = (n: number) => {
  const first17 = `91542526990088${String(n).padStart(3, '0')}`;
  return first17 + usccCheckCharacter(first17);
};
const [a, b, c] = [uscc(1), uscc(2), uscc(3)];
const prefix = 'tctl-';
const [top, minority, buyer] = ['tctl-p-top', 'tctl-p-minority', 'tctl-p-buyer'];
const list = 'tctl-watch';
const dir = tempDir('scs-controller-');
let graph: Graph;

const companies = `uscc,name_zh,legal_form,status,established\n${a},测控甲有限公司,有限责任公司,in_operation,2010-01-01\n${b},测控乙有限公司,有限责任公司,in_operation,2010-01-01\n${c},测控丙有限公司,有限责任公司,in_operation,2010-01-01\n`;
const persons = `id,name_zh,name_pinyin\n${top},控制人甲,kong zhi ren jia\n${minority},少数股东乙,shao shu gu dong yi\n${buyer},收购人丙,shou gou ren bing\n`;
const relationsHeader = 'type,from_id,to_id,share,from,until\n';
const chain = `shareholder,${top},${a},80%,2015-01-01,\nshareholder,${a},${b},70%,2015-01-01,\nshareholder,${b},${c},55%,2015-01-01,\nshareholder,${minority},${c},40%,2015-01-01,\n`;
// The buyer takes over top's stake in A on 2026-08-01: control of A, B and C moves; nothing else.
const takeover = `shareholder,${top},${a},80%,2015-01-01,2026-08-01\nshareholder,${buyer},${a},80%,2026-08-01,\n`;

const load = (name: string, text: string, at: string) => importFile(graph, { file: writeFile(dir, name, text), now: new Date(at) });

async function cleanUp() {
  await graph.write(`MATCH (e:${MonitoringLabel.ChangeEvent}) WHERE e.subjectId IN $ids OR e.partyId STARTS WITH $prefix DETACH DELETE e`, { ids: [a, b, c], prefix });
  await Promise.all([removeFixtures(graph, prefix), removeFixtures(graph, '9154252699008')]);
  await deleteWatchlist(graph, list);
}

beforeAll(async () => {
  graph = await testGraph();
  await cleanUp();
  await load('companies.csv', companies, '2026-06-01T00:00:00Z');
  await load('persons.csv', persons, '2026-06-01T00:00:00Z');
  await load('relations.csv', relationsHeader + chain, '2026-06-01T00:00:00Z');
  await saveWatchlist(graph, list, 0);
  await addSubjects(graph, list, [c]);
});

afterAll(async () => {
  await cleanUp();
  await graph.close();
});

describe('controller_change follows the chain of control', () => {
  it('the fixture is a chain whose largest holder is not the controller', async () => {
    const actual = await actualController(graph, c, '2026-07-01');
    expect(actual?.controller?.id).toBe(top);
    expect(actual?.largestHolder?.id).toBe(minority);
  });

  it('the first load names the controller of the watched company once, by the chain', async () => {
    const page = await changes(graph, { watchlist: list, since: '2026-06-01', kinds: ['controller_change'], asOf: '2026-07-01' });
    expect(page.items.map((e) => [e.subjectId, e.before?.controller ?? null, e.after?.controller])).toEqual([[c, null, top]]);
  });

  it('a takeover two levels up makes exactly one controller_change on the watched company, with before and after controller', async () => {
    await load('takeover.csv', relationsHeader + takeover, '2026-08-02T00:00:00Z');
    const page = await changes(graph, { watchlist: list, since: '2026-08-02', asOf: '2026-08-02' });
    const controllerEvents = page.items.filter((e) => e.kind === 'controller_change');
    expect(controllerEvents).toHaveLength(1);
    expect(controllerEvents[0]).toMatchObject({ subjectId: c, on: '2026-08-01', partyId: buyer });
    expect(controllerEvents[0]!.before).toMatchObject({ controller: top, controllerName: '控制人甲', rule: 'majority', chain: [b, a, top] });
    expect(controllerEvents[0]!.after).toMatchObject({ controller: buyer, controllerName: '收购人丙', rule: 'majority', chain: [b, a, buyer] });
    expect(controllerEvents[0]!.fields.find((f) => f.field === 'controller')).toEqual({ field: 'controller', before: top, after: buyer });
    // The same rule as the ownership view's star.
    expect((await actualController(graph, c, '2026-08-01'))?.controller?.id).toBe(buyer);
    // Nothing of the holding changed on C itself, so no shareholder_change on the watched company.
    expect(page.items.filter((e) => e.kind === 'shareholder_change')).toEqual([]);
  });

  it('A and B, controlled through the same chain, each get their own one event', async () => {
    const rows = await graph.read<{ subject: string; n: number }>(
      `MATCH (e:${MonitoringLabel.ChangeEvent} {kind: 'controller_change'}) WHERE e.subjectId IN $ids AND e.on = '2026-08-01' RETURN e.subjectId AS subject, count(*) AS n ORDER BY subject`,
      { ids: [a, b, c] },
    );
    expect(rows.map((r) => [r.subject, Number(r.n)])).toEqual([[a, 1], [b, 1], [c, 1]]);
  });

  it('a change of the largest holder’s stake that leaves the chain in place makes no controller_change', async () => {
    await load('minority.csv', `${relationsHeader}shareholder,${minority},${c},45%,2015-01-01,\n`, '2026-08-03T00:00:00Z');
    const page = await changes(graph, { watchlist: list, since: '2026-08-03', asOf: '2026-08-03' });
    expect(page.items.map((e) => e.kind)).toEqual(['shareholder_change']);
  });

  it('re-importing the takeover makes no event', async () => {
    await load('takeover.csv', relationsHeader + takeover, '2026-08-04T00:00:00Z');
    expect((await changes(graph, { watchlist: list, since: '2026-08-04', asOf: '2026-08-04' })).totalCount).toBe(0);
  });
});
