import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { DocumentType, ListKind, Rel } from '../../graph/model.ts';
import { readReferenceData } from '../../seed/reference/data.ts';
import { referenceGraph } from '../../seed/reference/graph.ts';
import { loadReferenceData, referenceCounts } from '../../seed/reference/load.ts';
import { parseDocNumber, parseEffective, parseIssued } from '../../seed/reference/build.ts';
import { testGraph } from '../support/graph.ts';

const data = readReferenceData();
const reference = referenceGraph(data);
const nodes = [
  ...reference.agencies,
  ...reference.platforms,
  ...reference.lists,
  ...reference.documents,
  ...reference.measures,
  ...reference.gradeSchemes,
];

describe('reference data files', () => {
  it('hold every item of the fact base (its own counts) and what the propagation research adds', () => {
    const counts = referenceCounts(reference);
    const expected = data.meta.factBaseCounts;
    // propagation.json adds 5 documents (a 6th is an alias of the Civil Procedure Law) and the
    // licence-revoked list; research/signatories.json 36 signatory bodies the fact base lacks;
    // research/memorandum-measures.json 13 measures of 3062号, 2798号, 141号 and 2045号 the fact base lacks.
    expect([counts.agencies, counts.platforms, counts.lists, counts.documents, counts.measures, counts.gradeSchemes]).toEqual([
      expected.agencies! + 36,
      expected.platforms,
      expected.lists! + 1,
      expected.documents! + 5,
      expected.measures! + 13,
      expected.grades,
    ]);
    expect(counts.agencies).toBe(92);
    expect(counts.documents).toBe(75);
    expect(data.rules.length).toBeGreaterThan(80);
    for (const rule of data.rules) expect(rule.bearers.length, rule.id).toBeGreaterThan(0);
  });

  it('have unique ids across all kinds', () => {
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
  });

  it('every link points at ids that exist, with a model.ts relationship type', () => {
    const ids = new Set(nodes.map((n) => n.id));
    const relTypes = new Set<string>(Object.values(Rel));
    const dangling = reference.links.filter((l) => !ids.has(l.fromId) || !ids.has(l.toId) || !relTypes.has(l.type));
    expect(dangling).toEqual([]);
  });

  it('every node keeps its confidence and sources; low-confidence facts stay low', () => {
    for (const node of nodes) {
      expect(['high', 'medium', 'low']).toContain(node.confidence);
      expect(node.sourceTitles.length, node.id).toBeGreaterThan(0);
      expect(node.source).toBe(node.sourceTitles[0]);
    }
    expect(reference.agencies.find((a) => a.id === 'nfra')!.confidence).toBe('low');
  });

  it('uses model vocabularies for document types and list kinds', () => {
    for (const d of reference.documents) expect(DocumentType).toContain(d.type);
    for (const l of reference.lists) expect(ListKind).toContain(l.kind);
    const memo = reference.documents.find((d) => d.id === 'mou_2016_judgment_debtors')!;
    expect(memo).toMatchObject({
      type: 'memorandum',
      docNumber: '发改财金〔2016〕141号',
      issued: '2016-01-01',
      issuedPrecision: 'month',
    });
    expect(reference.documents.find((d) => d.id === 'pol_2021_basic_list')!.type).toBe('basic_list');
  });

  it('completes links stated on one side only', () => {
    const has = (type: Rel, fromId: string, toId: string) =>
      reference.links.some((l) => l.type === type && l.fromId === fromId && l.toId === toId);
    // the court-integrity MOU names no trigger itself; the judgment-debtor list names it as a joint-punishment MOU
    expect(has(Rel.TRIGGERED_BY, 'mou_2014_court_integrity', 'spc_dishonest_judgment_debtors')).toBe(true);
    // Order 251 lists no measures; the measure record says it is defined there
    expect(has(Rel.DEFINES, 'rule_gacc_order251', 'm_customs_strict_control')).toBe(true);
    expect(has(Rel.SUCCEEDED_BY, 'saic', 'samr')).toBe(true);
    expect(has(Rel.SIGNED, 'caac', 'mou_2014_tax')).toBe(true);
    expect(has(Rel.SUPERSEDES, 'rule_samr_order44', 'rule_saic_order83')).toBe(true);
  });
});

describe('free-text parsing of the fact base', () => {
  it('reads issue and entry-into-force dates with their precision', () => {
    expect(parseIssued('2014-08 (effective 2014-10-01)')).toEqual({ iso: '2014-08-01', precision: 'month' });
    expect(parseIssued('c. 2018 (CLT translation posted 2019-01-02)')).toEqual({ iso: '2018-01-01', precision: 'year' });
    expect(parseIssued('2016–2018 (date not captured)')).toEqual({ iso: null, precision: null });
    expect(parseIssued('drafts 2022-09-09 to 2022-10-09; released 2022-12-28')).toEqual({ iso: '2022-12-28', precision: 'day' });
    expect(parseEffective('2014-08 (effective 2014-10-01)')).toBe('2014-10-01');
    expect(parseEffective('2010-05-17; amended 2015-07-06, effective 2015-07-22')).toBeNull();
  });

  it('splits remarks off document numbers', () => {
    expect(parseDocNumber('国务院令第724号 (number unverified)')).toEqual({
      docNumber: '国务院令第724号',
      note: 'number unverified',
      verified: false,
    });
    expect(parseDocNumber('SAMR order (number not captured)')).toEqual({
      docNumber: null,
      note: 'SAMR order (number not captured)',
      verified: false,
    });
    expect(parseDocNumber('法释〔2013〕17号')).toEqual({ docNumber: '法释〔2013〕17号', note: null, verified: true });
  });
});

describe('reference data in Neo4j', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await testGraph();
  });
  afterAll(async () => {
    await graph.close();
  });

  it('loads idempotently: a second load changes nothing', async () => {
    await loadReferenceData(graph);
    const { report } = await loadReferenceData(graph);
    for (const [kind, counts] of Object.entries(report)) {
      expect([kind, counts.created, counts.updated, counts.missing]).toEqual([kind, 0, 0, 0]);
      expect(counts.unchanged).toBe(counts.rows);
    }
  });

  it('has every reference node and link in the database', async () => {
    const ids = nodes.map((n) => n.id);
    const [found] = await graph.read<{ n: number }>('MATCH (n:Node) WHERE n.id IN $ids RETURN count(n) AS n', { ids });
    expect(found!.n).toBe(ids.length);
    const linkIds = reference.links.map((l) => `${l.type.toLowerCase()}:${l.fromId}:${l.toId}${l.key ? `:${l.key}` : ''}`);
    const [links] = await graph.read<{ n: number }>(
      'MATCH (a:Node)-[r]->(:Node) WHERE a.id IN $ids AND r.id IN $linkIds RETURN count(r) AS n',
      { ids, linkIds },
    );
    expect(links!.n).toBe(reference.links.length);
  });
});
