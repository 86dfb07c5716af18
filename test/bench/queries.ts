import type { Graph } from '../../graph/driver.ts';
import { exposure } from '../../graph/exposure/exposure.ts';
import { ultimateOwners } from '../../graph/ownership/ultimateOwners.ts';
import { paths } from '../../graph/paths/paths.ts';
import { activeListKinds } from '../../graph/queries/listingFlags.ts';
import { neighborhood } from '../../graph/queries/neighborhood.ts';
import { nodesById } from '../../graph/queries/nodes.ts';
import { relatedPages } from '../../graph/queries/related.ts';
import { relations, type RelationName } from '../../graph/queries/relations.ts';
import { searchNames } from '../../graph/queries/search.ts';
import { screenRows } from '../../graph/screening/screen.ts';
import type { SubjectInput } from '../../graph/screening/resolveSubjects.ts';
import { sanctionTrace } from '../../graph/trace/sanctionTrace.ts';
import { cpuWindow } from './cpu.ts';
import { measurePaired, type Paired } from './measure.ts';
import type { BenchOptions } from './options.ts';
import { draw, type SubjectPools } from './pools.ts';
import { failure, measured, notMeasured, type Figure, type ResultRow, type RowSpec } from './report.ts';
import { setBasedScreening } from './screeningBaseline.ts';
import { ratio, timed } from './stats.ts';

/**
 * One query row: a project capability called on subjects drawn from the corpus. The baseline is
 * derived, not written: the statements the capability sent are replayed through the bare driver.
 */
export interface QueryCase<S = unknown> {
  name: string;
  title: string;
  /** The capability, or why it cannot be measured (never a stand-in). */
  capability: ((graph: Graph, subject: S, pools: SubjectPools) => Promise<unknown>) | string;
  /** Candidate subjects; an empty pool makes the row n/a. */
  subjects: (pools: SubjectPools) => readonly S[];
  /** Set when one subject is a batch of this many rows (screening): fewer samples, and rows/s. */
  batchRows?: number;
}


/** Erases the subject type once the case is checked against it. */
const queryCase = <S>(c: QueryCase<S>): QueryCase => c as unknown as QueryCase;
const companyIds = (p: SubjectPools) => p.companies.map((c) => c.id);

/**
 * A company profile as the graph layer serves it to the API: the node, its active list kinds and
 * one page of each relation the explorer's profile panel shows (web/src/api/operations.graphql,
 * NodeProfile), fetched concurrently as the resolvers' DataLoaders do.
 */
const profilePages: Array<[RelationName, number]> = [
  ['legalRepresentatives', 1],
  ['officers', 100],
  ['shareholders', 100],
  ['holdings', 100],
  ['branches', 100],
  ['headOffice', 1],
  ['listings', 100],
  ['grades', 50],
];
async function companyProfile(graph: Graph, id: string, asOf: string): Promise<unknown> {
  return Promise.all([
    nodesById(graph, [id]),
    activeListKinds(graph, [id], asOf),
    ...profilePages.map(([name, limit]) => relatedPages(graph, relations[name], [id], { asOf, offset: 0, limit })),
  ]);
}

const exposureOf = (maxHops: number) => (graph: Graph, id: string, pools: SubjectPools) => exposure(graph, id, { asOf: pools.asOf, maxHops });

/**
 * Batches as a compliance team uploads them: mostly USCCs, a quarter by exact name, and a few
 * misspelt names that resolve to nothing. Four different batches, drawn once.
 */
function screeningBatches(pools: SubjectPools): SubjectInput[][] {
  return Array.from({ length: 4 }, () =>
    Array.from({ length: screeningBatch }, () => {
      const company = pools.random.pick(pools.companies);
      const roll = pools.random.next();
      if (roll < 0.7) return { uscc: company.id };
      if (roll < 0.95) return { name: company.name };
      return { name: `${company.name}分号` };
    }),
  );
}

/** The API's defaults for a neighbourhood (server/resolvers/analyst.ts). */
const neighbourhoodOf = (hops: number) => (graph: Graph, id: string, pools: SubjectPools) =>
  neighborhood(graph, { id, hops, limit: 200, perNode: 50, skip: 0, asOf: pools.asOf });
export const screeningBatch = 1_000;

export function queryCases(): QueryCase[] {
  return [
    queryCase<string>({ name: 'query.uscc', title: 'company by USCC', capability: (graph, uscc) => nodesById(graph, [uscc]), subjects: companyIds }),
    queryCase<string>({
      name: 'query.search',
      title: 'full-text name search (2–3 characters of a name)',
      capability: (graph, text) => searchNames(graph, { text, limit: 20 }),
      subjects: (p) => p.searchTexts,
    }),
    queryCase<string>({ name: 'query.profile', title: 'company profile', capability: (graph, id, p) => companyProfile(graph, id, p.asOf), subjects: companyIds }),
    queryCase<string>({ name: 'query.neighbourhood.1', title: 'neighbourhood, 1 hop', capability: neighbourhoodOf(1), subjects: companyIds }),
    queryCase<string>({ name: 'query.neighbourhood.2', title: 'neighbourhood, 2 hops', capability: neighbourhoodOf(2), subjects: companyIds }),
    queryCase<string>({
      name: 'query.trace',
      title: 'sanction trace',
      capability: (graph, subjectId, pools) => sanctionTrace(graph, subjectId, pools.asOf),
      subjects: (p) => p.listed,
    }),
    queryCase<string>({ name: 'query.exposure.2', title: 'exposure, 2 hops', capability: exposureOf(2), subjects: companyIds }),
    queryCase<string>({ name: 'query.exposure.3', title: 'exposure, 3 hops', capability: exposureOf(3), subjects: companyIds }),
    queryCase<string>({
      name: 'query.ownership',
      title: 'integrated ownership (ultimate owners)',
      capability: (graph, companyId, pools) => ultimateOwners(graph, companyId, { asOf: pools.asOf }),
      subjects: (p) => p.held,
    }),
    queryCase<[string, string]>({
      name: 'query.paths',
      title: 'paths between an owner and a company 2–3 holdings below',
      capability: (graph, [from, to], p) => paths(graph, from, to, { asOf: p.asOf }),
      subjects: (p) => p.ownerPairs,
    }),
    queryCase<SubjectInput[]>({
      name: 'query.screening',
      title: `screening, ${screeningBatch.toLocaleString('en-US')} rows (2 hops)`,
      capability: (graph, rows, p) => screenRows(graph, rows, { asOf: p.asOf }),
      subjects: screeningBatches,
      batchRows: screeningBatch,
    }),
  ];
}

// CPU per call: the mean over every project and raw call of the row's window (they alternate), beside the wall times.
export const queryKeys = ['samples', 'p50', 'p95', 'p99', 'raw p50', 'raw p95', 'raw p99', 'ratio p50', 'ratio p95', 'stmts/call', 'Neo4j CPU ms/call', 'Node CPU ms/call', 'load avg'] as const;
const batchKeys = [...queryKeys, 'rows/s', 'raw rows/s', 'set-based rows/s', 'ratio set-based'] as const;

const specOf = (c: QueryCase): RowSpec => ({ name: c.name, section: 'query', title: c.title, keys: c.batchRows ? batchKeys : queryKeys });

export function querySpecs(): RowSpec[] {
  return queryCases().map(specOf);
}

export function pairedFigures(paired: Paired): Record<string, Figure> {
  return {
    samples: paired.project.samples,
    p50: paired.project.p50,
    p95: paired.project.p95,
    p99: paired.project.p99,
    'raw p50': paired.raw.p50,
    'raw p95': paired.raw.p95,
    'raw p99': paired.raw.p99,
    'ratio p50': ratio(paired.project.p50, paired.raw.p50) ?? 'n/a',
    'ratio p95': ratio(paired.project.p95, paired.raw.p95) ?? 'n/a',
    'stmts/call': paired.statementsPerCall,
  };
}

/** p50/p95/p99 per capability over `samples` random subjects after warm-up, beside the raw replay. */
export async function queryRows(graph: Graph, pools: SubjectPools, options: BenchOptions, wanted: (name: string) => boolean, log: (line: string) => void): Promise<ResultRow[]> {
  const rows: ResultRow[] = [];
  for (const c of queryCases()) {
    if (!wanted(c.name)) continue;
    const spec = specOf(c);
    if (typeof c.capability === 'string') {
      rows.push(notMeasured(spec, c.capability));
      continue;
    }
    const pool = c.subjects(pools);
    if (pool.length === 0) {
      rows.push(notMeasured(spec, 'the corpus has no subjects for it'));
      continue;
    }
    const capability = c.capability;
    // A batch is a thousand subjects, each screened with its exposure: three batches say enough.
    const samples = c.batchRows ? 3 : options.samples;
    const warmup = c.batchRows ? 1 : options.warmup;
    try {
      const warm = draw(pool, warmup, pools.random);
      const measuredSubjects = draw(pool, samples, pools.random);
      const window = cpuWindow(graph.embeddedInfo?.pid);
      const paired = await measurePaired(graph, (g, subject) => capability(g, subject, pools), { warmup: warm, measured: measuredSubjects });
      const cpu = window.stop();
      // Every call in the window: the recording pass (project), the warm-up pairs and the measured pairs.
      const calls = 3 * measuredSubjects.length + 2 * warm.length;
      const figures: Record<string, Figure> = {
        ...pairedFigures(paired),
        'Neo4j CPU ms/call': graph.embeddedInfo ? (cpu.neo4jCpuSeconds * 1000) / calls : 'n/a',
        'Node CPU ms/call': (cpu.nodeCpuSeconds * 1000) / calls,
        'load avg': cpu.loadAverage,
      };
      if (c.batchRows) {
        figures['rows/s'] = (c.batchRows * 1000) / paired.project.mean;
        figures['raw rows/s'] = (c.batchRows * 1000) / paired.raw.mean;
        // The honest baseline: one set-based statement per batch (never the project's statements replayed).
        const batches = draw(pool, samples, pools.random) as SubjectInput[][];
        const setMs: number[] = [];
        for (const batch of batches) setMs.push(await timed(() => setBasedScreening(graph, batch, pools.asOf)));
        const setRowsPerSecond = (c.batchRows * 1000) / (setMs.reduce((a, b) => a + b, 0) / setMs.length);
        figures['set-based rows/s'] = setRowsPerSecond;
        figures['ratio set-based'] = figures['rows/s'] / setRowsPerSecond;
      }
      log(`  ${c.name}: p50 ${paired.project.p50.toFixed(1)} ms, p95 ${paired.project.p95.toFixed(1)} ms (raw ${paired.raw.p95.toFixed(1)} ms)`);
      rows.push(measured(spec, figures));
    } catch (error) {
      rows.push(notMeasured(spec, failure(error), 'error'));
    }
  }
  return rows;
}
