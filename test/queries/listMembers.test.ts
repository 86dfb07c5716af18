import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { listMembers, listMemberSorts, listMemberStatuses, type ListMemberStatus, type ListMembersOptions } from '../../graph/queries/listMembers.ts';
import { endedStatuses, listingActive } from '../../graph/domain/validity.ts';
import { removeFixtures, testGraph } from '../support/graph.ts';
import { loadFixtureGraph, type FixtureGraph } from '../trace/fixtures.ts';

/**
 * The list-member table against a reference worked out in memory from the fixture itself: every
 * filter, sort, direction and page must give the rows (and counts) the table's definition gives
 * (graph/queries/listMembers.ts: status at the date by graph/domain/validity.ts rule 1, then ended by
 * repair or removal, not yet begun, else expired).
 */

const p = 'lmt_';
const asOf = '2024-06-01';

interface Member {
  n: number;
  kind: 'Company' | 'Person';
  nameZh: string | null;
  nameEn: string | null;
  from: string;
  until: string | null;
  status: string | null;
  endedOn: string | null;
  caseNumber: string | null;
  agency: 'a1' | 'a2' | null;
}

const pick = <T,>(values: readonly T[], i: number): T => values[i % values.length]!;

// 24 listings, varied on every column the table filters or sorts by; a few share dates and names so ties
// fall to the listing id.
const members: Member[] = Array.from({ length: 24 }, (_, i) => ({
  n: i,
  kind: i % 5 === 0 ? 'Person' : 'Company',
  nameZh: i % 7 === 3 ? null : `测试${pick(['甲', '乙', '丙', '丁'], i)}公司${i % 6}`,
  nameEn: i % 3 === 0 ? `Test Co ${String.fromCharCode(65 + (i % 8))}` : null,
  from: pick(['2019-01-01', '2023-02-01', '2024-06-01', '2025-01-01', '2021-07-15'], i),
  until: i % 4 === 0 ? null : pick(['2024-06-01', '2026-01-01', '2022-01-01'], i),
  status: i % 6 === 1 ? 'repaired' : i % 6 === 4 ? 'removed' : i % 11 === 2 ? 'expired' : null,
  endedOn: i % 6 === 1 ? '2024-01-10' : i % 6 === 4 ? (i % 12 === 4 ? '2025-03-01' : i === 22 ? null : '2024-03-01') : null,
  caseNumber: i % 2 === 0 ? `（2023）测执${100 + i}号` : null,
  agency: i % 3 === 0 ? 'a1' : i % 3 === 1 ? 'a2' : null,
}));

const agencyNames = { a1: '甲法院', a2: '乙法院' } as const;

function statusOf(m: Member): ListMemberStatus {
  if (listingActive(m, asOf)) return 'active';
  if (m.status && m.status !== 'expired' && (endedStatuses as readonly string[]).includes(m.status)) return m.status as ListMemberStatus;
  if (m.from > asOf) return 'upcoming';
  return 'expired';
}

const listingId = (m: Member) => `${p}l${String(m.n).padStart(2, '0')}`;
const subjectId = (m: Member) => `${p}s${String(m.n).padStart(2, '0')}`;
const name = (m: Member) => m.nameZh ?? m.nameEn;

function expected(options: ListMembersOptions) {
  const text = (options.text ?? '').trim().toLowerCase();
  const rows = members.filter(
    (m) =>
      (!options.statuses?.length || options.statuses.includes(statusOf(m))) &&
      (text === '' ||
        [name(m), m.nameEn, subjectId(m), m.caseNumber].some((value) => (value ?? '').toLowerCase().includes(text))),
  );
  const sort = options.sort ?? 'from';
  const key = (m: Member): string =>
    sort === 'name' ? (name(m) ?? subjectId(m)).toLowerCase()
    : sort === 'from' ? m.from
    : sort === 'until' ? (m.until ?? '9999-12-31')
    : sort === 'status' ? statusOf(m)
    : m.agency ? agencyNames[m.agency] : '';
  const descending = options.descending ?? sort === 'from';
  const sorted = [...rows].sort((a, b) => {
    const byKey = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
    return (descending ? -byKey : byKey) || (listingId(a) < listingId(b) ? -1 : 1);
  });
  return {
    matching: rows.length,
    ids: sorted.slice(options.offset, options.offset + options.first).map(listingId),
  };
}

let graph: Graph;

beforeAll(async () => {
  graph = await testGraph();
  await removeFixtures(graph, p);
  const fixture: FixtureGraph = {
    nodes: {
      CreditList: [{ id: `${p}list`, nameZh: '测试名单', nameEn: 'Test list', kind: 'blacklist' }],
      Agency: Object.entries(agencyNames).map(([id, nameZh]) => ({ id: `${p}${id}`, nameZh })),
      Company: members.filter((m) => m.kind === 'Company').map((m) => ({ id: subjectId(m), ...(m.nameZh ? { nameZh: m.nameZh } : {}), ...(m.nameEn ? { nameEn: m.nameEn } : {}) })),
      Person: members.filter((m) => m.kind === 'Person').map((m) => ({ id: subjectId(m), ...(m.nameZh ? { nameZh: m.nameZh } : {}), ...(m.nameEn ? { nameEn: m.nameEn } : {}) })),
      Listing: members.map((m) => ({
        id: listingId(m),
        from: m.from,
        ...(m.until ? { until: m.until } : {}),
        ...(m.status ? { status: m.status } : {}),
        ...(m.endedOn ? { endedOn: m.endedOn } : {}),
        ...(m.caseNumber ? { caseNumber: m.caseNumber } : {}),
      })),
    },
    relationships: [
      ...members.map((m): [string, string, string] => ['LISTED', subjectId(m), listingId(m)]),
      ...members.map((m): [string, string, string] => ['ON_LIST', listingId(m), `${p}list`]),
      ...members.filter((m) => m.agency).map((m): [string, string, string] => ['DECIDED_BY', listingId(m), `${p}${m.agency}`]),
    ],
  };
  await loadFixtureGraph(graph, fixture);
});

afterAll(async () => {
  await removeFixtures(graph, p);
  await graph.close();
});

describe('list members', () => {
  it('counts the whole list by status at the date, before any filter', async () => {
    const result = await listMembers(graph, `${p}list`, { asOf, statuses: ['active'], text: '甲', offset: 0, first: 5 });
    expect(result?.total).toBe(members.length);
    const counts = Object.fromEntries(listMemberStatuses.map((status) => [status, members.filter((m) => statusOf(m) === status).length]));
    expect(Object.fromEntries((result?.counts ?? []).map((c) => [c.status, c.count]))).toEqual(counts);
    // The fixture must exercise every status, or the comparisons below prove less than they claim.
    expect(Object.values(counts).every((count) => count > 0)).toBe(true);
  });

  const cases: ListMembersOptions[] = [];
  for (const sort of listMemberSorts) {
    for (const descending of [false, true]) {
      cases.push({ asOf, sort, descending, offset: 0, first: 7 });
      cases.push({ asOf, sort, descending, offset: 7, first: 7 });
      cases.push({ asOf, sort, descending, statuses: ['active', 'upcoming'], offset: 0, first: 50 });
      cases.push({ asOf, sort, descending, text: ' 甲 ', offset: 1, first: 3 });
      cases.push({ asOf, sort, descending, text: 'test co', statuses: ['expired', 'repaired', 'removed'], offset: 0, first: 50 });
    }
  }
  cases.push({ asOf, text: '测执1', offset: 0, first: 50 }, { asOf, text: `${p}s0`, offset: 0, first: 4 }, { asOf, text: 'no such member', offset: 0, first: 10 });

  it.each(cases.map((options) => [JSON.stringify(options), options] as const))('pages, sorts and filters as defined: %s', async (_, options) => {
    const result = await listMembers(graph, `${p}list`, options);
    const want = expected(options);
    expect(result?.matching).toBe(want.matching);
    expect(result?.members.map((m) => m.listingId)).toEqual(want.ids);
  });

  it('gives each row its subject, dates, status and deciding agency', async () => {
    const result = await listMembers(graph, `${p}list`, { asOf, sort: 'name', offset: 0, first: 50 });
    for (const row of result?.members ?? []) {
      const m = members.find((candidate) => listingId(candidate) === row.listingId)!;
      expect(row).toMatchObject({
        subjectId: subjectId(m),
        subjectKind: m.kind,
        name: name(m),
        from: m.from,
        until: m.until,
        endedOn: m.endedOn,
        caseNumber: m.caseNumber,
        status: statusOf(m),
        agencyId: m.agency ? `${p}${m.agency}` : null,
        agencyName: m.agency ? agencyNames[m.agency] : null,
      });
    }
    expect(result?.members).toHaveLength(members.length);
  });

  it('answers null for a list that does not exist', async () => {
    expect(await listMembers(graph, `${p}nolist`, { asOf, offset: 0, first: 5 })).toBeNull();
  });
});
