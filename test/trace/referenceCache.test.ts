import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { graphCounts, mergeCompanies, mergeReferenceLinks, type ReferenceLinkRow } from '../../graph/load/index.ts';
import { Rel } from '../../graph/model.ts';
import { exposure } from '../../graph/exposure/exposure.ts';
import { graphStats } from '../../graph/queries/stats.ts';
import { nodesById } from '../../graph/queries/nodes.ts';
import { referenceStampExpression, referenceStampLabel } from '../../graph/referenceStamp.ts';
import { storedBasis } from '../../graph/trace/ruleBasis.ts';
import { forgetListReferences } from '../../graph/trace/listMeasures.ts';
import { sanctionTrace } from '../../graph/trace/sanctionTrace.ts';
import type { SanctionTrace } from '../../graph/trace/types.ts';
import { demoStory } from '../../seed/synthetic/demoStory.ts';
import { testGraph } from '../support/graph.ts';
import { useSanctionStory } from './fixtures.ts';

/**
 * The lists' reference rules that a process keeps (graph/trace/listMeasures.ts) under the reference
 * stamp (graph/referenceStamp.ts): a trace reads no list it keeps, and answers as a cold read would,
 * also after another process has written reference data.
 */
const { id, short, graph } = useSanctionStory('trc-');
let other: Graph;

beforeAll(async () => {
  // Another process: its own driver, writing through graph/load as the seed and the importer do.
  other = await testGraph();
});
afterAll(async () => {
  await other?.close();
});

async function trace(g: Graph, subject: string, asOf: string): Promise<SanctionTrace> {
  const result = await sanctionTrace(g, subject, asOf);
  if (!result) throw new Error(`no trace for ${subject}`);
  return result;
}

// The law gains a rule on list jd for measure `old` (in force: the law is; the basic edition covers `old`).
const addedRule: ReferenceLinkRow = {
  type: Rel.PROPAGATES,
  fromId: id('law'),
  toId: id('old'),
  key: 'added',
  props: {
    ruleId: `rule:${id('law')}:${id('jd')}:${id('old')}`,
    list: id('jd'),
    bearers: ['entity'],
    ...storedBasis([{ document: id('law'), docNumber: '测〔2000〕law号', title: null, article: '2', from: null, until: null }]),
    origin: 'researched',
    source: 'test/trace/referenceCache.test.ts',
    recordedAt: '2024-01-01T00:00:00Z',
    confidence: 'high',
  },
};

const stampOf = async (g: Graph) => (await g.read<{ token: string | null }>(`RETURN ${referenceStampExpression} AS token`))[0]!.token;

/** Statements a trace sends. */
async function statementsOf(g: Graph, subject: string, asOf: string): Promise<number> {
  const before = g.queryCount;
  await trace(g, subject, asOf);
  return g.queryCount - before;
}

describe('the kept reference rules of the sanction trace', () => {
  it('reads a list once per process: a second trace on it sends one statement fewer', async () => {
    forgetListReferences();
    const cold = await statementsOf(graph(), id('c1'), '2024-06-01');
    const warm = await statementsOf(graph(), id('c1'), '2024-06-01');
    expect(warm).toBe(cold - 1);
  });

  it('follows a rule another process writes: the write renews the stamp', async () => {
    const measures = async () => (await trace(graph(), id('c1'), '2024-06-01')).measures.map((m) => short(m.measure.id));
    expect(await measures()).toEqual(['board', 'consume', 'exit', 'finance', 'procure']);
    const stamp = await stampOf(graph());
    await mergeReferenceLinks(other, [addedRule]);
    expect(await measures()).toEqual(['board', 'consume', 'exit', 'finance', 'old', 'procure']);
    expect(await stampOf(graph())).not.toBe(stamp);
  });

  it('keeps the stamp when subject data is written or reference data is written again unchanged', async () => {
    const stamp = await stampOf(graph());
    await mergeCompanies(other, [{ id: id('c9'), uscc: id('c9'), nameZh: 'c9有限公司', source: 'test', recordedAt: '2024-01-01T00:00:00Z', synthetic: true }]);
    expect(await stampOf(graph())).toBe(stamp);
    const [rewritten] = Object.values(await mergeReferenceLinks(other, [addedRule]));
    expect(rewritten).toMatchObject({ unchanged: 1 });
    expect(await stampOf(graph())).toBe(stamp);
  });

  it.each(['2019-06-01', '2026-06-01'])('gives the demo subjects at %s the trace of a cold read', async (asOf) => {
    const subjects = [demoStory.judgmentDebtor, demoStory.judgmentDebtorLegalRep, demoStory.blacklistedParent, demoStory.subsidiary, demoStory.repairedListingCompany];
    for (const subject of subjects) {
      forgetListReferences();
      const cold = await trace(graph(), subject, asOf);
      const kept = await trace(graph(), subject, asOf);
      expect(kept).toEqual(cold);
    }
  });
});

describe('the exposure’s list severities under the kept reference rules', () => {
  const exposureOf = (subject: string) => exposure(graph(), subject, { asOf: '2024-06-01' });

  it('reads the stamp in the walk: with the lists kept, an exposure sends no statement for them', async () => {
    forgetListReferences();
    const statements = async () => {
      const before = graph().queryCount;
      const result = await exposureOf(id('c1'));
      expect(result?.subjectListings.length).toBeGreaterThan(0);
      return graph().queryCount - before;
    };
    const cold = await statements();
    expect(await statements()).toBe(cold - 1);
  });

  it('scores the demo subjects as a cold read does', async () => {
    const subjects = [demoStory.judgmentDebtor, demoStory.blacklistedParent, demoStory.subsidiary];
    for (const subject of subjects) {
      forgetListReferences();
      const cold = await exposureOf(subject);
      expect(await exposureOf(subject)).toEqual(cold);
    }
  });
});

describe('the reference stamp', () => {
  it('is one node out of the data: no count, stats or node lookup sees it', async () => {
    const stamps = await graph().read<{ labels: string[]; token: string }>(`MATCH (s:${referenceStampLabel}) RETURN labels(s) AS labels, s.token AS token`);
    expect(stamps).toHaveLength(1);
    expect(stamps[0]!.labels).toEqual([referenceStampLabel]);
    const counts = await graphCounts(graph());
    const [data] = await graph().read<{ nodes: number }>('MATCH (n:Node) RETURN count(n) AS nodes');
    expect(counts.nodes).toBe(data!.nodes);
    expect(Object.keys(counts.byKind)).not.toContain(referenceStampLabel);
    expect((await graphStats(graph(), '2024-06-01')).nodes.map((n) => n.kind)).not.toContain(referenceStampLabel);
    expect(await nodesById(graph(), [stamps[0]!.token])).toEqual(new Map());
  });
});
