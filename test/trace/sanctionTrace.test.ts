import { describe, expect, it } from 'vitest';
import { forgetListReferences } from '../../graph/trace/listMeasures.ts';
import { sanctionTrace } from '../../graph/trace/sanctionTrace.ts';
import type { SanctionTrace } from '../../graph/trace/types.ts';
import { useSanctionStory } from './fixtures.ts';

const { id, short, graph } = useSanctionStory('trg-');

/** `bearer→measure` pairs of the chains, prefix stripped, sorted. */
const pairs = (trace: SanctionTrace) => [...new Set(trace.chains.map((c) => `${short(c.bearer.id)}→${short(c.measure.id)}`))].sort();
const measureIds = (trace: SanctionTrace) => trace.measures.map((m) => short(m.measure.id));

async function trace(subject: string, asOf: string): Promise<SanctionTrace> {
  const result = await sanctionTrace(graph(), id(subject), asOf);
  if (!result) throw new Error(`no trace for ${subject}`);
  return result;
}

describe('sanctionTrace on a listed company', () => {
  it('gives every measure of the list in force, with exactly the bearers holding each role at the date', async () => {
    const result = await trace('c1', '2024-06-01');
    expect(result.subject).toMatchObject({ id: id('c1'), kind: 'Company' });
    expect(result.listings.map((l) => short(l.id))).toEqual(['l1']);
    expect(measureIds(result)).toEqual(['board', 'consume', 'exit', 'finance', 'procure']);
    expect(pairs(result)).toEqual([
      'c1→consume',
      'c1→finance',
      'c1→procure',
      'h1→finance', // controlling shareholder: 60 % direct
      'p1→consume', // legal representative
      'p1→exit',
      'p2→board', // chair: director
      'p2→consume', // chair: principal responsible person
      'p3→board', // general manager: senior manager
      'p3→consume',
      'p4→board', // finance officer: senior manager, directly responsible
      'p4→consume',
      'p5→board',
      'p6→board', // supervisor
      'p9→consume', // actual controller by the chain of control: h1 holds 60 % of c1, p9 80 % of h1 (48 % integrated > p10's 40 %)
      'p9→finance',
    ]);
  });

  it('says why each bearer bears a measure', async () => {
    const result = await trace('c1', '2024-06-01');
    const consume = result.measures.find((m) => short(m.measure.id) === 'consume')!;
    const roles = Object.fromEntries(consume.bearers.map((b) => [short(b.party.id), b.roles]));
    expect(roles).toEqual({
      c1: ['entity'],
      p1: ['legal_representative'],
      p2: ['principal_responsible_person'],
      p3: ['principal_responsible_person'],
      p4: ['directly_responsible_person'],
      p9: ['actual_controller'],
    });
    const controller = consume.bearers.find((b) => short(b.party.id) === 'p9')!.evidence[0]!.tie;
    expect(controller).toMatchObject({ relation: 'ACTUAL_CONTROLLER', rule: 'majority' });
    expect(controller.relation === 'ACTUAL_CONTROLLER' && controller.share).toBeCloseTo(0.48, 9);
    const board = result.bearers.find((b) => short(b.party.id) === 'p4')!;
    expect(board.roles.sort()).toEqual(['directly_responsible_person', 'senior_manager']);
  });

  it('lists a measure reached by two documents once, citing both, and never cites another list\'s documents', async () => {
    const result = await trace('c1', '2024-06-01');
    const consume = result.measures.find((m) => short(m.measure.id) === 'consume')!;
    // policy ranks above basic list above memorandum; the covering edition is part of the basis (rule 4)
    expect(consume.documents.map((d) => short(d.id))).toEqual(['opinion', 'basic', 'mou']);
    expect(consume.documents.map((d) => d.docNumber)).toEqual(['测〔2016〕opinion号', '测〔2024〕basic号', '测〔2016〕mou号']);
    expect(consume.citations.map((c) => [c.docNumber, c.article])).toEqual([['测〔2016〕mou号', '1'], ['测〔2016〕opinion号', '1']]);
    expect(consume).toMatchObject({ inBasicList: true, conditional: false, conditions: [] });
    expect(consume.basisLevel).toBe('policy');
    expect(consume.belowLawOrRegulation).toBe(true);
    expect(consume.agencies.map((a) => short(a.id))).toEqual(['caac', 'rail']);
    const procure = result.measures.find((m) => short(m.measure.id) === 'procure')!;
    expect(procure.documents.map((d) => short(d.id))).toEqual(['basic', 'mou']);
    const exit = result.measures.find((m) => short(m.measure.id) === 'exit')!;
    expect(exit).toMatchObject({ basisLevel: 'law', belowLawOrRegulation: false });
    const chain = result.chains.find((c) => short(c.bearer.id) === 'p1' && short(c.measure.id) === 'consume')!;
    expect(chain).toMatchObject({ via: { id: id('c1') }, listing: { id: id('l1'), list: { id: id('jd'), listKind: 'blacklist' } } });
    expect(chain.agencies.map((a) => a.nameEn)).toEqual(['caac agency', 'rail agency']);
  });

  it('counts by agency and by category', async () => {
    const result = await trace('c1', '2024-06-01');
    const byAgency = Object.fromEntries(result.byAgency.map((a) => [short(a.agency.id), [a.measures, a.chains]]));
    expect(byAgency).toEqual({ caac: [1, 6], rail: [1, 6], cbrc: [1, 3], court: [1, 1], mof: [1, 1], samr: [1, 5] });
    expect(result.byCategory).toEqual([
      { category: 'consumption_and_travel', measures: 2, chains: 7 },
      { category: 'finance', measures: 1, chains: 3 },
      { category: 'market_activity', measures: 1, chains: 1 },
      { category: 'positions', measures: 1, chains: 5 },
    ]);
  });

  it('returns the trace as a canvas subgraph with derived BEARS edges', async () => {
    const result = await trace('c1', '2024-06-01');
    const edges = new Set(result.view.edges.map((e) => `${short(e.source)} ${e.type} ${short(e.target)}`));
    for (const edge of ['c1 LISTED l1', 'l1 ON_LIST jd', 'mou TRIGGERED_BY jd', 'mou DEFINES consume', 'opinion DEFINES consume', 'consume IMPLEMENTED_BY caac', 'p1 LEGAL_REPRESENTATIVE_OF c1', 'p1 BEARS consume', 'p9 ACTUAL_CONTROLLER_OF c1', 'h1 CONTROLLING_SHAREHOLDER_OF c1']) {
      expect(edges).toContain(edge);
    }
    const nodeIds = new Set(result.view.nodes.map((n) => n.id));
    for (const edge of result.view.edges) {
      expect(nodeIds).toContain(edge.source);
      expect(nodeIds).toContain(edge.target);
    }
    expect(result.view.nodes.find((n) => n.id === id('c1'))).toMatchObject({ kind: 'Company', activeListKinds: ['blacklist'] });
    expect(nodeIds).not.toContain(id('p7'));
    expect(nodeIds).not.toContain(id('ruleOther'));
  });
});

describe('dates', () => {
  it('applies everything during a listing and nothing after its until', async () => {
    const during = await trace('c3', '2019-06-01');
    expect(pairs(during)).toEqual(['c3→consume', 'c3→finance', 'c3→procure']);
    const after = await trace('c3', '2020-01-01');
    expect(after.listings).toEqual([]);
    expect(after.chains).toEqual([]);
  });

  it('applies a memorandum\'s measures before its repeal only, and documents only once effective', async () => {
    const early = await trace('c3', '2016-06-01');
    expect(early.listings).toEqual([]);
    const beforeRepeal = await trace('c3', '2017-06-01');
    expect(pairs(beforeRepeal)).toEqual(['c3→consume', 'c3→finance', 'c3→old', 'c3→procure']);
    expect(beforeRepeal.measures.find((m) => short(m.measure.id) === 'consume')!.documents.map((d) => short(d.id))).toEqual(['opinion', 'mou']);
    const afterRepeal = await trace('c3', '2018-01-01');
    expect(measureIds(afterRepeal)).not.toContain('old');
  });

  it('ends a repaired listing on the repair date', async () => {
    expect(pairs(await trace('c4', '2021-05-31'))).toEqual(['c4→consume', 'c4→finance', 'c4→procure']);
    const repaired = await trace('c4', '2021-06-01');
    expect(repaired.listings).toEqual([]);
    expect(repaired.chains).toEqual([]);
  });

  it('never applies a draft', async () => {
    expect(measureIds(await trace('c1', '2024-06-01'))).not.toContain('drafted');
  });
});

describe('persons and other bearers', () => {
  it('gives a legal representative the measures they bear through the listed company only', async () => {
    forgetListReferences(); // cold: the lists are read (a process that keeps them sends one statement)
    const before = graph().queryCount;
    const result = await trace('p1', '2024-06-01');
    expect(graph().queryCount - before).toBe(2); // no controller needed: the cases and their lists, whatever their number
    expect(result.subject).toMatchObject({ id: id('p1'), kind: 'Person' });
    expect(pairs(result)).toEqual(['p1→consume', 'p1→exit']);
    expect(result.listings.map((l) => [short(l.party.id), short(l.id)])).toEqual([['c1', 'l1']]);
    expect(result.chains.every((c) => c.via.id === id('c1') && c.roles.includes('legal_representative'))).toBe(true);
  });

  it('stops at the end of a role: a former legal representative bears nothing', async () => {
    expect((await trace('p8', '2024-06-01')).chains).toEqual([]);
    expect(pairs(await trace('p7', '2021-06-01'))).toEqual(['p7→board', 'p7→consume']);
    expect((await trace('p7', '2024-06-01')).chains).toEqual([]);
  });

  it('gives the actual controller two levels up its measures, and the controlling shareholder its own', async () => {
    expect(pairs(await trace('p9', '2024-06-01'))).toEqual(['p9→consume', 'p9→finance']);
    expect(pairs(await trace('h1', '2024-06-01'))).toEqual(['h1→finance']);
    expect((await trace('p10', '2024-06-01')).chains).toEqual([]);
  });

  it('applies to a listed person only the measures addressed to individuals', async () => {
    expect(pairs(await trace('p11', '2024-06-01'))).toEqual(['p11→exit']);
  });

  it('turns a redlist into incentives', async () => {
    const result = await trace('c5', '2024-06-01');
    expect(pairs(result)).toEqual(['c5→green']);
    expect(result.measures[0]!.measure).toMatchObject({ polarity: 'incentive', category: 'facilitation' });
    expect(result.byCategory).toEqual([{ category: 'facilitation', measures: 1, chains: 1 }]);
    expect(result.view.nodes.find((n) => n.id === id('c5'))).toMatchObject({ activeListKinds: ['redlist'] });
  });

  it('returns null for an unknown subject and an empty trace for an unlisted one', async () => {
    expect(await sanctionTrace(graph(), id('nobody'), '2024-06-01')).toBeNull();
    expect(await sanctionTrace(graph(), id('mou'), '2024-06-01')).toBeNull(); // a document is not a subject
    const clean = await trace('c2', '2024-06-01');
    expect(clean).toMatchObject({ listings: [], chains: [], measures: [], bearers: [] });
    expect(clean.view.nodes.map((n) => n.id)).toEqual([id('c2')]);
  });
});
