import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Graph } from '../../graph/driver.ts';
import { createServer } from '../../server/app.ts';
import type { Corpus } from './corpus.ts';
import { graphqlLoad } from './httpLoad.ts';
import { RecordingGraph, type Statement } from './measure.ts';
import { processCpuSeconds } from './cpu.ts';
import { operations, type Operation } from './operations.ts';
import type { BenchOptions } from './options.ts';
import type { SubjectPools } from './pools.ts';
import { failure, measured, notMeasured, type ResultRow, type RowSpec } from './report.ts';
import { postGraphql, startServerProcess, type ServerProcess } from './server.ts';
import { ratio, summarize, timed } from './stats.ts';
import type { GraphqlRequest } from './httpLoad.ts';

export const concurrencyKeys = ['clients', 'requests', 'req/s', 'p50', 'p95', 'p99', 'errors', 'server RSS MiB'] as const;
export const ratioKeys = [
  'samples',
  'statements',
  'rounds',
  'p50',
  'p95',
  'bare p50',
  'bare p95',
  'one-round p50',
  'one-round p95',
  'ratio p50',
  'ratio p95',
  'ratio one-round p50',
  'API CPU ms/req',
  'bare CPU ms/req',
  'Neo4j CPU ms/req',
  'load avg',
] as const;
export const concurrencies = [1, 8, 32];
const ratioOperations = [operations.profile, operations.neighbourhood];

const concurrencySpec = (clients: number): RowSpec => ({
  name: `graphql.c${clients}`,
  section: 'graphql',
  title: `profile query, ${clients} client${clients > 1 ? 's' : ''}`,
  keys: concurrencyKeys,
});
const ratioSpec = (operation: Operation): RowSpec => ({
  name: `graphql.ratio.${operation.name}`,
  section: 'graphql',
  title: `${operation.name}: GraphQL vs a bare node:http server, same statements (1 client)`,
  keys: ratioKeys,
});

export function graphqlSpecs(): RowSpec[] {
  return [...concurrencies.map(concurrencySpec), ...ratioOperations.map(ratioSpec)];
}
/** Issue 15's target for GraphQL over the bare-HTTP baseline (explorer operations, p50). */
export const ratioTarget = 1.1;

/** The statements the API sends for each request, captured on an in-process server over a recording Graph. */
async function captureStatements(graph: Graph, requests: readonly GraphqlRequest[]): Promise<Statement[][]> {
  const recorder = new RecordingGraph(graph);
  const server = await createServer({ graph: recorder, log: () => {} });
  const url = await server.start(0, '127.0.0.1');
  try {
    const captured: Statement[][] = [];
    for (const request of requests) {
      recorder.statements = [];
      const body = await postGraphql(url, request);
      if (body.errors?.length) throw new Error(`GraphQL error: ${body.errors[0]!.message}`);
      captured.push(recorder.statements);
    }
    return captured;
  } finally {
    await server.stop();
  }
}

/**
 * One client, sequential, three servers in their own processes on the same DBMS: the API, a bare
 * node:http server running the statements the API sent for that request in the same rounds, and the
 * bare server running them all in one round. Alternating order; CPU of each server process per request.
 */
async function ratioRow(corpus: Corpus, server: ServerProcess, operation: Operation, pools: SubjectPools, options: BenchOptions): Promise<ResultRow> {
  const graph = corpus.dbms.graph;
  const spec = ratioSpec(operation);
  const make = operation.request;
  const samples = Math.max(20, Math.round(options.samples / 2));
  const requests = Array.from({ length: samples }, () => make(pools));
  const warmup = Array.from({ length: options.warmup }, () => make(pools));
  const statements = await captureStatements(graph, requests);
  const file = path.join(os.tmpdir(), `scs-bench-bare-${process.pid}-${operation.name}.jsonl`);
  fs.writeFileSync(file, statements.map((s) => JSON.stringify(s)).join('\n'));
  const bare = await startServerProcess(graph, { statementsFile: file });
  try {
    for (const request of warmup) await postGraphql(server.url, request);
    for (let i = 0; i < Math.min(options.warmup, samples); i++) await fetchOk(`${bare.url}/rounds/${i}`);
    const series = { api: [] as number[], rounds: [] as number[], one: [] as number[] };
    const cpu = { api: 0, bare: 0 };
    const neo4jBefore = processCpuSeconds(corpus.dbms.pid);
    for (const [i, request] of requests.entries()) {
      const runs: Array<[keyof typeof series, () => Promise<unknown>, ServerProcess]> = [
        ['api', () => postGraphql(server.url, request), server],
        ['rounds', () => fetchOk(`${bare.url}/rounds/${i}`), bare],
        ['one', () => fetchOk(`${bare.url}/one/${i}`), bare],
      ];
      for (let k = 0; k < runs.length; k++) {
        const [name, work, process_] = runs[(i + k) % runs.length]!;
        const before = processCpuSeconds(process_.pid);
        series[name].push(await timed(work));
        cpu[name === 'api' ? 'api' : 'bare'] += processCpuSeconds(process_.pid) - before;
      }
    }
    const neo4jCpu = processCpuSeconds(corpus.dbms.pid) - neo4jBefore;
    const [a, r, o] = [summarize(series.api), summarize(series.rounds), summarize(series.one)];
    const count = (s: Statement[]) => s.length;
    const rounds = (s: Statement[]) => new Set(s.map((st) => st.wave)).size;
    const mean = (f: (s: Statement[]) => number) => statements.reduce((n, s) => n + f(s), 0) / statements.length;
    return measured(
      spec,
      {
        samples: a.samples,
        statements: mean(count),
        rounds: mean(rounds),
        p50: a.p50,
        p95: a.p95,
        'bare p50': r.p50,
        'bare p95': r.p95,
        'one-round p50': o.p50,
        'one-round p95': o.p95,
        'ratio p50': ratio(a.p50, r.p50) ?? 'n/a',
        'ratio p95': ratio(a.p95, r.p95) ?? 'n/a',
        'ratio one-round p50': ratio(a.p50, o.p50) ?? 'n/a',
        'API CPU ms/req': (cpu.api * 1000) / samples,
        'bare CPU ms/req': (cpu.bare * 1000) / (2 * samples),
        'Neo4j CPU ms/req': (neo4jCpu * 1000) / (3 * samples),
        'load avg': os.loadavg()[0]!,
      },
      `target ≤ ${ratioTarget} of the bare server; CPU from /proc (10 ms ticks, so per-request figures are means over all samples)`,
    );
  } finally {
    await bare.stop();
    fs.rmSync(file, { force: true });
  }
}

async function fetchOk(url: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`bare server: ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
}

/** GraphQL over loopback HTTP: throughput at 1, 8, 32 clients (profile queries), and the API/raw ratios. */
export async function graphqlRows(corpus: Corpus, pools: SubjectPools, options: BenchOptions, wanted: (name: string) => boolean, log: (line: string) => void): Promise<ResultRow[]> {
  if (!graphqlSpecs().some((spec) => wanted(spec.name))) return [];
  const profile = operations.profile.request;
  const rows: ResultRow[] = [];
  log('bench: GraphQL over HTTP');
  const server = await startServerProcess(corpus.dbms.graph);
  try {
    for (const clients of concurrencies) {
      const spec = concurrencySpec(clients);
      if (!wanted(spec.name)) continue;
      const load = await graphqlLoad({ url: server.url, connections: clients, seconds: options.httpSeconds, next: () => ({ operation: 'profile', body: profile(pools) }), rssMiB: server.rssMiB });
      log(`  ${spec.name}: ${load.requestsPerSec.toFixed(0)} req/s, p95 ${load.p95?.toFixed(1)} ms, ${load.errors} errors`);
      rows.push(
        measured(spec, {
          clients,
          requests: load.requests,
          'req/s': load.requestsPerSec,
          p50: load.p50 ?? 'n/a',
          p95: load.p95 ?? 'n/a',
          p99: load.p99 ?? 'n/a',
          errors: load.errors,
          'server RSS MiB': load.peakRssMiB ?? 'n/a',
        }),
      );
    }
    for (const operation of ratioOperations) {
      if (!wanted(ratioSpec(operation).name)) continue;
      try {
        rows.push(await ratioRow(corpus, server, operation, pools, options));
      } catch (error) {
        rows.push(notMeasured(ratioSpec(operation), failure(error), 'error'));
      }
    }
  } finally {
    await server.stop();
  }
  return rows;
}

