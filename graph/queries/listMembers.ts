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

const sortKey: Record<ListMemberSort, string> = {
  name: 'toLower(coalesce(name, subjectId))',
  from: 'from',
  until: "coalesce(until, '9999-12-31')",
  status: 'status',
  agency: "coalesce(agencyName, '')",
};

const membersCypher = (sort: ListMemberSort, descending: boolean) => `
MATCH (list:CreditList {id: $list})
CALL (list) {
  MATCH (s)-[:LISTED]->(m:Listing)-[:ON_LIST]->(list) WHERE s:Company OR s:Person
  OPTIONAL MATCH (m)-[:DECIDED_BY]->(a:Agency)
  WITH s, m, head(collect(a)) AS a
  RETURN m.id AS listingId, s.id AS subjectId, CASE WHEN s:Person THEN 'Person' ELSE 'Company' END AS subjectKind,
         coalesce(s.nameZh, s.nameEn) AS name, coalesce(s.nameEn, s.namePinyin) AS nameEn, s.uscc AS uscc,
         m.from AS from, m.until AS until, m.endedOn AS endedOn, m.caseNumber AS caseNumber, ${statusAt} AS status,
         a.id AS agencyId, a.nameZh AS agencyName, a.nameEn AS agencyNameEn
}
WITH list, collect({listingId: listingId, subjectId: subjectId, subjectKind: subjectKind, name: name, nameEn: nameEn, uscc: uscc, from: from,
  until: until, endedOn: endedOn, caseNumber: caseNumber, status: status, agencyId: agencyId, agencyName: agencyName, agencyNameEn: agencyNameEn}) AS rows
WITH list, rows, [row IN rows WHERE (size($statuses) = 0 OR row.status IN $statuses)
  AND ($text = '' OR toLower(coalesce(row.name, '')) CONTAINS $text OR toLower(coalesce(row.nameEn, '')) CONTAINS $text
       OR toLower(row.subjectId) CONTAINS $text OR toLower(coalesce(row.caseNumber, '')) CONTAINS $text)] AS matching
CALL (matching) {
  UNWIND matching AS row
  WITH row, row.name AS name, row.subjectId AS subjectId, row.from AS from, row.until AS until, row.status AS status, row.agencyName AS agencyName
  ORDER BY ${sortKey[sort]} ${descending ? 'DESC' : 'ASC'}, row.listingId
  SKIP toInteger($offset) LIMIT toInteger($first)
  RETURN collect(row) AS page
}
RETURN list.id AS id, coalesce(list.nameZh, list.nameEn) AS name, list.nameEn AS nameEn, list.kind AS listKind, size(rows) AS total, size(matching) AS matching,
       [status IN $allStatuses | {status: status, count: size([row IN rows WHERE row.status = status])}] AS counts, page`;

/** Null when no credit list has that id. */
export async function listMembers(graph: Graph, listId: string, options: ListMembersOptions): Promise<ListMembers | null> {
  const [row] = await graph.read<{
    id: string;
    name: string | null;
    nameEn: string | null;
    listKind: string | null;
    total: number;
    matching: number;
    counts: Array<{ status: ListMemberStatus; count: number }>;
    page: ListMember[];
  }>(membersCypher(options.sort ?? 'from', options.descending ?? (options.sort ?? 'from') === 'from'), {
    list: listId,
    asOf: options.asOf,
    statuses: options.statuses ?? [],
    text: (options.text ?? '').trim().toLowerCase(),
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
