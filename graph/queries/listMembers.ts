import { englishRendering } from '../domain/companyName.ts';
import { endedStatuses, listingActiveAt } from '../domain/validity.ts';
import type { Graph } from '../driver.ts';

/**
 * The members of one credit list as a table: each listing on it with its subject, dates, deciding
 * agency and its status at `asOf` (in force → active; ended by repair or removal → that; not yet
 * begun → upcoming; else expired), filtered, sorted and paged in the database, with the counts by
 * status of the whole list (before the filters) for the table's header.
 */

export const listMemberStatuses = ['active', 'expired', 'repaired', 'removed', 'upcoming'] as const;
export type ListMemberStatus = (typeof listMemberStatuses)[number];
export const listMemberSorts = ['name', 'from', 'until', 'status', 'agency'] as const;
export type ListMemberSort = (typeof listMemberSorts)[number];

export interface ListMembersOptions {
  asOf: string;
  statuses?: readonly ListMemberStatus[];
  /** Substring of the subject's name, English name, id/USCC or the case number (case-insensitive). */
  text?: string;
  sort?: ListMemberSort;
  descending?: boolean;
  offset: number;
  first: number;
}

export interface ListMember {
  listingId: string;
  subjectId: string;
  subjectKind: string;
  name: string | null;
  nameEn: string | null;
  uscc: string | null;
  from: string;
  until: string | null;
  endedOn: string | null;
  caseNumber: string | null;
  status: ListMemberStatus;
  agencyId: string | null;
  agencyName: string | null;
  agencyNameEn: string | null;
}

export interface ListMembers {
  list: { id: string; name: string | null; nameEn: string | null; listKind: string | null };
  asOf: string;
  total: number;
  /** Rows matching the filters, before paging. */
  matching: number;
  counts: Array<{ status: ListMemberStatus; count: number }>;
  members: ListMember[];
}

const statusAt = `CASE WHEN ${listingActiveAt('m')} THEN 'active' WHEN m.status IN ['${endedStatuses.filter((s) => s !== 'expired').join("', '")}'] THEN m.status WHEN m.from > $asOf THEN 'upcoming' ELSE 'expired' END`;

// Sort keys over the page's row variables (s: subject, m: listing, status, a: the deciding agency).
const sortKey: Record<ListMemberSort, string> = {
  name: 'toLower(coalesce(s.nameZh, s.nameEn, s.id))',
  from: 'm.from',
  until: "coalesce(m.until, '9999-12-31')",
  status: 'status',
  agency: "coalesce(a.nameZh, '')",
};

const members = `MATCH (s)-[:LISTED]->(m:Listing)-[:ON_LIST]->(list) WHERE s:Company OR s:Person`;
const agencyOf = `CALL (m) { OPTIONAL MATCH (m)-[:DECIDED_BY]->(a:Agency) RETURN a LIMIT 1 }`;
const filtered = (text: boolean) =>
  `WITH s, m, ${statusAt} AS status WHERE (size($statuses) = 0 OR status IN $statuses)` +
  (text
    ? ` AND (toLower(coalesce(s.nameZh, s.nameEn, '')) CONTAINS $text OR toLower(coalesce(s.nameEn, s.namePinyin, '')) CONTAINS $text
       OR toLower(s.id) CONTAINS $text OR toLower(coalesce(m.caseNumber, '')) CONTAINS $text)`
    : '');

/**
 * One statement; at scale a list holds hundreds of thousands of listings, so no step collects them:
 * the counts are an aggregation over the listings alone, the page a top-k sort that reads the deciding
 * agency before the sort only when the sort needs it, and the filtered count a second pass only when a
 * text filter makes it differ from the counts by status.
 */
const membersCypher = (sort: ListMemberSort, descending: boolean, text: boolean) => `
MATCH (list:CreditList {id: $list})
CALL (list) {
  ${members}
  WITH ${statusAt} AS status, count(*) AS n
  RETURN collect({status: status, count: n}) AS counted
}
CALL (list) {
  ${members}
  ${filtered(text)}
  ${sort === 'agency' ? `${agencyOf}
  WITH s, m, status, a` : 'WITH s, m, status'}
  ORDER BY ${sortKey[sort]} ${descending ? 'DESC' : 'ASC'}, m.id
  SKIP toInteger($offset) LIMIT toInteger($first)
  ${sort === 'agency' ? '' : `${agencyOf}
  `}RETURN collect({listingId: m.id, subjectId: s.id, subjectKind: CASE WHEN s:Person THEN 'Person' ELSE 'Company' END,
    name: coalesce(s.nameZh, s.nameEn), nameEn: coalesce(s.nameEn, s.namePinyin), uscc: s.uscc, from: m.from, until: m.until,
    endedOn: m.endedOn, caseNumber: m.caseNumber, status: status, agencyId: a.id, agencyName: a.nameZh, agencyNameEn: a.nameEn}) AS page
}
${
  text
    ? `CALL (list) {
  ${members}
  ${filtered(true)}
  RETURN count(*) AS matching
}`
    : 'WITH list, counted, page, reduce(n = 0, c IN counted | n + CASE WHEN size($statuses) = 0 OR c.status IN $statuses THEN c.count ELSE 0 END) AS matching'
}
RETURN list.id AS id, coalesce(list.nameZh, list.nameEn) AS name, list.nameEn AS nameEn, list.kind AS listKind,
       reduce(n = 0, c IN counted | n + c.count) AS total, matching,
       [status IN $allStatuses | {status: status, count: coalesce(head([c IN counted WHERE c.status = status | c.count]), 0)}] AS counts, page`;

/** Null when no credit list has that id. */
export async function listMembers(graph: Graph, listId: string, options: ListMembersOptions): Promise<ListMembers | null> {
  const text = (options.text ?? '').trim().toLowerCase();
  const [row] = await graph.read<{
    id: string;
    name: string | null;
    nameEn: string | null;
    listKind: string | null;
    total: number;
    matching: number;
    counts: Array<{ status: ListMemberStatus; count: number }>;
    page: ListMember[];
  }>(membersCypher(options.sort ?? 'from', options.descending ?? (options.sort ?? 'from') === 'from', text !== ''), {
    list: listId,
    asOf: options.asOf,
    statuses: options.statuses ?? [],
    text,
    offset: options.offset,
    first: options.first,
    allStatuses: listMemberStatuses,
  });
  if (!row) return null;
  return {
    list: { id: row.id, name: row.name, nameEn: row.nameEn, listKind: row.listKind },
    asOf: options.asOf,
    total: row.total,
    matching: row.matching,
    counts: row.counts,
    // English mode reads a Chinese-named company in its pinyin-English rendering when it has no English name.
    members: row.page.map((member) => ({ ...member, nameEn: member.nameEn ?? (member.subjectKind === 'Company' && member.name ? englishRendering(member.name) : null) })),
  };
}
