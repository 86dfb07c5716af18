import { describe, expect, it } from 'vitest';
import { agencyObligations } from '../../graph/trace/agencyObligations.ts';
import { legalBasisAudit } from '../../graph/trace/legalBasisAudit.ts';
import { measureBearers } from '../../graph/trace/measureBearers.ts';
import { useSanctionStory } from './fixtures.ts';

const prefix = 'trr-';
const { id, short, graph } = useSanctionStory(prefix);

describe('agencyObligations', () => {
  it('gives the measures an agency must enforce, on which lists and basis, and how many subjects are listed now', async () => {
    const result = await agencyObligations(graph(), id('mof'), { asOf: '2024-06-01', first: 10 });
    expect(result?.agency).toMatchObject({ id: id('mof'), nameEn: 'mof agency' });
    // `old` rests on a repealed memorandum and `drafted` on a draft: neither is enforced in 2024.
    expect(result?.items.map((o) => short(o.measure.id))).toEqual(['procure']);
    const procure = result!.items[0]!;
    expect(procure.lists.map((l) => [short(l.list.id), l.documents.map((d) => short(d.id))])).toEqual([
      // The edition in force that covers the measure is part of its basis (sanctions.ts rule 4).
      ['jd', ['basic', 'mou']],
      ['other', ['ruleOther', 'basic', 'mouOther']],
    ]);
    expect(procure.listedSubjects).toBe(2); // c1 and p11; c3 expired, c4 repaired
    expect(result).toMatchObject({ totalCount: 1, hasNextPage: false });
  });

  it('pages by measure id', async () => {
    const first = await agencyObligations(graph(), id('mof'), { asOf: '2017-06-01', first: 1 });
    expect(first?.items.map((o) => short(o.measure.id))).toEqual(['old']);
    expect(first).toMatchObject({ totalCount: 2, hasNextPage: true });
    expect(first!.items[0]!.listedSubjects).toBe(1); // c3, listed 2017–2020
    const second = await agencyObligations(graph(), id('mof'), { asOf: '2017-06-01', first: 1, after: id('old') });
    expect(second?.items.map((o) => short(o.measure.id))).toEqual(['procure']);
    expect(second?.hasNextPage).toBe(false);
  });

  it('returns null for an id that is not an agency', async () => {
    expect(await agencyObligations(graph(), id('c1'), { asOf: '2024-06-01', first: 10 })).toBeNull();
    expect(await agencyObligations(graph(), id('nobody'), { asOf: '2024-06-01', first: 10 })).toBeNull();
  });
});

describe('measureBearers', () => {
  it('gives each listed subject with the bearers its listing makes, paged by subject id', async () => {
    const all = await measureBearers(graph(), id('consume'), { asOf: '2024-06-01', first: 10 });
    expect(all?.lists.map((l) => [short(l.list.id), l.basisLevel, l.belowLawOrRegulation])).toEqual([['jd', 'policy', true]]);
    expect(all?.items.map((c) => [short(c.subject.id), c.bearers.map((b) => short(b.party.id))])).toEqual([
      ['c1', ['c1', 'p1', 'p2', 'p3', 'p4', 'p9']],
      ['p11', []], // listed, but the measure names no individual
    ]);
    expect(all?.items[0]!.listings.map((l) => short(l.id))).toEqual(['l1']);
    expect(all).toMatchObject({ totalCount: 2, hasNextPage: false });

    const first = await measureBearers(graph(), id('consume'), { asOf: '2024-06-01', first: 1 });
    expect(first?.items.map((c) => short(c.subject.id))).toEqual(['c1']);
    expect(first?.hasNextPage).toBe(true);
    const second = await measureBearers(graph(), id('consume'), { asOf: '2024-06-01', first: 1, after: id('c1') });
    expect(second?.items.map((c) => short(c.subject.id))).toEqual(['p11']);
    expect(second?.hasNextPage).toBe(false);
  });

  it('follows the date: a repaired listing bears until the repair', async () => {
    const result = await measureBearers(graph(), id('procure'), { asOf: '2021-05-31', first: 10 });
    expect(result?.items.map((c) => short(c.subject.id))).toEqual(['c1', 'c4']);
    expect((await measureBearers(graph(), id('procure'), { asOf: '2021-06-01', first: 10 }))?.items.map((c) => short(c.subject.id))).toEqual(['c1']);
  });

  it('returns an empty page for a measure that applies nowhere, and null for an unknown one', async () => {
    expect(await measureBearers(graph(), id('old'), { asOf: '2024-06-01', first: 10 })).toMatchObject({ lists: [], items: [], totalCount: 0, hasNextPage: false });
    expect(await measureBearers(graph(), id('nothing'), { asOf: '2024-06-01', first: 10 })).toBeNull();
  });
});

describe('legalBasisAudit', () => {
  it('reports lists and measures resting below law or regulation, on nothing in force, or on nothing', async () => {
    const audit = await legalBasisAudit(graph(), '2024-06-01');
    const mine = <T extends { problem: string }>(findings: T[], key: (f: T) => string) =>
      findings.filter((f) => key(f).startsWith(prefix)).map((f) => `${short(key(f))} ${f.problem}`);
    expect(mine(audit.lists, (f) => f.list.id)).toEqual(['other below_law_or_regulation', 'red no_document']);
    expect(mine(audit.measures, (f) => `${f.measure.id}/${f.list ? short(f.list.id) : '-'}`)).toEqual([
      'board/jd below_law_or_regulation',
      'consume/jd below_law_or_regulation',
      'drafted/jd none_in_force',
      'finance/jd below_law_or_regulation',
      'green/red below_law_or_regulation',
      'old/jd none_in_force',
      'procure/jd below_law_or_regulation',
      'procure/other below_law_or_regulation',
    ]);
    const other = audit.lists.find((f) => f.list.id === id('other'))!;
    expect(other).toMatchObject({
      basisLevel: 'departmental_rule',
      documents: [
        { id: id('ruleOther'), type: 'departmental_rule' },
        { id: id('opinion'), type: 'policy' },
      ],
    });
  });

  it('judges at the date: before its repeal the old memorandum is a basis, if a weak one', async () => {
    const audit = await legalBasisAudit(graph(), '2017-06-01');
    const old = audit.measures.find((f) => f.measure.id === id('old'))!;
    expect(old).toMatchObject({ problem: 'below_law_or_regulation', basisLevel: 'memorandum', documents: [{ id: id('mouOld') }] });
  });
});
