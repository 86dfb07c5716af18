import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import {
  mergeCompanies,
  mergeListings,
  mergeNodes,
  mergePersons,
  mergeShareholdings,
  mergeLegalRepresentatives,
  inTransaction,
} from '../../graph/load/index.ts';
import { NodeKind } from '../../graph/model.ts';
import { removeFixtures, testGraph } from '../support/graph.ts';

// Fixture ids: persons/listings use the prefix; companies are USCC-keyed, so they get a source tag and are removed by id.
const prefix = 'tl-';
const recordedAt = '2026-01-01T00:00:00.000Z';
const source = 'test/seed/load.test.ts';
const usccA = '91350100M000100Y43';
const usccB = '914403001922038216';

let graph: Graph;

beforeAll(async () => {
  graph = await testGraph();
});

afterAll(async () => {
  await removeFixtures(graph, prefix);
  await graph.write('MATCH (c:Company) WHERE c.id IN $ids DETACH DELETE c', { ids: [usccA, usccB] });
  await graph.close();
});

const companies = () => [
  { id: usccA, uscc: usccA, nameZh: '测试甲有限公司', source, recordedAt },
  { id: usccB, uscc: usccB, nameZh: '测试乙有限公司', registeredCapital: 1_000_000, source, recordedAt },
];

describe('graph/load writers', () => {
  it('creates, then reports unchanged on a re-load, then updated when a value changes', async () => {
    expect((await mergeCompanies(graph, companies())).Company).toEqual({
      rows: 2,
      created: 2,
      updated: 0,
      unchanged: 0,
      missing: 0,
    });
    const later = companies().map((c) => ({ ...c, recordedAt: '2026-02-02T00:00:00.000Z' }));
    expect((await mergeCompanies(graph, later)).Company).toEqual({ rows: 2, created: 0, updated: 0, unchanged: 2, missing: 0 });
    const rows = await graph.read<{ recordedAt: string }>('MATCH (c:Company {id: $id}) RETURN c.recordedAt AS recordedAt', {
      id: usccA,
    });
    expect(rows[0]!.recordedAt).toBe(recordedAt);

    const renamed = companies().map((c, i) => (i === 0 ? { ...c, nameZh: '测试甲（改名）有限公司' } : c));
    expect((await mergeCompanies(graph, renamed)).Company).toEqual({ rows: 2, created: 0, updated: 1, unchanged: 1, missing: 0 });
  });

  it('merges relationships on their deterministic id and counts rows whose end is missing', async () => {
    await mergePersons(graph, [{ id: `${prefix}p1`, nameZh: '张三', namePinyin: 'Zhang San', source, recordedAt }]);
    const holding = { ownerId: `${prefix}p1`, companyId: usccA, fraction: 0.6, from: '2020-01-01', source, recordedAt };
    const orphan = { ...holding, ownerId: `${prefix}nobody` };
    expect((await mergeShareholdings(graph, [holding, orphan])).SHAREHOLDER_OF).toEqual({
      rows: 2,
      created: 1,
      updated: 0,
      unchanged: 0,
      missing: 1,
    });
    expect((await mergeShareholdings(graph, [holding])).SHAREHOLDER_OF!.unchanged).toBe(1);
    expect((await mergeShareholdings(graph, [{ ...holding, fraction: 0.7 }])).SHAREHOLDER_OF!.updated).toBe(1);
    const rels = await graph.read<{ n: number; fraction: number }>(
      'MATCH (:Person {id: $p})-[r:SHAREHOLDER_OF]->(:Company {id: $c}) RETURN count(r) AS n, max(r.fraction) AS fraction',
      { p: `${prefix}p1`, c: usccA },
    );
    expect(rels[0]).toEqual({ n: 1, fraction: 0.7 });
  });

  it('writes a listing with its subject and list links in one transaction', async () => {
    await mergeNodes(graph, NodeKind.CreditList, [
      { id: `${prefix}list`, props: { nameZh: '测试名单', kind: 'blacklist', source, recordedAt } },
    ]);
    const listing = {
      id: `${prefix}l1`,
      from: '2023-03-15',
      status: 'active' as const,
      subjectId: usccA,
      listId: `${prefix}list`,
      source,
      recordedAt,
    };
    const report = await mergeListings(graph, [listing]);
    expect(report.Listing!.created).toBe(1);
    expect(report.LISTED!.created).toBe(1);
    expect(report.ON_LIST!.created).toBe(1);
    const again = await mergeListings(graph, [listing]);
    expect([again.Listing!.unchanged, again.LISTED!.unchanged, again.ON_LIST!.unchanged]).toEqual([1, 1, 1]);
  });

  it('writes the links of a listing created in the same transaction without reading them first', async () => {
    const listing = { id: `${prefix}l2`, from: '2024-05-01', status: 'active' as const, subjectId: usccB, listId: `${prefix}list`, source, recordedAt };
    const statements: string[] = [];
    const report = await graph.writeTransaction((tx) => {
      // The transaction as the writers see it, every statement noted.
      const noting = new Proxy(tx, { get: (target, key) => (key === 'run' ? (cypher: string, params: unknown) => (statements.push(cypher), target.run(cypher, params as never)) : Reflect.get(target, key)) });
      return mergeListings(noting, [listing]);
    });
    expect([report.Listing!.created, report.LISTED!.created, report.ON_LIST!.created]).toEqual([1, 1, 1]);
    // The existence read of a relationship row (graph/load/changes.ts readFacts) names its type and id.
    expect(statements.filter((cypher) => /-\[r:\w+ \{id: row\.id\}\]->\(\) RETURN/.test(cypher))).toEqual([]);
    const again = await mergeListings(graph, [listing]);
    expect([again.Listing!.unchanged, again.LISTED!.unchanged, again.ON_LIST!.unchanged]).toEqual([1, 1, 1]);
  });

  it('inside a caller transaction a failure writes nothing', async () => {
    const attempt = inTransaction(graph, async (tx) => {
      await mergeLegalRepresentatives(tx, [
        { personId: `${prefix}p1`, companyId: usccB, from: '2021-01-01', source, recordedAt },
      ]);
      throw new Error('abort');
    });
    await expect(attempt).rejects.toThrow('abort');
    const rows = await graph.read<{ n: number }>(
      'MATCH (:Person {id: $p})-[r:LEGAL_REPRESENTATIVE_OF]->() RETURN count(r) AS n',
      {
        p: `${prefix}p1`,
      },
    );
    expect(rows[0]!.n).toBe(0);
  });
});
