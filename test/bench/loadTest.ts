import type { Corpus } from './corpus.ts';
import { graphqlLoad, type LabelledRequest } from './httpLoad.ts';
import { operations, type Operation } from './operations.ts';
import type { BenchOptions } from './options.ts';
import type { SubjectPools } from './pools.ts';
import { measured, notMeasured, type ResultRow, type RowSpec } from './report.ts';
import { startServerProcess } from './server.ts';

export const loadTestClients = 64;
export const loadTestSeconds = 60;

const mixedSpec: RowSpec = {
  name: 'loadtest.mixed',
  section: 'loadtest',
  title: `${loadTestClients} clients × ${loadTestSeconds} s, analyst mix`,
  keys: ['clients', 'seconds', 'requests', 'req/s', 'p50', 'p95', 'p99', 'errors', 'RSS before MiB', 'RSS after MiB', 'peak RSS MiB'],
};

/** One row per operation of the mix: which of them make the tail. */
const operationSpec = (operation: Operation): RowSpec => ({
  name: `loadtest.mixed.${operation.name}`,
  section: 'loadtest',
  title: `… of which ${operation.name}`,
  keys: ['requests', 'p50', 'p95', 'p99', 'errors', 'share of the slowest 1 %'],
});

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

export function loadTestSpecs(): RowSpec[] {
  return [mixedSpec, ...mix.map(([operation]) => operationSpec(operation))];
}

/** 64 clients for 60 s on the mixed workload against the server process; loopback only. */
export async function loadTestRows(corpus: Corpus, pools: SubjectPools, options: BenchOptions, wanted: (name: string) => boolean, log: (line: string) => void): Promise<ResultRow[]> {
  const spec = mixedSpec;
  if (!wanted(spec.name)) return [];
  if (!options.loadTest) return loadTestSpecs().map((row) => notMeasured(row, options.quick ? 'not in --quick' : 'run with --load-test'));
  const total = mix.reduce((sum, [, weight]) => sum + weight, 0);
  const labelled = (operation: Operation): LabelledRequest => ({ operation: operation.name, body: operation.request(pools) });
  const next = () => {
    let roll = pools.random.next() * total;
    for (const [operation, weight] of mix) if ((roll -= weight) < 0) return labelled(operation);
    return labelled(mix[0]![0]);
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
      ...mix.map(([operation]) => {
        const own = load.byOperation[operation.name];
        return measured(operationSpec(operation), {
          requests: own?.requests ?? 0,
          p50: own?.p50 ?? 'n/a',
          p95: own?.p95 ?? 'n/a',
          p99: own?.p99 ?? 'n/a',
          errors: own?.errors ?? 0,
          'share of the slowest 1 %': own?.slowestShare ?? 0,
        });
      }),
    ];
  } finally {
    await server.stop();
  }
}
