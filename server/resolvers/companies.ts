import { countCompanies, findCompanies, type CompanyFilter, type CompanyOrderField } from '../../graph/queries/companies.ts';
import type { ListKind } from '../../graph/model.ts';
import { decodeCursor, pageSize, parseDate } from '../args.ts';
import { connection } from '../connection.ts';
import type { Context } from '../context.ts';
import { badUserInput } from '../errors.ts';
import type { ResolverMap } from './merge.ts';

interface CompanyFilterInput {
  nameContains?: string | null;
  divisionCodePrefix?: string | null;
  industryCodePrefix?: string | null;
  status?: string[] | null;
  legalForm?: string[] | null;
  established?: { from?: string | null; to?: string | null } | null;
  onList?: string[] | null;
  listKind?: ListKind | null;
  activeListingAsOf?: string | null;
  synthetic?: boolean | null;
}

interface CompaniesArgs {
  filter?: CompanyFilterInput | null;
  orderBy?: { field: CompanyOrderField; direction: 'ASC' | 'DESC' } | null;
  first?: number | null;
  after?: string | null;
}

const orUndefined = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value);

/** Checks the filter input and turns it into graph/queries' filter. */
export function companyFilter(input: CompanyFilterInput | null | undefined): CompanyFilter {
  if (!input) return {};
  const text = (name: keyof CompanyFilterInput, value: string | null | undefined, pattern?: RegExp, hint?: string) => {
    if (value === null || value === undefined) return undefined;
    const trimmed = value.trim();
    if (trimmed === '') throw badUserInput(`filter.${name}`, 'must not be empty (omit it instead)');
    if (pattern && !pattern.test(trimmed)) throw badUserInput(`filter.${name}`, hint ?? 'malformed', { found: value });
    return trimmed;
  };
  const from = input.established?.from ? parseDate('filter.established.from', input.established.from) : undefined;
  const to = input.established?.to ? parseDate('filter.established.to', input.established.to) : undefined;
  if (from && to && from > to) throw badUserInput('filter.established', `from (${from}) is after to (${to})`);
  return {
    nameContains: text('nameContains', input.nameContains),
    divisionCodePrefix: text('divisionCodePrefix', input.divisionCodePrefix, /^\d{1,6}$/, 'a GB/T 2260 code prefix is 1–6 digits'),
    industryCodePrefix: text('industryCodePrefix', input.industryCodePrefix, /^[A-Ta-t]\d{0,4}$/, 'a GB/T 4754 prefix is a section letter A–T, optionally followed by digits')?.toUpperCase(),
    statuses: orUndefined(input.status),
    legalForms: orUndefined(input.legalForm),
    establishedFrom: from,
    establishedTo: to,
    onLists: orUndefined(input.onList),
    listKind: orUndefined(input.listKind),
    activeListingAsOf: input.activeListingAsOf ? parseDate('filter.activeListingAsOf', input.activeListingAsOf) : undefined,
    synthetic: orUndefined(input.synthetic),
  };
}

function keysetCursor(value: string | null | undefined): [string | number, string] | undefined {
  const decoded = decodeCursor(value);
  if (decoded === undefined) return undefined;
  const [key, id] = decoded;
  if (decoded.length !== 2 || (typeof key !== 'string' && typeof key !== 'number') || typeof id !== 'string') {
    throw badUserInput('after', 'not a cursor of this list', { found: value ?? '' });
  }
  return [key, id];
}

export const companyResolvers: ResolverMap = {
  Query: {
    companies: async (_: unknown, args: CompaniesArgs, context: Context) => {
      const filter = companyFilter(args.filter);
      const order = { field: args.orderBy?.field ?? 'NAME', descending: args.orderBy?.direction === 'DESC' };
      const limit = pageSize(args.first);
      const page = await findCompanies(context.graph, filter, order, { after: keysetCursor(args.after), limit });
      const sortKeys = new Map(page.companies.map(({ node, sortKey }) => [node, sortKey]));
      return connection(
        page.companies.map(({ node }) => node),
        (node) => [sortKeys.get(node), node.id],
        { hasNextPage: page.hasMore, hasPreviousPage: Boolean(args.after), totalCount: () => countCompanies(context.graph, filter) },
      );
    },
  },
};
