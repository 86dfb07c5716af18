import { listingActiveAt } from '../domain/validity.ts';
import type { Graph } from '../driver.ts';
import type { ListKind } from '../model.ts';
import { nodeProjection, toNodeRecord, type NodeRecord, type ProjectedNode } from './nodeRecord.ts';

/**
 * The analyst's company finder: filters combined with AND, keyset pagination on (sort key, id).
 * Only the filters given become WHERE clauses, so the planner can use the range/text index of the
 * one that narrows most (division prefix, status, name text index).
 */
export interface CompanyFilter {
  /** Substring of the Chinese or English name (English case-insensitive). */
  nameContains?: string;
  divisionCodePrefix?: string;
  industryCodePrefix?: string;
  statuses?: string[];
  legalForms?: string[];
  establishedFrom?: string;
  establishedTo?: string;
  /** Listed on one of these lists (ids)… */
  onLists?: string[];
  /** …or on a list of this kind… */
  listKind?: ListKind;
  /** …with a listing active at this date (without it: any listing, past or present). */
  activeListingAsOf?: string;
  /** Only listed companies (any list) — implied by the three above. */
  listed?: boolean;
  synthetic?: boolean;
}

export const companyOrderKeys = {
  NAME: "coalesce(c.nameZh, c.nameEn, '')",
  ESTABLISHED: "coalesce(c.established, '')",
  REGISTERED_CAPITAL: 'coalesce(c.registeredCapital, -1.0)',
  USCC: 'c.id',
} as const;
export type CompanyOrderField = keyof typeof companyOrderKeys;

export interface CompanyOrder {
  field: CompanyOrderField;
  descending: boolean;
}

export interface CompanyPage {
  companies: Array<{ node: NodeRecord; sortKey: string | number }>;
  hasMore: boolean;
}

function whereClauses(filter: CompanyFilter): string[] {
  const clauses: string[] = [];
  if (filter.nameContains !== undefined) {
    // Chinese text: nameZh alone, so the planner can use its text (trigram) index.
    clauses.push(
      /\p{Script=Han}/u.test(filter.nameContains)
        ? 'c.nameZh CONTAINS $f.nameContains'
        : '(c.nameZh CONTAINS $f.nameContains OR toLower(c.nameEn) CONTAINS toLower($f.nameContains))',
    );
  }
  if (filter.divisionCodePrefix !== undefined) clauses.push('c.divisionCode STARTS WITH $f.divisionCodePrefix');
  if (filter.industryCodePrefix !== undefined) clauses.push('c.industryCode STARTS WITH $f.industryCodePrefix');
  if (filter.statuses !== undefined) clauses.push('c.status IN $f.statuses');
  if (filter.legalForms !== undefined) clauses.push('c.legalForm IN $f.legalForms');
  if (filter.establishedFrom !== undefined) clauses.push('c.established >= $f.establishedFrom');
  if (filter.establishedTo !== undefined) clauses.push('c.established <= $f.establishedTo');
  if (filter.synthetic !== undefined) clauses.push('coalesce(c.synthetic, false) = $f.synthetic');
  const listing: string[] = [];
  if (filter.onLists !== undefined) listing.push('cl.id IN $f.onLists');
  if (filter.listKind !== undefined) listing.push('cl.kind = $f.listKind');
  if (filter.activeListingAsOf !== undefined) listing.push(listingActiveAt('l'));
  if (listing.length > 0 || filter.listed) {
    clauses.push(`EXISTS { MATCH (c)-[:LISTED]->(l:Listing)-[:ON_LIST]->(cl:CreditList) WHERE ${listing.join(' AND ') || 'true'} }`);
  }
  return clauses;
}

const where = (clauses: string[]) => (clauses.length ? `WHERE ${clauses.join(' AND ')}` : '');

/** The filter as query parameters (`$f`, and `$asOf` for the listing rule). */
const filterParams = (filter: CompanyFilter) => ({
  f: Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)),
  asOf: filter.activeListingAsOf ?? null,
});

/** One page of companies matching the filter, in `order`, after the keyset `after` ([sortKey, id]). */
export async function findCompanies(
  graph: Graph,
  filter: CompanyFilter,
  order: CompanyOrder,
  page: { after?: [string | number, string]; limit: number },
): Promise<CompanyPage> {
  const key = companyOrderKeys[order.field];
  const clauses = whereClauses(filter);
  if (page.after) {
    clauses.push(
      order.descending
        ? `(${key} < $after[0] OR (${key} = $after[0] AND c.id > $after[1]))`
        : `(${key} > $after[0] OR (${key} = $after[0] AND c.id > $after[1]))`,
    );
  }
  const cypher = `
MATCH (c:Company)
${where(clauses)}
WITH c, ${key} AS sortKey
ORDER BY sortKey ${order.descending ? 'DESC' : 'ASC'}, c.id ASC
LIMIT toInteger($limitPlusOne)
RETURN sortKey, ${nodeProjection('c')} AS node`;
  const rows = await graph.read<{ sortKey: string | number; node: ProjectedNode }>(cypher, {
    ...filterParams(filter),
    after: page.after ?? null,
    limitPlusOne: page.limit + 1,
  });
  return {
    companies: rows.slice(0, page.limit).map((row) => ({ node: toNodeRecord(row.node), sortKey: row.sortKey })),
    hasMore: rows.length > page.limit,
  };
}

/** How many companies match (only run when the client asks for totalCount). */
export async function countCompanies(graph: Graph, filter: CompanyFilter): Promise<number> {
  const rows = await graph.read<{ total: number }>(`MATCH (c:Company) ${where(whereClauses(filter))} RETURN count(c) AS total`, filterParams(filter));
  return rows[0]?.total ?? 0;
}
