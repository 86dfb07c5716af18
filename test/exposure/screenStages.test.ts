import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph, type Params, type QueryOptions, type Row } from '../../graph/driver.ts';
import { screenRows } from '../../graph/screening/screen.ts';
import type { SubjectInput } from '../../graph/screening/resolveSubjects.ts';
import { testGraph } from '../support/graph.ts';

/**
 * A graph that holds back every full-text statement (names: exact matches and the company-name
 * matcher) until a hits walk has been sent, or for a few seconds at most, and says which came first.
 */
class NamesHeldBack extends Graph {
  walkedWhileNamesHeld = false;
  private namesHeld = false;
  private release: () => void = () => {};
  private readonly released = new Promise<void>((resolve) => {
    this.release = resolve;
  });

  constructor(of: Graph) {
    super(of.driver, of.database, of.serverVersion);
  }

  override async read<T = Row>(cypher: string, params: Params = {}, options: QueryOptions = {}): Promise<T[]> {
    if (cypher.includes('ALL SHORTEST')) {
      if (this.namesHeld) this.walkedWhileNamesHeld = true;
      this.release();
    }
    if (cypher.includes('db.index.fulltext.queryNodes')) {
      this.namesHeld = true;
      // The bound only keeps a screening that waits for its names from hanging the test.
      await Promise.race([this.released, sleep(5_000)]);
      this.namesHeld = false;
    }
    return super.read<T>(cypher, params, options);
  }

  override async close(): Promise<void> {
    // The driver belongs to the graph this one wraps.
  }
}

const asOf = '2024-06-01';
let graph: Graph;
let inputs: SubjectInput[];

beforeAll(async () => {
  graph = await testGraph();
  const companies = await graph.read<{ id: string; name: string }>(`MATCH (n:Company) WHERE n.synthetic = true RETURN n.id AS id, n.nameZh AS name ORDER BY n.id LIMIT 8`);
  inputs = companies.map((company, i): SubjectInput => (i % 2 === 0 ? { uscc: company.id } : { name: company.name }));
});

afterAll(async () => {
  await graph.close();
});

describe('screening a batch in resolution stages', () => {
  it('walks the rows found by USCC while the names are still being resolved, and answers in input order', async () => {
    const held = new NamesHeldBack(graph);
    const rows = await screenRows(held, inputs, { asOf });
    expect(held.walkedWhileNamesHeld).toBe(true);
    expect(rows.map((row) => row.row)).toEqual(inputs.map((_, i) => i + 1));
    expect(rows.map((row) => row.status)).toEqual(inputs.map(() => 'found'));
    expect(rows).toEqual(await screenRows(graph, inputs, { asOf }));
  }, 60_000);
});
