import { createHmac } from 'node:crypto';
import type { Graph } from '../../graph/driver.ts';
import { changes, type ExplainedChange } from '../../graph/monitoring/changes.ts';
import { deliveredEvents, logDelivery, webhooksOf, type DeliveryAttempt } from '../../graph/monitoring/deliveries.ts';
import { eventJson } from './eventJson.ts';

/**
 * Webhook delivery: each new event of a watchlist is POSTed as JSON to each of its webhooks, signed
 * with HMAC-SHA256 over the exact body (header `X-SCS-Signature: sha256=<hex>`, secret from
 * WEBHOOK_SECRET), retried with exponential backoff on a network error or a non-2xx answer, and
 * every attempt logged in Neo4j (graph/monitoring/deliveries.ts). An event already delivered to a
 * webhook is not sent again.
 */

export const signatureHeader = 'X-SCS-Signature';

export function sign(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

export interface DeliveryOptions {
  secret: string;
  since: string;
  watchlist?: string | null;
  /** Attempts per event and webhook (default 4: the first and three retries). */
  attempts?: number;
  /** First retry delay; doubles each time (default 500 ms). */
  backoffMs?: number;
  timeoutMs?: number;
  now?: () => Date;
  log?: (line: string) => void;
}

export interface DeliveryReport {
  delivered: number;
  failed: number;
  skipped: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function deliverWebhooks(graph: Graph, options: DeliveryOptions): Promise<DeliveryReport> {
  if (!options.secret) throw new Error('WEBHOOK_SECRET is not set: webhook bodies must be signed');
  const report: DeliveryReport = { delivered: 0, failed: 0, skipped: 0 };
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  for (const hook of await webhooksOf(graph, options.watchlist ?? null)) {
    const events = await allChanges(graph, hook.watchlistId, options.since);
    const done = await deliveredEvents(graph, hook.id, events.map((e) => e.id));
    for (const event of events) {
      if (done.has(event.id)) {
        report.skipped++;
        continue;
      }
      const body = JSON.stringify({ watchlist: hook.watchlistId, event: eventJson(event) });
      const attempts: DeliveryAttempt[] = [];
      let delivered = false;
      for (let attempt = 0; attempt < (options.attempts ?? 4) && !delivered; attempt++) {
        if (attempt > 0) await sleep((options.backoffMs ?? 500) * 2 ** (attempt - 1));
        const outcome = await post(hook.url, body, sign(options.secret, body), event.id, options.timeoutMs ?? 10_000);
        delivered = outcome.ok;
        attempts.push({ at: now().toISOString(), outcome: outcome.text });
      }
      await logDelivery(graph, hook.id, event.id, delivered ? 'delivered' : 'failed', attempts);
      log(`${delivered ? 'delivered' : 'FAILED'} ${event.id} → ${hook.url} after ${attempts.length} attempt(s)`);
      report[delivered ? 'delivered' : 'failed']++;
    }
  }
  return report;
}

async function allChanges(graph: Graph, watchlist: string, since: string): Promise<ExplainedChange[]> {
  const events: ExplainedChange[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await changes(graph, { watchlist, since, first: 200, after });
    events.push(...page.items);
    if (!page.hasNextPage) return events.reverse();
    after = page.items.at(-1)!.cursor;
  }
}

async function post(url: string, body: string, signature: string, eventId: string, timeoutMs: number): Promise<{ ok: boolean; text: string }> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [signatureHeader]: signature, 'X-SCS-Event': eventId, 'user-agent': 'scs-graph-monitor' },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { ok: response.ok, text: `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, text: `error ${(error as Error).message}` };
  }
}
