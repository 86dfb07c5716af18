import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { mergeCompanies, mergeListings } from '../../graph/load/index.ts';
import { MonitoringLabel } from '../../graph/model.ts';
import { addWebhook, deliveryLog } from '../../graph/monitoring/deliveries.ts';
import { addSubjects, addSubjectsFromCsv, deleteWatchlist, saveWatchlist, watchlist, WatchlistError } from '../../graph/monitoring/watchlists.ts';
import { deliverWebhooks, sign, signatureHeader } from '../../server/monitoring/webhooks.ts';
import { demoStory } from '../../seed/synthetic/demoStory.ts';
import { testGraph } from '../support/graph.ts';

const prefix = 'tdel-';
const list = 'tdel-hooks';
const csvList = 'tdel-csv';
const company = `${prefix}c1`;
const recordedAt = '2026-08-02T09:00:00.000Z';
const secret = 'test-secret';
const provenance = { source: 'delivery.test', sourceUrl: null, recordedAt };

let graph: Graph;
let receiver: http.Server;
let url: string;
const received: Array<{ status: number; body: string; signature: string | undefined }> = [];

async function removeFixtures() {
  await graph.write(`MATCH (n:Node) WHERE n.id STARTS WITH $prefix DETACH DELETE n`, { prefix });
  await graph.write(`MATCH (c:${MonitoringLabel.ChangeEvent}) WHERE c.subjectId STARTS WITH $prefix DETACH DELETE c`, { prefix });
  await graph.write(`MATCH (n) WHERE (n:${MonitoringLabel.Webhook} OR n:${MonitoringLabel.Delivery}) AND (n.watchlistId = $list OR n.id STARTS WITH 'wh-') AND coalesce(n.watchlistId, $list) = $list DETACH DELETE n`, { list });
  await deleteWatchlist(graph, list);
  await deleteWatchlist(graph, csvList);
}

beforeAll(async () => {
  graph = await testGraph();
  await removeFixtures();
  // A loopback receiver that fails the first two requests and accepts the rest.
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const status = received.length < 2 ? 500 : 200;
      received.push({ status, body, signature: req.headers[signatureHeader.toLowerCase()] as string | undefined });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  await mergeCompanies(graph, [{ id: company, uscc: company, nameZh: '测试投递有限公司', synthetic: true, ...provenance }]);
  await saveWatchlist(graph, list, 0);
  await addSubjects(graph, list, [company]);
  await mergeListings(graph, [
    { id: `${prefix}l1`, subjectId: company, listId: 'spc_dishonest_judgment_debtors', from: '2026-08-01', until: null, status: 'active', synthetic: true, ...provenance },
  ]);
});

afterAll(async () => {
  await removeFixtures();
  await new Promise((resolve) => receiver.close(resolve));
  await graph.close();
});

describe('webhook delivery', () => {
  it('a receiver that fails twice then succeeds gets the event once, signed, and the log shows the retries', async () => {
    const hook = await addWebhook(graph, list, url);
    const report = await deliverWebhooks(graph, { secret, since: '2026-08-01', watchlist: list, backoffMs: 5 });
    expect(report).toEqual({ delivered: 1, failed: 0, skipped: 0 });
    expect(received.map((r) => r.status)).toEqual([500, 500, 200]);
    const accepted = received.filter((r) => r.status === 200);
    expect(accepted).toHaveLength(1);
    const body = JSON.parse(accepted[0]!.body);
    expect(body).toMatchObject({ watchlist: list, event: { kind: 'listing_added', subject: { id: company }, factId: `${prefix}l1` } });
    expect(accepted[0]!.signature).toBe(sign(secret, accepted[0]!.body));
    const [delivery] = await deliveryLog(graph, hook.id);
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 3, eventId: body.event.id });
    expect(delivery!.log.map((line) => line.split(' ').slice(1).join(' '))).toEqual(['HTTP 500', 'HTTP 500', 'HTTP 200']);
    // Delivering again sends nothing: the event is in the log as delivered.
    expect(await deliverWebhooks(graph, { secret, since: '2026-08-01', watchlist: list, backoffMs: 5 })).toEqual({ delivered: 0, failed: 0, skipped: 1 });
    expect(received).toHaveLength(3);
  });
});

describe('watchlist CSV upload', () => {
  it('refuses a CSV with bad lines, naming each line, and writes nothing', async () => {
    await saveWatchlist(graph, csvList, 1);
    const csv = ['uscc,name', `${demoStory.supplierTwoHopsBelow},`, '91440600MXDEM0066X,', ',没有这家公司有限公司', `${demoStory.subsidiary},`].join('\n');
    const refused = await addSubjectsFromCsv(graph, csvList, csv).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(WatchlistError);
    expect((refused as WatchlistError).problems.map((p) => p.line)).toEqual([3, 4]);
    expect((refused as WatchlistError).message).toMatch(/line 3 \(91440600MXDEM0066X\): invalid USCC/);
    expect((refused as WatchlistError).message).toMatch(/line 4 \(没有这家公司有限公司\): no company or person named/);
    expect((await watchlist(graph, csvList))!.subjects).toEqual([]);
    // The same file without its bad lines goes in whole.
    const good = await addSubjectsFromCsv(graph, csvList, ['uscc,name', `${demoStory.supplierTwoHopsBelow},`, `${demoStory.subsidiary},`].join('\n'));
    expect(good.subjects.map((s) => s.id).sort()).toEqual([demoStory.subsidiary, demoStory.supplierTwoHopsBelow].sort());
  });
});
