import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Graph } from '../../graph/driver.ts';
import { MonitoringLabel } from '../../graph/model.ts';
import { changes } from '../../graph/monitoring/changes.ts';
import { addSubjects, deleteWatchlist, saveWatchlist } from '../../graph/monitoring/watchlists.ts';
import { creditFile } from '../../graph/queries/creditFile.ts';
import { importFile } from '../../seed/import/run.ts';
import { failure, measured, notMeasured, type ResultRow, type RowSpec } from './report.ts';
import { summarize, timed } from './stats.ts';

/**
 * The monitoring rows of issue 16 (targets at 1M: detection ≤ 10 s, `changes` p95 ≤ 50 ms,
 * credit-file profile p95 ≤ 30 ms):
 * - monitoring.detect: a 1,000-subject watchlist at depth 2, then a 10k-row listings import whose
 *   change hook records the events (import time, events recorded), then the watchlist's first
 *   `changes` page (the detection read: events touching a watched subject or a related party).
 * - monitoring.changes: `changes` latency over the watchlist, with and without a kind filter.
 * - monitoring.creditFile: the profile's credit-file read for drawn companies.
 * Everything it writes (listings `bench-mon-…`, their events, the watchlist) is removed at the end.
 * Hook: `rows.push(...(await monitoringRows(graph, { companies: pools.companies.map((c) => c.id), samples: options.samples, log })))`
 * in test/bench/run.ts next to the query section.
 */

export interface MonitoringBenchOptions {
  /** Company ids of the corpus (USCC = id) to watch and list. */
  companies: readonly string[];
  samples: number;
  /** Rows of the listings import (default 10,000) and watched subjects (default 1,000). */
  importRows?: number;
  watched?: number;
  log?: (line: string) => void;
}

export const monitoringSpecs: RowSpec[] = [
  { name: 'monitoring.detect', section: 'load', title: 'change detection: 1,000 watched at depth 2 after a 10k-row listings import', keys: ['importS', 'events', 'firstPageMs', 'watchedEvents'] },
  { name: 'monitoring.changes', section: 'query', title: '`changes` of the 1,000-subject watchlist (page of 50)', keys: ['p50', 'p95', 'samples'] },
  { name: 'monitoring.creditFile', section: 'query', title: 'credit-file profile read', keys: ['p50', 'p95', 'samples'] },
];

const watchlistId = 'bench-monitoring';
const listingPrefix = 'bench-mon-';

export async function monitoringRows(graph: Graph, options: MonitoringBenchOptions): Promise<ResultRow[]> {
  const log = options.log ?? (() => {});
  const [detectSpec, changesSpec, creditSpec] = monitoringSpecs as [RowSpec, RowSpec, RowSpec];
  if (options.companies.length === 0) return monitoringSpecs.map((spec) => notMeasured(spec, 'no companies in the corpus'));
  const rows: ResultRow[] = [];
  const since = new Date().toISOString();
  try {
    await cleanUp(graph);
    const watched = spread(options.companies, options.watched ?? 1_000);
    await saveWatchlist(graph, watchlistId, 2);
    await addSubjects(graph, watchlistId, watched);
    const file = listingsFile(options.companies, options.importRows ?? 10_000);
    log(`monitoring: importing ${options.importRows ?? 10_000} listings with change events`);
    let events = 0;
    const importMs = await timed(async () => {
      await importFile(graph, { file, format: 'csv-listings' });
    });
    const [counted] = await graph.read<{ n: number }>(`MATCH (e:${MonitoringLabel.ChangeEvent}) WHERE e.factId STARTS WITH $prefix RETURN count(e) AS n`, { prefix: listingPrefix });
    events = Number(counted?.n ?? 0);
    let watchedEvents = 0;
    const firstPageMs = await timed(async () => {
      watchedEvents = (await changes(graph, { watchlist: watchlistId, since, first: 50 })).totalCount;
    });
    rows.push(measured(detectSpec, { importS: importMs / 1000, events, firstPageMs, watchedEvents }));

    const kinds = [null, ['listing_added'] as const, ['abnormal_entry'] as const];
    const durations: number[] = [];
    for (let i = 0; i < options.samples; i++) {
      const filter = kinds[i % kinds.length];
      durations.push(await timed(() => changes(graph, { watchlist: watchlistId, since, first: 50, kinds: filter ? [...filter] : null })));
    }
    const latency = summarize(durations);
    rows.push(measured(changesSpec, { p50: latency.p50, p95: latency.p95, samples: latency.samples }));
  } catch (error) {
    rows.push(...[detectSpec, changesSpec].filter((spec) => !rows.some((r) => r.name === spec.name)).map((spec) => notMeasured(spec, failure(error), 'error')));
  } finally {
    await cleanUp(graph);
  }
  try {
    const subjects = spread(options.companies, options.samples);
    const durations: number[] = [];
    for (const id of subjects) durations.push(await timed(() => creditFile(graph, id, '2026-06-30')));
    const latency = summarize(durations);
    rows.push(measured(creditSpec, { p50: latency.p50, p95: latency.p95, samples: latency.samples }));
  } catch (error) {
    rows.push(notMeasured(creditSpec, failure(error), 'error'));
  }
  return rows;
}

/** `n` ids spread evenly over the pool (deterministic, no PRNG needed). */
function spread(ids: readonly string[], n: number): string[] {
  const step = Math.max(1, Math.floor(ids.length / n));
  return Array.from({ length: Math.min(n, ids.length) }, (_, i) => ids[(i * step) % ids.length]!);
}

/** A listings CSV of `rows` new listings on the judgment-debtor and abnormal-operations lists, subjects spread over the corpus. */
function listingsFile(companies: readonly string[], rows: number): string {
  const subjects = spread(companies, rows);
  const lines = ['id,subject,list,from,until,status,ended_on,agency,case_number'];
  for (let i = 0; i < rows; i++) {
    const abnormal = i % 4 === 0;
    const list = abnormal ? 'samr_abnormal_operations' : 'spc_dishonest_judgment_debtors';
    lines.push(`${listingPrefix}${i},${subjects[i % subjects.length]},${list},2026-06-01,,active,,${abnormal ? 'samr' : 'spc'},${abnormal ? '' : `（2026）京01执${i}号`}`);
  }
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'scs-bench-monitoring-')), 'listings.csv');
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

async function cleanUp(graph: Graph): Promise<void> {
  await graph.write(`MATCH (e:${MonitoringLabel.ChangeEvent}) WHERE e.factId STARTS WITH $prefix DETACH DELETE e`, { prefix: listingPrefix });
  await graph.write(`MATCH (l:Listing) WHERE l.id STARTS WITH $prefix DETACH DELETE l`, { prefix: listingPrefix });
  await deleteWatchlist(graph, watchlistId);
}
