import type { Graph } from '../../graph/driver.ts';
import { createServer } from '../../server/app.ts';
import type { Corpus } from './corpus.ts';
import { graphqlLoad } from './httpLoad.ts';
import { RecordingGraph, replayRaw, type Statement } from './measure.ts';
import { operations, type Operation } from './operations.ts';
import type { BenchOptions } from './options.ts';
import type { SubjectPools } from './pools.ts';
import { failure, measured, notMeasured, type ResultRow, type RowSpec } from './report.ts';
import { postGraphql, startServerProcess, type ServerProcess } from './server.ts';
import { ratio, summarize, timed } from './stats.ts';
import type { GraphqlRequest } from './httpLoad.ts';

export const concurrencyKeys = ['clients', 'requests', 'req/s', 'p50', 'p95', 'p99', 'errors', 'server RSS MiB'] as const;
export const ratioKeys = ['samples', 'p50', 'p95', 'raw p50', 'raw p95', 'ratio p50', 'ratio p95'] as const;
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
  title: `${operation.name}: GraphQL vs raw driver (1 client)`,
  keys: ratioKeys,
});

export function graphqlSpecs(): RowSpec[] {
  return [...concurrencies.map(concurrencySpec), ...ratioOperations.map(ratioSpec)];
}
/** Issue 4's target for GraphQL over the raw driver. */
export const ratioTarget = 1.15;

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
 * One client, sequential: the operation over HTTP against the server process, beside the statements
 * its resolvers sent replayed through the bare driver (issue 4's ratio).
 */
async function ratioRow(graph: Graph, server: ServerProcess, operation: Operation, pools: SubjectPools, options: BenchOptions): Promise<ResultRow> {
  const spec = ratioSpec(operation);
  const make = operation.request;
  const samples = Math.max(20, Math.round(options.samples / 2));
  const requests = Array.from({ length: samples }, () => make(pools));
  const warmup = Array.from({ length: options.warmup }, () => make(pools));
  const statements = await captureStatements(graph, requests);
  for (const request of warmup) await postGraphql(server.url, request);
  const viaApi: number[] = [];
  const raw: number[] = [];
  for (const [i, request] of requests.entries()) {
    const api = () => postGraphql(server.url, request);
    const bare = () => replayRaw(graph, statements[i]!);
    if (i % 2 === 0) {
      viaApi.push(await timed(api));
      raw.push(await timed(bare));
    } else {
      raw.push(await timed(bare));
      viaApi.push(await timed(api));
    }
  }
  const a = summarize(viaApi);
  const r = summarize(raw);
  const ratio50 = ratio(a.p50, r.p50);
  const perRequest = statements.reduce((n, s) => n + s.length, 0) / statements.length;
  return measured(
    spec,
    { samples: a.samples, p50: a.p50, p95: a.p95, 'raw p50': r.p50, 'raw p95': r.p95, 'ratio p50': ratio50 ?? 'n/a', 'ratio p95': ratio(a.p95, r.p95) ?? 'n/a' },
    `target ≤ ${ratioTarget}; ${perRequest.toFixed(1)} statements/request`,
  );
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
      const load = await graphqlLoad({ url: server.url, connections: clients, seconds: options.httpSeconds, next: () => profile(pools), rssMiB: server.rssMiB });
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
        rows.push(await ratioRow(corpus.dbms.graph, server, operation, pools, options));
      } catch (error) {
        rows.push(notMeasured(ratioSpec(operation), failure(error), 'error'));
      }
    }
  } finally {
    await server.stop();
  }
  return rows;
}

