import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { actualController, actualControllers, type ActualController } from '../../graph/ownership/actualController.ts';
import { testGraph } from '../support/graph.ts';

/*
 * The controllers of many companies read at once (one statement for all their holders) must be the
 * per-company walk's answers, company for company: the demo corpus's companies, at a date inside the
 * corpus's holdings and at one before most of them began (holdings in force only, Company Law 2023
 * art. 265(3) on actual controllers; the rule itself is graph/domain/ownership.ts actualControl).
 */
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

async function oneByOne(ids: readonly string[], asOf: string): Promise<Map<string, ActualController>> {
  const answers = new Map<string, ActualController>();
  for (let start = 0; start < ids.length; start += 8) {
    const batch = await Promise.all(ids.slice(start, start + 8).map((id) => actualController(graph, id, asOf)));
    for (const answer of batch) if (answer) answers.set(answer.company.id, answer);
  }
  return answers;
}

describe('actualControllers (one read for many companies)', () => {
  it.each(['2026-06-01', '2012-01-01'])('equals the per-company walk for every demo company at %s', async (asOf) => {
    expect(companies.length).toBeGreaterThan(1_000);
    const [atOnce, each] = await Promise.all([actualControllers(graph, companies, asOf), oneByOne(companies, asOf)]);
    expect(atOnce.size).toBe(each.size);
    for (const [id, answer] of each) expect(atOnce.get(id), id).toEqual(answer);
  }, 120_000);

  it('the comparison covers controllers reached through chains, and absent companies stay absent', async () => {
    const atOnce = await actualControllers(graph, [...companies, 'no-such-company'], '2026-06-01');
    const answers = [...atOnce.values()];
    expect(atOnce.has('no-such-company')).toBe(false);
    expect(answers.filter((a) => a.controller !== null).length).toBeGreaterThan(100);
    expect(answers.some((a) => a.chain.length >= 2)).toBe(true);
  });
});
