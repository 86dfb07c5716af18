import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { routing } from 'neo4j-driver';
import type { Graph } from '../../graph/driver.ts';
import { MonitoringLabel } from '../../graph/model.ts';
import { changes, type ChangesQuery } from '../../graph/monitoring/changes.ts';
import { watchLinks } from '../../graph/monitoring/relatedParties.ts';
import { warmMonitoring } from '../../graph/monitoring/warm.ts';
import { addSubjects, deleteWatchlist, saveWatchlist } from '../../graph/monitoring/watchlists.ts';
import { creditFile } from '../../graph/queries/creditFile.ts';
import { importFile } from '../../seed/import/run.ts';
import { cpuWindow, type CpuFigures } from './cpu.ts';
import type { BenchDbms } from './dbms.ts';
import { failure, measured, notMeasured, type Figure, type ResultRow, type RowSpec } from './report.ts';
import { ratio, summarize, timed } from './stats.ts';

/**
 * The monitoring rows of issue 16 (`npm run bench -- --monitoring`; targets at 1M: detection ≤ 10 s,
 * `changes` p95 ≤ 50 ms, credit-file profile p95 ≤ 30 ms):
 * - monitoring.detect: a 1,000-subject watchlist at depth 2 (the time to walk and store its reach
 *   when the subjects are added, and to walk it again), then a 10k-row listings import whose change hook records the events, then the
 *   watchlist's first `changes` page (which explains its events' measures and stores them).
 * - monitoring.changes: a page of 50 as the inbox lists it (kinds filter rotating), beside the
 *   honest baseline: one hand-written Cypher statement through the bare driver that walks the same
 *   watchlist and returns the same page of stored events (what the stack can do at best).
 * - monitoring.exposure: the same page with the watched subjects' exposure level before and after
 *   each change (what selecting `exposureBefore`/`exposureAfter` costs).
 * - monitoring.creditFile: the profile's credit-file read for drawn companies.
 * Everything it writes (listings `bench-mon-…`, their events, the watchlist) is removed at the end.
 */

export interface MonitoringBenchOptions {
  /** Company ids of the corpus (USCC = id) to watch and list. */
  companies: readonly string[];
  samples: number;
  warmup: number;
  wanted: (rowName: string) => boolean;
  /** Rows of the listings import (default 10,000) and watched subjects (default 1,000). */
  importRows?: number;
  watched?: number;
  log?: (line: string) => void;
}

const cpuKeys = ['Neo4j CPU-s', 'Node CPU-s', 'load avg'] as const;
const latencyKeys = ['samples', 'p50', 'p95', ...cpuKeys] as const;

export const monitoringSpecs: RowSpec[] = [
  {
    name: 'monitoring.detect',
    section: 'monitoring',
    title: 'change detection: 1,000 watched at depth 2 (reach stored first / walked again, s), 10k-row listings import (s), first page (ms)',
    keys: ['reach first s', 'reach s', 'reached', 'import s', ...cpuKeys, 'events', 'first page ms', 'first page Neo4j CPU-s', 'first page Node CPU-s', 'watched events'],
  },
  {
    name: 'monitoring.changes',
    section: 'monitoring',
    title: '`changes`, page of 50 (through the stored reach; measures stored at first reading)',
    keys: [...latencyKeys, 'bare p50', 'bare p95', 'ratio p95'],
  },
  { name: 'monitoring.exposure', section: 'monitoring', title: '`changes` with the watched subjects’ exposure before/after', keys: latencyKeys },
  { name: 'monitoring.creditFile', section: 'monitoring', title: 'credit-file profile read', keys: ['samples', 'p50', 'p95'] },
];

const watchlistId = 'bench-monitoring';
const listingPrefix = 'bench-mon-';
const pageSize = 50;

const cpuFigures = (cpu: CpuFigures): Record<string, Figure> => ({ 'Neo4j CPU-s': cpu.neo4jCpuSeconds, 'Node CPU-s': cpu.nodeCpuSeconds, 'load avg': cpu.loadAverage });

export async function monitoringRows(dbms: BenchDbms, options: MonitoringBenchOptions): Promise<ResultRow[]> {
  const { graph, pid } = dbms;
  const log = options.log ?? (() => {});
  const specs = monitoringSpecs.filter((spec) => options.wanted(spec.name));
  const [detectSpec, changesSpec, exposureSpec, creditSpec] = monitoringSpecs as [RowSpec, RowSpec, RowSpec, RowSpec];
  if (options.companies.length === 0) return specs.map((spec) => notMeasured(spec, 'no companies in the corpus'));
  const rows: ResultRow[] = [];
  const since = new Date().toISOString();
  const kinds = [null, ['listing_added'], ['abnormal_entry']] as const;
  const pageQuery = (i: number, exposure: boolean): ChangesQuery => ({ watchlist: watchlistId, since, first: pageSize, kinds: kinds[i % kinds.length] ? [...kinds[i % kinds.length]!] : null, exposure });
  try {
    // What the server does when it starts (server/main.ts): plan the inbox's statements once.
    await warmMonitoring(graph, since.slice(0, 10));
    await cleanUp(graph);
    await saveWatchlist(graph, watchlistId, 2);
    // Adding the subjects walks the reach and stores all of it; saving the watchlist again walks it
    // again and writes only what changed, here nothing (graph/monitoring/reach.ts).
    const reachFirstMs = await timed(() => addSubjects(graph, watchlistId, spread(options.companies, options.watched ?? 1_000)));
    const reachMs = await timed(() => saveWatchlist(graph, watchlistId, 2));
    const [reached] = await graph.read<{ n: number }>(`MATCH (:${MonitoringLabel.Watchlist} {id: $id})-[:REACHES]->(r:${MonitoringLabel.Reach}) RETURN count(r) AS n`, { id: watchlistId });
    const importRows = options.importRows ?? 10_000;
    const file = listingsFile(options.companies, importRows);
    log(`monitoring: importing ${importRows} listings with change events`);
    const importWindow = cpuWindow(pid);
    await importFile(graph, { file, format: 'csv-listings' });
    const importCpu = importWindow.stop();
    const [counted] = await graph.read<{ n: number }>(`MATCH (e:${MonitoringLabel.ChangeEvent}) WHERE e.factId STARTS WITH $prefix RETURN count(e) AS n`, { prefix: listingPrefix });
    let watchedEvents = 0;
    const firstPageWindow = cpuWindow(pid);
    const firstPageMs = await timed(async () => {
      watchedEvents = (await changes(graph, pageQuery(0, false))).totalCount;
    });
    const firstPageCpu = firstPageWindow.stop();
    log(`  monitoring.detect: import ${importCpu.wallSeconds.toFixed(1)} s, ${watchedEvents} events reach the watchlist`);
    rows.push(measured(detectSpec, { 'reach first s': reachFirstMs / 1000, 'reach s': reachMs / 1000, reached: Number(reached?.n ?? 0), 'import s': importCpu.wallSeconds, ...cpuFigures(importCpu), events: Number(counted?.n ?? 0), 'first page ms': firstPageMs, 'first page Neo4j CPU-s': firstPageCpu.neo4jCpuSeconds, 'first page Node CPU-s': firstPageCpu.nodeCpuSeconds, 'watched events': watchedEvents }));

    if (options.wanted(changesSpec.name)) {
      for (let i = 0; i < options.warmup; i++) await Promise.all([changes(graph, pageQuery(i, false)), barePage(graph, pageQuery(i, false))]);
      const project: number[] = [];
      const bare: number[] = [];
      const window = cpuWindow(pid);
      for (let i = 0; i < options.samples; i++) {
        // Alternating which goes first, so neither always profits from the other warming the page cache.
        const p = async () => project.push(await timed(() => changes(graph, pageQuery(i, false))));
        const b = async () => bare.push(await timed(() => barePage(graph, pageQuery(i, false))));
        if (i % 2 === 0) await p().then(b);
        else await b().then(p);
      }
      const cpu = window.stop();
      const [own, raw] = [summarize(project), summarize(bare)];
      log(`  monitoring.changes: p50 ${own.p50.toFixed(1)} ms, p95 ${own.p95.toFixed(1)} ms (bare ${raw.p95.toFixed(1)} ms)`);
      rows.push(
        measured(changesSpec, {
          samples: own.samples,
          p50: own.p50,
          p95: own.p95,
          ...cpuFigures(cpu),
          'bare p50': raw.p50,
          'bare p95': raw.p95,
          'ratio p95': ratio(own.p95, raw.p95) ?? 'n/a',
        }, 'CPU-seconds cover both series'),
      );
    }
    if (options.wanted(exposureSpec.name)) {
      // Each sample is seconds of exposure walks: a tenth of the samples says enough.
      const samples = Math.max(3, Math.round(options.samples / 10));
      const durations: number[] = [];
      const window = cpuWindow(pid);
      for (let i = 0; i < samples; i++) durations.push(await timed(() => changes(graph, pageQuery(i, true))));
      const cpu = window.stop();
      const latency = summarize(durations);
      log(`  monitoring.exposure: p50 ${latency.p50.toFixed(0)} ms, p95 ${latency.p95.toFixed(0)} ms`);
      rows.push(measured(exposureSpec, { samples: latency.samples, p50: latency.p50, p95: latency.p95, ...cpuFigures(cpu) }));
    }
  } catch (error) {
    rows.push(...[detectSpec, changesSpec, exposureSpec].filter((spec) => options.wanted(spec.name) && !rows.some((r) => r.name === spec.name)).map((spec) => notMeasured(spec, failure(error), 'error')));
  } finally {
    await cleanUp(graph);
  }
  if (options.wanted(creditSpec.name)) {
    try {
      const durations: number[] = [];
      for (const id of spread(options.companies, options.samples)) durations.push(await timed(() => creditFile(graph, id, '2026-06-30')));
      const latency = summarize(durations);
      rows.push(measured(creditSpec, { samples: latency.samples, p50: latency.p50, p95: latency.p95 }));
    } catch (error) {
      rows.push(notMeasured(creditSpec, failure(error), 'error'));
    }
  }
  return rows;
}

/**
 * The baseline: one statement, written by hand for this page — the watched subjects, the parties
 * within the depth (links in force today), their events since the date, newest first, with the
 * stored measures — through `driver.executeQuery` (no Graph wrapper, no mapping, no counts).
 */
function barePage(graph: Graph, query: ChangesQuery) {
  return graph.driver.executeQuery(
    `MATCH (:${MonitoringLabel.Watchlist} {id: $watchlist})-[:WATCHES]->(w:${MonitoringLabel.WatchedSubject})
     MATCH (s:Node {id: w.id})(()-[r:${watchLinks.join('|')}]-() WHERE (r.from IS NULL OR r.from <= $today) AND (r.until IS NULL OR r.until >= $today)){0,2}(x:Node)
     WITH collect(DISTINCT x.id) AS reached
     MATCH (c:${MonitoringLabel.ChangeEvent}) WHERE c.subjectId IN reached AND c.recordedAt >= $since AND ($kinds IS NULL OR c.kind IN $kinds)
     RETURN c.id, c.kind, c.subjectId, c.factId, c.before, c.after, c.on, c.source, c.recordedAt, c.measuresNowApplying, c.measuresNoLongerApplying
     ORDER BY c.recordedAt DESC, c.id DESC LIMIT toInteger($first)`,
    { watchlist: query.watchlist, today: new Date().toISOString().slice(0, 10), since: query.since, kinds: query.kinds ?? null, first: pageSize },
    { database: graph.database, routing: routing.READ },
  );
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
