import { createHash } from 'node:crypto';
import type { Graph } from '../driver.ts';
import { MonitoringLabel } from '../model.ts';

/**
 * Webhook subscriptions of a watchlist and the delivery log, both in Neo4j beside the watchlists.
 * A Delivery records every attempt (time, outcome) for one (webhook, event); an event delivered once
 * is never sent to that webhook again. Secrets are never stored: they come from the environment.
 */

export interface Webhook {
  id: string;
  url: string;
  watchlistId: string;
}

export interface DeliveryAttempt {
  at: string;
  outcome: string;
}

export interface Delivery {
  id: string;
  webhookId: string;
  eventId: string;
  status: 'delivered' | 'failed';
  attempts: number;
  log: string[];
}

const { Webhook: WH, Delivery: DL, Watchlist: WL } = MonitoringLabel;

export function checkWebhookUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`webhook URL '${url}' is not a URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`webhook URL '${url}' must be http(s)`);
  return parsed.toString();
}

export async function addWebhook(graph: Graph, watchlistId: string, url: string): Promise<Webhook> {
  const clean = checkWebhookUrl(url);
  const id = `wh-${createHash('sha256').update(`${watchlistId}\u0000${clean}`).digest('hex').slice(0, 16)}`;
  const rows = await graph.write<Webhook>(
    `MATCH (w:${WL} {id: $watchlistId})
     MERGE (h:${WH} {id: $id}) ON CREATE SET h.url = $url, h.watchlistId = $watchlistId
     MERGE (w)-[:NOTIFIES]->(h)
     RETURN h.id AS id, h.url AS url, h.watchlistId AS watchlistId`,
    { id, url: clean, watchlistId },
  );
  if (rows.length === 0) throw new Error(`no watchlist named '${watchlistId}'`);
  return rows[0]!;
}

export async function removeWebhook(graph: Graph, watchlistId: string, url: string): Promise<boolean> {
  const rows = await graph.write<{ n: number }>(`MATCH (h:${WH} {watchlistId: $watchlistId, url: $url}) DETACH DELETE h RETURN count(*) AS n`, {
    watchlistId,
    url: checkWebhookUrl(url),
  });
  return (rows[0]?.n ?? 0) > 0;
}

export function webhooksOf(graph: Graph, watchlistId: string | null): Promise<Webhook[]> {
  return graph.read<Webhook>(
    `MATCH (h:${WH}) WHERE $watchlistId IS NULL OR h.watchlistId = $watchlistId RETURN h.id AS id, h.url AS url, h.watchlistId AS watchlistId ORDER BY id`,
    { watchlistId },
  );
}

/** Of these events, the ones already delivered to the webhook. */
export async function deliveredEvents(graph: Graph, webhookId: string, eventIds: readonly string[]): Promise<Set<string>> {
  const rows = await graph.read<{ id: string }>(
    `MATCH (d:${DL} {webhookId: $webhookId, status: 'delivered'}) WHERE d.eventId IN $eventIds RETURN d.eventId AS id`,
    { webhookId, eventIds: [...eventIds] },
  );
  return new Set(rows.map((r) => r.id));
}

/** Records the attempts of one delivery (appending to an earlier failed one's log). */
export async function logDelivery(graph: Graph, webhookId: string, eventId: string, status: Delivery['status'], attempts: readonly DeliveryAttempt[]): Promise<void> {
  await graph.write(
    `MERGE (d:${DL} {id: $id}) ON CREATE SET d.webhookId = $webhookId, d.eventId = $eventId, d.attempts = 0, d.log = []
     SET d.status = $status, d.attempts = d.attempts + size($log), d.log = d.log + $log, d.updatedAt = $at`,
    {
      id: `${webhookId}:${eventId}`,
      webhookId,
      eventId,
      status,
      log: attempts.map((a) => `${a.at} ${a.outcome}`),
      at: attempts.at(-1)?.at ?? new Date().toISOString(),
    },
  );
}

export function deliveryLog(graph: Graph, webhookId: string): Promise<Delivery[]> {
  return graph.read<Delivery>(
    `MATCH (d:${DL} {webhookId: $webhookId}) RETURN d.id AS id, d.webhookId AS webhookId, d.eventId AS eventId, d.status AS status, d.attempts AS attempts, d.log AS log ORDER BY d.id`,
    { webhookId },
  );
}
