import { listingActiveAt } from '../domain/validity.ts';
import type { Graph } from '../driver.ts';
import { linkDegree, linkPattern, type Direction, type Via } from '../paths/linkPattern.ts';
import { drawnPartyFields } from '../queries/partyFields.ts';
import { pathProjection, type PathNode, type TypedPath } from '../paths/typedPath.ts';

/** An active listing of a party, with its list. */
export interface ActiveListing {
  id: string;
  listId: string;
  listName: string | null;
  listNameEn: string | null;
  listKind: string;
  from: string;
  until: string | null;
  status: string;
  reason: string | null;
  caseNumber: string | null;
  /** `foreign` for a foreign sanctions list (graph/domain/foreignSanctions.ts), else `domestic`. */
  origin: string;
  /** Foreign lists: the sanctioning authority and its programme. */
  authority: string | null;
  program: string | null;
  sourceUrl: string | null;
}

export interface RawHit {
  party: PathNode;
  hops: number;
  /** Shortest paths, up to `pathCap`. */
  paths: TypedPath[];
  pathCount: number;
  listings: ActiveListing[];
}

export interface Hub extends PathNode {
  degree: number;
}

export interface HitSearch {
  /** The subjects searched from, each on its own (a screening batch searches many in one statement). */
  subjects: readonly string[];
  asOf: string;
  maxHops: number;
  via: readonly Via[];
  direction: Direction;
  listKinds: readonly string[];
  hubDegree: number;
  /** Hits returned at most (nearest first); one more is read to tell that the cap was hit. */
  hitCap: number;
  pathCap: number;
  timeoutMs?: number;
}

/** Cypher map of listing `l` on list `cl` (the ActiveListing shape). */
export const listingProjection = (l: string, cl: string) =>
  `{id: ${l}.id, listId: ${cl}.id, listName: coalesce(${cl}.nameZh, ${cl}.nameEn), listNameEn: ${cl}.nameEn, listKind: ${cl}.kind, ` +
  `from: ${l}.from, until: ${l}.until, status: ${l}.status, reason: ${l}.reason, caseNumber: ${l}.caseNumber, ` +
  `origin: coalesce(${cl}.origin, 'domestic'), authority: ${cl}.authority, program: ${cl}.program, sourceUrl: coalesce(${l}.sourceUrl, ${cl}.sourceUrl)}`;

const listed = (t: string) =>
  `EXISTS { MATCH (${t})-[:LISTED]->(l:Listing)-[:ON_LIST]->(cl:CreditList) WHERE cl.kind IN $listKinds AND ${listingActiveAt('l')} }`;

/**
 * For each subject: every party within the hops with an active listing on a list of the asked kinds,
 * with all its shortest paths (ALL SHORTEST from the subject, expanding from it:
 * StatefulShortestPath(All)), plus the hubs the walk reached but did not pass through. Each subject
 * is searched in its own subquery, so the cap and the order hold per subject. The listing test sits
 * after a WITH so the planner cannot start from the listed parties (PROFILE showed an all-nodes scan
 * otherwise).
 */
export function hitsCypher(search: Pick<HitSearch, 'via' | 'direction' | 'maxHops'>): string {
  const pattern = linkPattern({ via: search.via, direction: search.direction, maxHops: search.maxHops, from: 's', to: 't' });
  return `
UNWIND $subjects AS subject
CALL (subject) {
  MATCH (s:Node {id: subject})
  MATCH p = ALL SHORTEST ${pattern}
  WITH s, t, p
  WHERE t <> s AND (${listed('t')} OR (length(p) < $maxHops AND ${linkDegree('t')} > $hubDegree))
  WITH t, collect(p) AS paths
  WITH t, paths, length(head(paths)) AS hops
  ORDER BY hops, t.id
  LIMIT toInteger($hitCap) + 1
  RETURN {id: t.id, kind: [l IN labels(t) WHERE l <> 'Node'][0], name: coalesce(t.nameZh, t.nameEn), ${drawnPartyFields('t')}} AS party,
         hops, size(paths) AS pathCount, ${linkDegree('t')} AS degree,
         [p IN paths[..toInteger($pathCap)] | ${pathProjection('p')}] AS paths,
         COLLECT { MATCH (t)-[:LISTED]->(l:Listing)-[:ON_LIST]->(cl:CreditList) WHERE cl.kind IN $listKinds AND ${listingActiveAt('l')}
                   RETURN ${listingProjection('l', 'cl')} AS listing ORDER BY listing.from, listing.id } AS listings
}
RETURN subject, party, hops, pathCount, degree, paths, listings`;
}

interface HitRow {
  subject: string;
  party: PathNode;
  hops: number;
  pathCount: number;
  degree: number;
  paths: TypedPath[];
  listings: ActiveListing[];
}

export interface FoundHits {
  hits: RawHit[];
  hitsCapped: boolean;
  hubs: Hub[];
}

/** The hits and hubs of each subject (every subject asked has an entry, empty when nothing is in reach). */
export async function findHits(graph: Graph, search: HitSearch): Promise<Map<string, FoundHits>> {
  const subjects = [...new Set(search.subjects)];
  const rows = await graph.read<HitRow>(
    hitsCypher(search),
    {
      subjects,
      asOf: search.asOf,
      maxHops: search.maxHops,
      listKinds: [...search.listKinds],
      hubDegree: search.hubDegree,
      hitCap: search.hitCap,
      pathCap: search.pathCap,
    },
    { timeoutMs: search.timeoutMs },
  );
  const found = new Map(subjects.map((subject): [string, FoundHits] => [subject, { hits: [], hitsCapped: false, hubs: [] }]));
  for (const row of rows) {
    const of = found.get(row.subject)!;
    if (row.listings.length > 0) of.hits.push({ party: row.party, hops: row.hops, paths: row.paths, pathCount: row.pathCount, listings: row.listings });
    if (row.degree > search.hubDegree && row.hops < search.maxHops) of.hubs.push({ ...row.party, degree: row.degree });
  }
  for (const of of found.values()) {
    of.hitsCapped = of.hits.length > search.hitCap;
    of.hits = of.hits.slice(0, search.hitCap);
  }
  return found;
}

const ownListingsCypher = `
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COLLECT { MATCH (n)-[:LISTED]->(l:Listing)-[:ON_LIST]->(cl:CreditList) WHERE cl.kind IN $listKinds AND ${listingActiveAt('l')}
                     RETURN ${listingProjection('l', 'cl')} AS listing ORDER BY listing.from, listing.id } AS listings`;

/** Each party's own active listings on lists of the given kinds, one query for the batch. */
export async function activeListingsOf(graph: Graph, ids: readonly string[], asOf: string, listKinds: readonly string[]): Promise<Map<string, ActiveListing[]>> {
  const rows = await graph.read<{ id: string; listings: ActiveListing[] }>(ownListingsCypher, { ids: [...new Set(ids)], asOf, listKinds: [...listKinds] });
  return new Map(rows.map((row) => [row.id, row.listings]));
}
