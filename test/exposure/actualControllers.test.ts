import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { actualController, actualControllers, type ActualController } from '../../graph/ownership/actualController.ts';
import { fetchHolderSubgraphs, fetchHoldingSubgraph, type HoldingSubgraph, type SubgraphOptions } from '../../graph/ownership/holdingSubgraph.ts';
import { RecordingGraph } from '../bench/measure.ts';
import { testGraph } from '../support/graph.ts';

/*
 * The holders above many companies read in one statement and cut per company in memory must be the
 * level-by-level walk of each company alone, party for party (depth included), holding for holding
 * (in order), with the same bounds; the controllers read at once must be each company's own. Checked on
 * the demo corpus's companies at a date inside its holdings and at one before most of them began
 * (holdings in force only; Company Law 2023 art. 265(3) on actual controllers; the rule itself is
 * graph/domain/ownership.ts actualControl), and with a small node cap and depth so the cut is tested.
 */
const dates = ['2026-06-01', '2012-01-01'];
let graph: Graph;
let companies: string[];

beforeAll(async () => {
  graph = await testGraph();
  const rows = await graph.read<{ id: string }>('MATCH (c:Node:Company) WHERE c.synthetic = true RETURN c.id AS id ORDER BY id');
  companies = rows.map((row) => row.id);
});

afterAll(async () => {
  await graph.close();
});

/** Each company's walk alone, eight at a time. */
async function oneByOne<T>(ids: readonly string[], one: (id: string) => Promise<T | null>): Promise<Map<string, T>> {
  const answers = new Map<string, T>();
  for (let start = 0; start < ids.length; start += 8) {
    const batch = ids.slice(start, start + 8);
    const found = await Promise.all(batch.map(one));
    batch.forEach((id, i) => found[i] && answers.set(id, found[i]));
  }
  return answers;
}

/**
 * The walk at once over consecutive groups of companies, as a page asks for them: the holders above a
 * group are mostly outside it (with every company a root, every level would be read as roots anyway).
 */
async function inGroups(ids: readonly string[], options: Omit<SubgraphOptions, 'direction'>): Promise<Map<string, HoldingSubgraph>> {
  const answers = new Map<string, HoldingSubgraph>();
  for (let start = 0; start < ids.length; start += 50) {
    for (const [id, subgraph] of await fetchHolderSubgraphs(graph, ids.slice(start, start + 50), options)) answers.set(id, subgraph);
  }
  return answers;
}

function expectSame<T>(atOnce: Map<string, T>, each: Map<string, T>): void {
  expect([...atOnce.keys()].sort()).toEqual([...each.keys()].sort());
  for (const [id, answer] of each) expect(atOnce.get(id), id).toEqual(answer);
}

describe('holders of many companies in one statement (fetchHolderSubgraphs)', () => {
  it.each(dates)('equals the level-by-level walk of each demo company alone at %s', async (asOf) => {
    expect(companies.length).toBeGreaterThan(1_000);
    const atOnce = await inGroups([...companies, 'no-such-company'], { asOf });
    const each = await oneByOne(companies, (id) => fetchHoldingSubgraph(graph, id, { asOf, direction: 'up' }));
    expectSame(atOnce, each);
    // The comparison means something only if there were chains to walk.
    expect([...each.values()].filter((subgraph) => [...subgraph.parties.values()].some((party) => party.depth >= 2)).length).toBeGreaterThan(asOf === dates[0] ? 50 : 0);
  }, 240_000);

  it('cuts at a small depth and node cap where each walk alone does', async () => {
    const options: Omit<SubgraphOptions, 'direction'> = { asOf: dates[0]!, maxDepth: 2, nodeCap: 3 };
    const atOnce = await inGroups(companies, options);
    const each = await oneByOne(companies, (id) => fetchHoldingSubgraph(graph, id, { ...options, direction: 'up' }));
    expectSame(atOnce, each);
    const boundedBy = (cut: 'depth' | 'nodes') => [...each.values()].filter((subgraph: HoldingSubgraph) => subgraph.boundedBy.includes(cut)).length;
    expect(boundedBy('depth')).toBeGreaterThan(0);
    expect(boundedBy('nodes')).toBeGreaterThan(0);
  }, 240_000);

  it('walks level by level instead when a level has more companies than the walks can hold', async () => {
    const [crowded] = await graph.read<{ id: string }>(
      `MATCH (c:Node:Company)<-[:SHAREHOLDER_OF]-(h:Company) WHERE c.synthetic = true
       WITH c, count(DISTINCT h) AS holders WHERE holders >= 2 RETURN c.id AS id ORDER BY id LIMIT 1`,
    );
    expect(crowded).toBeDefined();
    const options = { asOf: dates[0]!, nodeCap: 1 };
    const recorder = new RecordingGraph(graph);
    const atOnce = await fetchHolderSubgraphs(recorder, [crowded!.id], options);
    expect(atOnce.get(crowded!.id)).toEqual(await fetchHoldingSubgraph(graph, crowded!.id, { ...options, direction: 'up' }));
    expect(recorder.statements.length).toBeGreaterThan(1);
    // What the one statement read is not read again level by level: the crowded company's holders came with it.
    const frontiers = recorder.statements.slice(1).flatMap((statement) => (Array.isArray(statement.params.frontier) ? (statement.params.frontier as string[]) : []));
    expect(frontiers).not.toContain(crowded!.id);
  });
});

describe('actualControllers (one read for many companies)', () => {
  it.each(dates)('equals the per-company answer for every demo company at %s', async (asOf) => {
    const [atOnce, each] = await Promise.all([actualControllers(graph, [...companies, 'no-such-company'], asOf), oneByOne(companies, (id) => actualController(graph, id, asOf))]);
    expectSame<ActualController>(atOnce, each);
  }, 240_000);

  it('the comparison covers controllers reached through chains', async () => {
    const answers = [...(await actualControllers(graph, companies, dates[0]!)).values()];
    expect(answers.filter((a) => a.controller !== null).length).toBeGreaterThan(100);
    expect(answers.some((a) => a.chain.length >= 2)).toBe(true);
  });
});
