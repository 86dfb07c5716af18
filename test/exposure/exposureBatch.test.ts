import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listingActiveAt } from '../../graph/domain/validity.ts';
import type { Graph } from '../../graph/driver.ts';
import { exposureHitCap, exposures } from '../../graph/exposure/exposure.ts';
import { fetchHoldingSubgraph, fetchHoldingSubgraphs } from '../../graph/ownership/holdingSubgraph.ts';
import { testGraph } from '../support/graph.ts';

/**
 * Screening reads a batch of subjects together (graph/screening/screen.ts → exposures). Walking many
 * subjects in one statement must give each exactly what it gets alone: no hit, hub, share or
 * inherited listing leaks from one subject into another. Checked on the demo corpus every int run
 * loads, over subjects near listed parties (they have hits, ownership chains both ways, hubs).
 */
const asOf = '2024-06-01';
let graph: Graph;
let subjects: string[];

beforeAll(async () => {
  graph = await testGraph();
  const rows = await graph.read<{ id: string }>(
    `MATCH (:CreditList {kind: 'blacklist'})<-[:ON_LIST]-(l:Listing)<-[:LISTED]-(listed)-[:SHAREHOLDER_OF|LEGAL_REPRESENTATIVE_OF|OFFICER_OF|BRANCH_OF]-(near)
     WHERE near.synthetic = true AND ${listingActiveAt('l')}
     WITH DISTINCT near ORDER BY near.id LIMIT 30
     RETURN near.id AS id`,
    { asOf },
  );
  subjects = [...rows.map((row) => row.id), 'no-such-subject'];
});

afterAll(async () => {
  await graph.close();
});

describe('exposures of a batch', () => {
  it('gives each subject what it gets alone, and leaves out ids that are no party', async () => {
    expect(subjects.length).toBeGreaterThan(20);
    const options = { asOf, maxHops: 2, first: exposureHitCap };
    const together = await exposures(graph, subjects, options);
    expect(together.has('no-such-subject')).toBe(false);
    let withHits = 0;
    for (const subject of subjects.slice(0, -1)) {
      const alone = (await exposures(graph, [subject], options)).get(subject);
      expect(together.get(subject), subject).toEqual(alone);
      if ((alone?.totalHits ?? 0) > 0) withHits++;
    }
    // The comparison means something only if the batch had hits to mix up.
    expect(withHits).toBeGreaterThan(10);
  }, 240_000);

  it('walks holding subgraphs of many roots as each root alone', async () => {
    for (const direction of ['up', 'down'] as const) {
      const together = await fetchHoldingSubgraphs(graph, subjects, { asOf, direction, nodeCap: 40, maxDepth: 3 });
      for (const subject of subjects) expect(together.get(subject) ?? null, `${direction} ${subject}`).toEqual(await fetchHoldingSubgraph(graph, subject, { asOf, direction, nodeCap: 40, maxDepth: 3 }));
    }
  }, 240_000);
});
