import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { readCheckpoint, reportTotals } from '../../graph/load/index.ts';
import { generateCorpus, type CorpusOptions } from '../../seed/synthetic/generator.ts';
import { corpusCheckpointKey, loadSyntheticCorpus } from '../../seed/synthetic/load.ts';
import type { CorpusRows } from '../../seed/synthetic/rows.ts';
import { testGraph } from '../support/graph.ts';

// Two small corpora of their own seeds (ids p-s9101-…, USCCs in the seeds' own namespaces), without the
// demo story, so nothing collides with the demo corpus globalSetup loaded. Synthetic local agencies
// are shared with the demo corpus and stay.
const loaded: CorpusOptions = { companies: 1_200, seed: 9_101, includeStory: false };
const resumed: CorpusOptions = { companies: 1_200, seed: 9_102, includeStory: false };

function corpusIds(options: CorpusOptions): { nodes: string[]; relationships: number } {
  const nodes: string[] = [];
  let relationships = 0;
  for (const { rows } of generateCorpus(options)) {
    nodes.push(
      ...(['companies', 'persons', 'listings', 'grades', 'creditRecords'] as const).flatMap((k) =>
        (rows[k] as CorpusRows['persons']).map((r) => r.id),
      ),
    );
    relationships +=
      rows.shareholdings.length +
      rows.legalRepresentatives.length +
      rows.officers.length +
      rows.branches.length +
      rows.listings.length * 3 +
      rows.grades.length * 2 +
      // A credit record's HAS_RECORD, and its DECIDED_BY and ENDS when it names an agency or what it ends.
      rows.creditRecords.reduce((n, r) => n + 1 + (r.decidedById ? 1 : 0) + (r.endsId ? 1 : 0), 0);
  }
  return { nodes, relationships };
}

let graph: Graph;

/** Nodes of the corpus in the database, and the relationships touching them (each counted once). */
async function countInGraph(ids: string[]): Promise<{ nodes: number; relationships: number }> {
  const [row] = await graph.read<{ nodes: number; relationships: number }>(
    `MATCH (n:Node) WHERE n.id IN $ids
     WITH collect(n) AS nodes
     CALL (nodes) { UNWIND nodes AS n MATCH (n)-[r]-() WHERE NOT r:PART_OF RETURN count(DISTINCT r) AS relationships }
     RETURN size(nodes) AS nodes, relationships`,
    { ids },
  );
  return row!;
}

beforeAll(async () => {
  graph = await testGraph();
});

afterAll(async () => {
  for (const options of [loaded, resumed]) {
    await graph.write('UNWIND $ids AS id MATCH (n:Node {id: id}) DETACH DELETE n', { ids: corpusIds(options).nodes });
    await graph.write('MATCH (c:LoadCheckpoint {key: $key}) DELETE c', { key: corpusCheckpointKey(options) });
  }
  await graph.close();
});

describe('loading the synthetic corpus into Neo4j', () => {
  it('writes every node and relationship of the corpus', { timeout: 600_000 }, async () => {
    const result = await loadSyntheticCorpus(graph, loaded);
    const expected = corpusIds(loaded);
    expect(result).toMatchObject({ batches: 2, skipped: 0, stopped: false });
    expect(reportTotals(result.report).relationships.missing).toBe(0);
    expect(await countInGraph(expected.nodes)).toEqual({ nodes: expected.nodes.length, relationships: expected.relationships });
  });

  it('is idempotent: loading again changes nothing and keeps the counts', { timeout: 600_000 }, async () => {
    const expected = corpusIds(loaded);
    const again = await loadSyntheticCorpus(graph, { ...loaded, resume: false });
    const { nodes, relationships } = reportTotals(again.report);
    expect([nodes.created, nodes.updated, relationships.created, relationships.updated]).toEqual([0, 0, 0, 0]);
    expect(nodes.unchanged).toBe(nodes.rows);
    expect(await countInGraph(expected.nodes)).toEqual({ nodes: expected.nodes.length, relationships: expected.relationships });
  });

  it('resumes an interrupted load after the last committed batch, with the same result', { timeout: 600_000 }, async () => {
    const stop = new AbortController();
    const first = await loadSyntheticCorpus(graph, { ...resumed, signal: stop.signal, onBatch: () => stop.abort() });
    expect(first).toMatchObject({ stopped: true, skipped: 0 });
    const checkpoint = await readCheckpoint(graph, corpusCheckpointKey(resumed));
    expect(checkpoint).toMatchObject({ lastBatch: 0 });
    const expected = corpusIds(resumed);
    const partial = await countInGraph(expected.nodes);
    expect(partial.nodes).toBeGreaterThan(0);
    expect(partial.nodes).toBeLessThan(expected.nodes.length);

    const second = await loadSyntheticCorpus(graph, resumed);
    expect(second).toMatchObject({ stopped: false, skipped: 1 });
    // only batch 1 was written: its companies are all new (shared local agencies may already exist)
    expect(second.report.Company).toMatchObject({ rows: 200, created: 200, unchanged: 0 });
    expect(await countInGraph(expected.nodes)).toEqual({ nodes: expected.nodes.length, relationships: expected.relationships });
    expect(await readCheckpoint(graph, corpusCheckpointKey(resumed))).toMatchObject({ lastBatch: 1, completed: true });
  });
});
