/**
 * `node --import tsx test/bench/profile.ts --scale 100k --row query.trace [--subjects 3] [--top 5] [--slowest-of 200]`
 *
 * Runs PROFILE on exactly the statements a query row's capability sends (recorded as the bench does)
 * for a few of the bench's own subjects, on the bench's query graph (built by a bench run first), and
 * prints each statement's db hits, rows and time with its costliest operators — the evidence behind
 * BENCHMARKS.md's "why it misses" notes. `--slowest-of N` times N drawn subjects first and profiles
 * the slowest ones: the p95 tail, not the typical case.
 */
import { parseArgs } from 'node:util';
import { routing } from 'neo4j-driver';
import type { ProfiledPlan } from 'neo4j-driver';
import { openCorpus } from './corpus.ts';
import { recordStatements } from './measure.ts';
import { parseOptions } from './options.ts';
import { draw, subjectPools } from './pools.ts';
import { queryCases } from './queries.ts';
import { timed } from './stats.ts';

interface OperatorCost {
  operator: string;
  details: string;
  dbHits: number;
  rows: number;
}

function operators(plan: ProfiledPlan, into: OperatorCost[] = []): OperatorCost[] {
  into.push({ operator: plan.operatorType, details: String(plan.arguments.Details ?? '').slice(0, 140), dbHits: plan.dbHits, rows: plan.rows });
  for (const child of plan.children) operators(child, into);
  return into;
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    scale: { type: 'string', default: '100k' },
    seed: { type: 'string', default: '42' },
    'data-dir': { type: 'string' },
    row: { type: 'string' },
    subjects: { type: 'string', default: '3' },
    top: { type: 'string', default: '5' },
    'slowest-of': { type: 'string' },
  },
  strict: true,
});
const options = parseOptions(['--scale', values.scale!, '--seed', values.seed!, ...(values['data-dir'] ? ['--data-dir', values['data-dir']] : [])]);
const wanted = queryCases().find((c) => c.name === values.row);
if (!wanted || typeof wanted.capability === 'string') {
  console.error(`--row must be one of: ${queryCases().map((c) => c.name).join(', ')}`);
  process.exit(2);
}
const capability = wanted.capability;
const { corpus } = await openCorpus(options, undefined, log);
const graph = corpus.dbms.graph;
try {
  const pools = await subjectPools(graph, options.seed);
  let subjects = draw(wanted.subjects(pools), Number(values.subjects), pools.random);
  if (values['slowest-of']) {
    const timedSubjects = [];
    // Warm plans and page cache first, so the slowest are slow for their data, not for a cold start.
    for (const subject of draw(wanted.subjects(pools), 20, pools.random)) await capability(graph, subject, pools);
    for (const subject of draw(wanted.subjects(pools), Number(values['slowest-of']), pools.random)) {
      timedSubjects.push({ subject, ms: await timed(() => capability(graph, subject, pools)) });
    }
    timedSubjects.sort((a, b) => b.ms - a.ms);
    console.log(`slowest of ${timedSubjects.length}: ${timedSubjects.slice(0, Number(values.subjects)).map((t) => t.ms.toFixed(0)).join(', ')} ms`);
    subjects = timedSubjects.slice(0, Number(values.subjects)).map((t) => t.subject);
  }
  for (const subject of subjects) {
    const label = typeof subject === 'string' ? subject : JSON.stringify(subject).slice(0, 80);
    console.log(`\n## ${wanted.name} — ${label}`);
    const statements = await recordStatements(graph, (g) => capability(g, subject, pools));
    let total = 0;
    for (const [i, { cypher, params }] of statements.entries()) {
      const result = await graph.driver.executeQuery(`PROFILE ${cypher}`, params, { database: graph.database, routing: routing.READ });
      const plan = result.summary.profile;
      if (!plan) continue;
      const costs = operators(plan);
      const hits = costs.reduce((sum, op) => sum + op.dbHits, 0);
      total += hits;
      const ms = (result.summary.resultAvailableAfter?.toNumber?.() ?? Number(result.summary.resultAvailableAfter)) + (result.summary.resultConsumedAfter?.toNumber?.() ?? Number(result.summary.resultConsumedAfter));
      console.log(`statement ${i + 1}/${statements.length}: ${hits} db hits, ${result.records.length} rows, ${ms} ms — ${cypher.trim().split('\n')[0]!.slice(0, 100)}`);
      for (const op of costs.sort((a, b) => b.dbHits - a.dbHits).slice(0, Number(values.top))) {
        console.log(`    ${String(op.dbHits).padStart(9)} hits ${String(op.rows).padStart(7)} rows  ${op.operator}  ${op.details}`);
      }
    }
    console.log(`total: ${total} db hits over ${statements.length} statements`);
  }
} finally {
  await graph.close();
}
