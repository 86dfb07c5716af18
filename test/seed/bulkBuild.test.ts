import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGraphConfig } from '../../graph/config.ts';
import { connectGraph, type Graph } from '../../graph/driver.ts';
import { canBulkBuild } from '../../graph/load/bulk/bulkBuild.ts';
import { graphCounts } from '../../graph/load/counts.ts';
import { applySchema } from '../../graph/schema.ts';
import { loadReferenceData } from '../../seed/reference/load.ts';
import { bulkSeed } from '../../seed/synthetic/bulk.ts';
import { loadSyntheticCorpus } from '../../seed/synthetic/load.ts';
import { freePort } from '../support/globalSetup.ts';

/**
 * The bulk build (CSV + Neo4j's offline importer) and the online load (MERGE transactions) of the
 * same seed give the same graph: counts per kind and type, and a digest of every node's labels and
 * properties and every relationship's type, ends and properties.
 */

const corpus = { companies: 300, seed: 11 };
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-bulk-'));
let bulk: Graph | undefined;
let online: Graph | undefined;

async function config(name: string) {
  return readGraphConfig({
    NEO4J_DATA_DIR: path.join(root, name),
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_HEAP_MB: '768',
    NEO4J_PAGECACHE_MB: '256',
    // A shared CI box can take minutes to start a JVM.
    NEO4J_START_TIMEOUT_MS: '900000',
  });
}

/** Every node's labels and properties and every relationship's type, ends and properties, one line each, sorted. */
async function graphLines(graph: Graph): Promise<{ nodes: string[]; relationships: string[] }> {
  const nodes = await graph.read<{ labels: string[]; props: Record<string, unknown> }>('MATCH (n:Node) RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await graph.read<{ type: string; from: string; to: string; props: Record<string, unknown> }>(
    'MATCH (a:Node)-[r]->(b:Node) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props',
  );
  const stable = (props: Record<string, unknown>) => JSON.stringify(Object.keys(props).sort().map((k) => [k, props[k]]));
  return {
    nodes: nodes.map((row) => `${[...row.labels].sort().join(';')}|${stable(row.props)}`).sort(),
    relationships: rels.map((row) => `${row.type}|${row.from}|${row.to}|${stable(row.props)}`).sort(),
  };
}

/** Lines of `a` that `b` lacks (a failing comparison names the differing nodes, not just two hashes). */
const missingFrom = (a: string[], b: string[]) => {
  const other = new Set(b);
  return a.filter((line) => !other.has(line)).slice(0, 10);
};

beforeAll(async () => {
  const bulkConfig = await config('bulk');
  expect(canBulkBuild(bulkConfig)).toBe(true);
  bulk = (await bulkSeed(bulkConfig, corpus)).graph;
  expect(canBulkBuild(bulkConfig)).toBe(false);
  online = await connectGraph(await config('online'));
  await applySchema(online);
  await loadReferenceData(online);
  await loadSyntheticCorpus(online, { ...corpus, resume: false });
}, 600_000);

afterAll(async () => {
  await bulk?.close();
  await online?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('bulk build', () => {
  it('gives the same node and relationship counts per kind and type as the online load', async () => {
    const [a, b] = [await graphCounts(bulk!), await graphCounts(online!)];
    expect(a.nodes).toBeGreaterThan(corpus.companies);
    expect(a.byKind).toEqual(b.byKind);
    expect(a.byType).toEqual(b.byType);
  });

  it('gives the same properties on every node and relationship', async () => {
    const [a, b] = [await graphLines(bulk!), await graphLines(online!)];
    expect({ onlyBulk: missingFrom(a.nodes, b.nodes), onlyOnline: missingFrom(b.nodes, a.nodes) }).toEqual({ onlyBulk: [], onlyOnline: [] });
    expect({ onlyBulk: missingFrom(a.relationships, b.relationships), onlyOnline: missingFrom(b.relationships, a.relationships) }).toEqual({
      onlyBulk: [],
      onlyOnline: [],
    });
    expect(a.nodes.length).toBe(b.nodes.length);
    expect(a.relationships.length).toBe(b.relationships.length);
  });

  it('records no change events (the online seed does: every new listing, grade, penalty and role)', async () => {
    const events = async (graph: Graph) => (await graph.read<{ n: number }>('MATCH (e:ChangeEvent) RETURN count(e) AS n'))[0]!.n;
    expect(await events(bulk!)).toBe(0);
    expect(await events(online!)).toBeGreaterThan(0);
  });

  it('applies the schema: the name index finds a synthetic company', async () => {
    const [company] = await bulk!.read<{ name: string }>('MATCH (c:Company {synthetic: true}) RETURN c.nameZh AS name LIMIT 1');
    const hits = await bulk!.read<{ id: string }>('CALL db.index.fulltext.queryNodes($index, $q) YIELD node RETURN node.id AS id LIMIT 5', {
      index: 'name_search',
      q: `"${company!.name}"`,
    });
    expect(hits.length).toBeGreaterThan(0);
  });
});
