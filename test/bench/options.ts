import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../../graph/config.ts';

/** What one `npm run bench` does. */
export interface BenchOptions {
  /** Number of synthetic companies in the query graph. */
  companies: number;
  /** The label the user gave (10k, 100k, 1m), used in folder names and the report. */
  scaleLabel: string;
  seed: number;
  quick: boolean;
  /** Samples per query row (after warm-up). */
  samples: number;
  warmup: number;
  /** Row-name prefixes to run; empty = all. */
  only: string[];
  loadTest: boolean;
  /** Where the JSON report goes. */
  outDir: string;
  /** Folder holding the bench DBMSs' data (query graph per scale+seed, scratch load databases). */
  dataRoot: string;
  /** Seconds per autocannon run of the GraphQL section. */
  httpSeconds: number;
  /** Also run the monitoring rows (issue 16): they import 10k listings with change events into the query graph, then remove them. */
  monitoring: boolean;
}

export const scales: Record<string, number> = { '1k': 1_000, '2k': 2_000, '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };

export const usage = `npm run bench -- [--scale 10k|100k|1m] [--seed 42] [--quick] [--only load,query,graphql,frontend,...]
                    [--samples 200] [--load-test] [--monitoring] [--out bench-results] [--data-dir .data]
  --scale      synthetic companies in the query graph (also 1k, for the test suite, and 2k, the demo's size); default 100k, 10k with --quick
  --seed       generator seed (the graph is built once per scale+seed and reused from .data/bench-<scale>-s<seed>/)
  --quick      few samples, short HTTP runs, no load test (keeps the code from rotting; not for figures)
  --only       comma-separated row-name prefixes, e.g. --only query.trace,graphql
  --samples    measured samples per query row (default 200; 20 with --quick)
  --load-test  also run the 64-client, 60 s mixed-workload load test (ignored with --quick)
  --monitoring also run the monitoring rows (a 10k-row listings import with change events, \`changes\`,
               watchlist exposure, credit file); what they write is removed at the end
  --out        folder for the JSON report (default bench-results/)
  --data-dir   folder for the bench databases (default .data/; the test suite uses a temporary one)`;

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string' },
      seed: { type: 'string', default: '42' },
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      samples: { type: 'string' },
      'load-test': { type: 'boolean', default: false },
      monitoring: { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench-results' },
      'data-dir': { type: 'string', default: path.join(repoRoot, '.data') },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) throw new UsageError(usage);
  const quick = values.quick;
  const scaleLabel = (values.scale ?? (quick ? '10k' : '100k')).toLowerCase();
  const companies = scales[scaleLabel];
  if (companies === undefined) throw new UsageError(`--scale must be one of ${Object.keys(scales).join(', ')}, got '${values.scale}'`);
  const seed = wholeNumber('--seed', values.seed);
  const samples = values.samples === undefined ? (quick ? 20 : 200) : wholeNumber('--samples', values.samples);
  if (samples < 1) throw new UsageError('--samples must be at least 1');
  return {
    companies,
    scaleLabel,
    seed,
    quick,
    samples,
    warmup: quick ? 5 : Math.max(20, Math.round(samples / 5)),
    only: values.only ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : [],
    loadTest: values['load-test'] && !quick,
    outDir: values.out,
    dataRoot: path.resolve(values['data-dir']),
    httpSeconds: quick ? 3 : 10,
    monitoring: values.monitoring,
  };
}

function wholeNumber(flag: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${flag} must be a whole number, got '${raw}'`);
  return n;
}

export class UsageError extends Error {}

/** Whether a row (e.g. `query.trace`) is selected by --only. */
export function selected(options: Pick<BenchOptions, 'only'>, rowName: string): boolean {
  return options.only.length === 0 || options.only.some((prefix) => rowName.startsWith(prefix));
}
