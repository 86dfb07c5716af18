import type { Graph } from '../driver.ts';
import { bearersOfRules, type Bearer, type PartyKind } from '../domain/sanctions.ts';
import { listingActiveAt } from '../domain/validity.ts';
import { controlOf } from './control.ts';
import { directHolders, roleHolders, roleTies, toRoleTie, type DirectHolderRow, type RoleTieProps } from './holders.ts';
import { listedSubjectCounts } from './listedSubjects.ts';
import { listBases, measureLists } from './measureLists.ts';
import { listingProjection, toListing, toParty, type ListingRow, type Props } from './refs.ts';
import { partyKindOf } from '../queries/partyFields.ts';
import type { ListBasis, ListingRef, MeasureRef, Page, PageRequest, TraceParty } from './types.ts';

/** Page sizes above this would ask the ownership module about too many companies at once. */
export const maxBearerPage = 100;

/** One listed subject on whose listings the measure applies, and who bears it because of them. */
export interface MeasureCase {
  subject: TraceParty;
  listings: ListingRef[];
  bearers: Bearer<TraceParty>[];
}

export interface MeasureBearers extends Page<MeasureCase> {
  measure: MeasureRef;
  asOf: string;
  /** The lists on which the measure applies at the date, with its basis on each. */
  lists: ListBasis[];
}

// Subjects actively listed on the measure's lists, by id after the cursor, with their role ties.
const casesCypher = `
MATCH (list:CreditList)<-[:ON_LIST]-(l:Listing)<-[:LISTED]-(x)
WHERE list.id IN $lists AND ${listingActiveAt('l')} AND ($after IS NULL OR x.id > $after)
WITH x, collect(${listingProjection('l', 'list')}) AS listings
ORDER BY x.id
LIMIT toInteger($limit)
RETURN ${partyKindOf('x')} AS kind, properties(x) AS party, listings, ${roleTies('x')} AS ties,
  CASE WHEN x:Company THEN ${directHolders('x')} ELSE [] END AS directHolders`;

interface CaseRow {
  kind: PartyKind;
  party: Props;
  listings: ListingRow[];
  ties: RoleTieProps[];
  directHolders: DirectHolderRow[];
}

/**
 * Who bears `measureId` at `asOf` and why: the subjects listed on the lists where it applies, paged by
 * subject id, each with its bearers (rule 5). Null when no measure has that id.
 */
export async function measureBearers(graph: Graph, measureId: string, page: PageRequest): Promise<MeasureBearers | null> {
  const [found] = await measureLists(graph, { measure: measureId }, page.asOf);
  if (!found) return null;
  const lists = found.applied.map((a) => a.listId);
  const first = Math.min(page.first, maxBearerPage);
  const [rows, counts] = await Promise.all([
    lists.length ? graph.read<CaseRow>(casesCypher, { lists, asOf: page.asOf, after: page.after ?? null, limit: first + 1 }) : Promise.resolve([]),
    listedSubjectCounts(graph, [{ key: measureId, lists }], page.asOf),
  ]);
  const pageRows = rows.slice(0, first);
  const needsController = found.applied.some((a) => a.rules.some(({ rule }) => rule.bearers.includes('actual_controller')));
  const control = needsController ? await controlOf(graph, pageRows.filter((row) => row.kind === 'Company').map((row) => String(row.party.id)), page.asOf) : new Map();
  const items = pageRows.map((row): MeasureCase => {
    const subject = toParty(row.kind, row.party);
    const holders = roleHolders(subject, row.ties.map(toRoleTie), row.directHolders, control.get(subject.id));
    const listings = row.listings.map((listing) => toListing(listing, subject));
    const listedOn = listings.map((listing) => listing.list.id);
    const rules = found.applied.filter((a) => listedOn.includes(a.listId)).flatMap((a) => a.rules);
    return { subject, listings, bearers: bearersOfRules(rules, holders, listedOn) };
  });
  return {
    measure: found.measure,
    asOf: page.asOf,
    lists: listBases(found),
    items,
    totalCount: counts.get(measureId) ?? 0,
    hasNextPage: rows.length > first,
  };
}
