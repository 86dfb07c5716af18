import type { Corpus } from './corpus.ts';
import { graphqlLoad } from './httpLoad.ts';
import { operations, type Operation } from './operations.ts';
import type { BenchOptions } from './options.ts';
import type { SubjectPools } from './pools.ts';
import { measured, notMeasured, type ResultRow, type RowSpec } from './report.ts';
import { startServerProcess } from './server.ts';

export const loadTestClients = 64;
export const loadTestSeconds = 60;

export function loadTestSpecs(): RowSpec[] {
  return [
    {
      name: 'loadtest.mixed',
      section: 'loadtest',
      title: `${loadTestClients} clients × ${loadTestSeconds} s, analyst mix`,
      keys: ['clients', 'seconds', 'requests', 'req/s', 'p50', 'p95', 'p99', 'errors', 'RSS before MiB', 'RSS after MiB', 'peak RSS MiB'],
    },
  ];
}

/**
 * The analyst mix (issue 10 item 6): mostly look-ups and search, then neighbourhoods, traces,
 * exposure and ownership — weights, not a schedule; each request draws its operation and subject.
 */
const mix: Array<[Operation, number]> = [
  [operations.search, 30],
  [operations.profile, 25],
  [operations.neighbourhood, 20],
  [operations.trace, 10],
  [operations.exposure, 10],
  [operations.ownership, 5],
];

/** 64 clients for 60 s on the mixed workload against the server process; loopback only. */
export async function loadTestRows(corpus: Corpus, pools: SubjectPools, options: BenchOptions, wanted: (name: string) => boolean, log: (line: string) => void): Promise<ResultRow[]> {
  const spec = loadTestSpecs()[0]!;
  if (!wanted(spec.name)) return [];
  if (!options.loadTest) return [notMeasured(spec, options.quick ? 'not in --quick' : 'run with --load-test')];
  const total = mix.reduce((sum, [, weight]) => sum + weight, 0);
  const next = () => {
    let roll = pools.random.next() * total;
    for (const [operation, weight] of mix) if ((roll -= weight) < 0) return operation.request(pools);
    return mix[0]![0].request(pools);
  };

  log(`bench: load test, ${loadTestClients} clients for ${loadTestSeconds} s`);
  const server = await startServerProcess(corpus.dbms.graph);
  try {
    // A short warm-up so "before" is the RSS of a server that has served, not of a cold one.
    await graphqlLoad({ url: server.url, connections: 4, seconds: 5, next, rssMiB: server.rssMiB });
    const before = server.rssMiB();
    const load = await graphqlLoad({ url: server.url, connections: loadTestClients, seconds: loadTestSeconds, next, rssMiB: server.rssMiB });
    // Let the GC settle before reading "after": growth that survives it is what a leak looks like.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const after = server.rssMiB();
    log(`  ${load.requestsPerSec.toFixed(0)} req/s, p95 ${load.p95?.toFixed(0)} ms, ${load.errors} errors, RSS ${before?.toFixed(0)} → ${after?.toFixed(0)} MiB`);
    return [
      measured(
        spec,
        {
          clients: loadTestClients,
          seconds: loadTestSeconds,
          requests: load.requests,
          'req/s': load.requestsPerSec,
          p50: load.p50 ?? 'n/a',
          p95: load.p95 ?? 'n/a',
          p99: load.p99 ?? 'n/a',
          errors: load.errors,
          'RSS before MiB': before ?? 'n/a',
          'RSS after MiB': after ?? 'n/a',
          'peak RSS MiB': load.peakRssMiB ?? 'n/a',
        },
      ),
    ];
  } finally {
    await server.stop();
  }
}
