import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { awaitNameSearch } from '../../graph/load/nameSearch.ts';
import { applySchema, describeSchema, nameIndex, retiredSchema, schemaVersion } from '../../graph/schema.ts';
import { removeFixtures, testGraph } from '../support/graph.ts';

const prefix = 'fx-schema-';
let graph: Graph;

beforeAll(async () => {
  graph = await testGraph();
});
afterAll(async () => {
  await removeFixtures(graph, prefix);
  await graph.write("MATCH (c:Company) WHERE c.uscc STARTS WITH 'FXSCHEMA' DETACH DELETE c");
  await graph.close();
});

/** The operators of a statement's plan (EXPLAIN: nothing runs), without their `@database` suffix. */
async function operators(cypher: string, params: Record<string, unknown>): Promise<string[]> {
  const { summary } = await graph.driver.executeQuery(`EXPLAIN ${cypher}`, params, { database: graph.database });
  const names: string[] = [];
  const walk = (plan: { operatorType: string; children: unknown[] }) => {
    names.push(plan.operatorType.split('@')[0]!);
    for (const child of plan.children) walk(child as typeof plan);
  };
  if (summary.plan) walk(summary.plan);
  return names;
}

describe('schema', () => {
  it('applies twice without changing the constraints or indexes', async () => {
    const before = await describeSchema(graph);
    const report = await applySchema(graph);
    const after = await describeSchema(graph);
    expect(report).toEqual({ version: schemaVersion, previousVersion: schemaVersion });
    expect(after).toEqual(before);
    expect(after.constraints).toEqual(
      expect.arrayContaining(['company_uscc_unique', 'agency_id_unique', 'credit_list_id_unique', 'change_event_id_unique', 'node_id_unique']),
    );
    expect(after.indexes).toEqual(expect.arrayContaining([nameIndex, 'change_event_recorded_at', 'change_event_recorded_at_id']));
  });

  it('drops the constraints and indexes it retired from a database that has them', async () => {
    // As an earlier version left them.
    await graph.write('CREATE CONSTRAINT listing_id_unique IF NOT EXISTS FOR (n:Listing) REQUIRE n.id IS UNIQUE');
    await graph.write('CREATE CONSTRAINT person_id_unique IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE');
    await graph.write('CREATE INDEX company_synthetic IF NOT EXISTS FOR (n:Company) ON (n.synthetic)');
    await applySchema(graph);
    const { constraints, indexes } = await describeSchema(graph);
    const present = new Set([...constraints, ...indexes]);
    expect(retiredSchema.filter(({ name }) => present.has(name))).toEqual([]);
    // The company filter reads coalesce(c.synthetic, false), which no index serves.
    expect(present.has('company_synthetic')).toBe(false);
  });

  it('makes a synchronous name index of an earlier version eventually consistent', async () => {
    const config = async () =>
      (await graph.read<{ config: Record<string, unknown> }>('SHOW FULLTEXT INDEXES YIELD name, options WHERE name = $name RETURN options.indexConfig AS config', { name: nameIndex }))[0]?.config;
    // As an earlier version created it.
    await graph.write(`DROP INDEX ${nameIndex}`);
    await graph.write(
      `CREATE FULLTEXT INDEX ${nameIndex} FOR (n:Company) ON EACH [n.nameZh] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'cjk', \`fulltext.eventually_consistent\`: false}}`,
    );
    expect((await config())?.['fulltext.eventually_consistent']).toBe(false);
    await applySchema(graph);
    expect(await config()).toMatchObject({ 'fulltext.analyzer': 'cjk', 'fulltext.eventually_consistent': true });
  });

  it('still seeks an index for a listing by id once the kind constraints are gone', async () => {
    expect(await operators('MATCH (l:Node {id: $id}) RETURN l', { id: 'x' })).toContain('NodeUniqueIndexSeek');
  });

  it('rejects a second company with the same USCC', async () => {
    await graph.write("CREATE (:Company:Node {id: $id, uscc: 'FXSCHEMA0000000001', nameZh: '甲'})", { id: `${prefix}a` });
    await expect(
      graph.write("CREATE (:Company:Node {id: $id, uscc: 'FXSCHEMA0000000001', nameZh: '乙'})", { id: `${prefix}b` }),
    ).rejects.toThrow(/already exists/);
  });

  it('finds a 10-character Chinese company name by a 2-character query (cjk analyzer)', async () => {
    await graph.write("CREATE (:Company:Node {id: $id, uscc: 'FXSCHEMA0000000002', nameZh: '深圳市鹏程电子有限公司'})", { id: `${prefix}c` });
    await graph.write("CREATE (:Company:Node {id: $id, uscc: 'FXSCHEMA0000000003', nameZh: '杭州西湖茶叶有限公司'})", { id: `${prefix}d` });
    await awaitNameSearch(graph);
    const hits = await graph.read<{ name: string }>(
      `CALL db.index.fulltext.queryNodes('${nameIndex}', $q) YIELD node WHERE node.id STARTS WITH $prefix RETURN node.nameZh AS name`,
      { q: '鹏程', prefix },
    );
    expect(hits.map((h) => h.name)).toEqual(['深圳市鹏程电子有限公司']);
  });

  it('finds an English name case-insensitively in the same index', async () => {
    await graph.write("CREATE (:Company:Node {id: $id, uscc: 'FXSCHEMA0000000004', nameZh: '上海星辰贸易有限公司', nameEn: 'Shanghai Xingchen Trading Co., Ltd.'})", { id: `${prefix}e` });
    await awaitNameSearch(graph);
    const hits = await graph.read<{ id: string }>(
      `CALL db.index.fulltext.queryNodes('${nameIndex}', $q) YIELD node WHERE node.id STARTS WITH $prefix RETURN node.id AS id`,
      { q: 'xingchen', prefix },
    );
    expect(hits.map((h) => h.id)).toEqual([`${prefix}e`]);
  });
});
