import type { GraphConfig } from '../graph/config.ts';
import { connectGraph, type Graph } from '../graph/driver.ts';
import { canBulkBuild } from '../graph/load/bulk/bulkBuild.ts';
import { reportTotals } from '../graph/load/index.ts';
import { readLoadState } from '../graph/load/loadState.ts';
import { bulkSeed } from './synthetic/bulk.ts';
import { loadReferenceData } from './reference/load.ts';
import { corpusBatchCount } from './synthetic/generator.ts';
import { corpusCheckpointKey, loadSyntheticCorpus } from './synthetic/load.ts';

/** The demo corpus the start command (and every test run) loads into an empty database. */
export const demoCorpus = { companies: 2_000, seed: 2015 } as const;

/**
 * Connects to the configured Neo4j; an empty local database is first built in bulk with the
 * reference graph and the demo corpus (then `loadDefaultDataIfEmpty` finds them there).
 */
export async function connectWithDefaultData(config: GraphConfig, options: { log?: (line: string) => void } = {}): Promise<Graph> {
  if (!canBulkBuild(config)) return connectGraph(config, options);
  const log = options.log ?? (() => {});
  log(`scs-graph: empty local database: building the reference graph and the demo corpus in bulk…`);
  const { graph, timings } = await bulkSeed(config, demoCorpus, { log });
  log(`scs-graph: demo data built in ${timings.totalSeconds.toFixed(1)} s`);
  return graph;
}

/**
 * Loads the reference graph and the demo corpus (with the demo story) when the database has no
 * Agency yet; otherwise does nothing. Safe to call at every start: an interrupted first load is
 * finished by the next call (the corpus loader resumes from its checkpoint).
 */
export async function loadDefaultDataIfEmpty(
  graph: Graph,
  options: { log?: (line: string) => void } = {},
): Promise<{ loaded: boolean; summary: string }> {
  const log = options.log ?? (() => {});
  const state = await readLoadState(graph, corpusCheckpointKey(demoCorpus), corpusBatchCount(demoCorpus) - 1);
  if (state.agencies > 0 && !state.pending)
    return { loaded: false, summary: 'the database already holds data; nothing loaded' };
  const started = Date.now();
  log('loading the reference graph and the demo corpus into the empty database…');
  const reference = await loadReferenceData(graph);
  const corpus = await loadSyntheticCorpus(graph, { ...demoCorpus });
  const { nodes, relationships } = reportTotals(corpus.report);
  const r = reference.counts;
  const summary =
    `reference graph: ${r.agencies} agencies, ${r.platforms} platforms, ${r.lists} lists, ${r.documents} documents ` +
    `(${r.memoranda} memoranda), ${r.measures} measures, ${r.gradeSchemes} grade schemes, ${r.links} links; ` +
    `demo corpus: ${demoCorpus.companies} synthetic companies (seed ${demoCorpus.seed}) with the demo story, ` +
    `${nodes.created} nodes and ${relationships.created} relationships created, ` +
    `in ${((Date.now() - started) / 1000).toFixed(1)} s`;
  log(summary);
  return { loaded: true, summary };
}
