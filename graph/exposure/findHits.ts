import { listingActiveAt } from '../domain/validity.ts';
import type { Graph } from '../driver.ts';
import { linkDegree, linkPattern, type Direction, type Via } from '../paths/linkPattern.ts';
import type { PartyRef } from '../model.ts';
import { drawnPartyFields, partyKindOf } from '../queries/partyFields.ts';
import { pathProjection, type PathNode, type TypedPath } from '../paths/typedPath.ts';
import { referenceStampExpression, type ReferenceStamp } from '../referenceStamp.ts';

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
 * For each subject that is a company, person or agency: the party itself (PartyRef), its own active
 * listings on lists of the asked kinds, and every party within the hops with an active listing on
 * such a list, with all its shortest paths (ALL SHORTEST from the subject, expanding from it:
 * StatefulShortestPath(All)), plus the hubs the walk reached but did not pass through, in one
 * statement for a chunk of subjects; each subject is searched in its own subquery, so the cap and the order hold per subject. The listing test sits
 * after a WITH so the planner cannot start from the listed parties (PROFILE showed an all-nodes scan
 * otherwise).
 */
export function hitsCypher(search: Pick<HitSearch, 'via' | 'direction' | 'maxHops'>): string {
  const pattern = linkPattern({ via: search.via, direction: search.direction, maxHops: search.maxHops, from: 's', to: 't' });
  return `
UNWIND $subjects AS subject
MATCH (s:Node {id: subject}) WHERE s:Company OR s:Person OR s:Agency
CALL (s) {
  MATCH p = ALL SHORTEST ${pattern}
  WITH s, t, p
  WHERE t <> s AND (${listed('t')} OR (length(p) < $maxHops AND ${linkDegree('t')} > $hubDegree))
  WITH t, collect(p) AS paths
  WITH t, paths, length(head(paths)) AS hops
  ORDER BY hops, t.id
  LIMIT toInteger($hitCap) + 1
  RETURN collect({
    party: {id: t.id, kind: [l IN labels(t) WHERE l <> 'Node'][0], name: coalesce(t.nameZh, t.nameEn), ${drawnPartyFields('t')}},
    hops: hops, pathCount: size(paths), degree: ${linkDegree('t')},
    paths: [p IN paths[..toInteger($pathCap)] | ${pathProjection('p')}],
    listings: COLLECT { MATCH (t)-[:LISTED]->(l:Listing)-[:ON_LIST]->(cl:CreditList) WHERE cl.kind IN $listKinds AND ${listingActiveAt('l')}
                        RETURN ${listingProjection('l', 'cl')} AS listing ORDER BY listing.from, listing.id }
  }) AS found
}
RETURN {id: s.id, kind: ${partyKindOf('s')}, name: coalesce(s.nameZh, s.nameEn), ${drawnPartyFields('s')}} AS party,
       COLLECT { MATCH (s)-[:LISTED]->(l:Listing)-[:ON_LIST]->(cl:CreditList) WHERE cl.kind IN $listKinds AND ${listingActiveAt('l')}
                 RETURN ${listingProjection('l', 'cl')} AS listing ORDER BY listing.from, listing.id } AS listings,
       found, ${referenceStampExpression} AS referenceStamp`;
}

interface HitRow {
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

/** What one statement reads about a subject: the party, its own active listings, its hits and hubs. */
export interface SubjectHits extends FoundHits {
  party: PartyRef;
  listings: ActiveListing[];
}

function foundHits(rows: readonly HitRow[], search: HitSearch): FoundHits {
  const of: FoundHits = { hits: [], hitsCapped: false, hubs: [] };
  for (const row of rows) {
    if (row.listings.length > 0) of.hits.push({ party: row.party, hops: row.hops, paths: row.paths, pathCount: row.pathCount, listings: row.listings });
    if (row.degree > search.hubDegree && row.hops < search.maxHops) of.hubs.push({ ...row.party, degree: row.degree });
  }
  of.hitsCapped = of.hits.length > search.hitCap;
  of.hits = of.hits.slice(0, search.hitCap);
  return of;
}

/**
 * Subjects per hits statement: the walk's work grows with them and the statement's timeout is the
 * interactive exposure's, so a screening batch is read in chunks of this many, two at a time.
 */
export const hitsChunk = 50;
const chunksInFlight = 2;

interface ChunkHits {
  subjects: Array<[string, SubjectHits]>;
  /** Read in the same statement, so the listings' severities are judged under the reference data the walk saw; undefined when no subject was found. */
  referenceStamp: ReferenceStamp | undefined;
}

async function findHitsChunk(graph: Graph, search: HitSearch, subjects: readonly string[]): Promise<ChunkHits> {
  const rows = await graph.read<{ party: PartyRef; listings: ActiveListing[]; found: HitRow[]; referenceStamp: ReferenceStamp }>(
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
  return {
    subjects: rows.map((row) => [row.party.id, { party: row.party, listings: row.listings, ...foundHits(row.found, search) }]),
    referenceStamp: rows[0]?.referenceStamp,
  };
}

export interface FoundSubjects {
  /** Each subject's party, own listings, hits and hubs; ids that are no company, person or agency are absent. */
  subjects: Map<string, SubjectHits>;
  /** The reference stamp every chunk read, or undefined when they differ (a reference write between chunks) or none was found. */
  referenceStamp: ReferenceStamp | undefined;
}

export async function findHits(graph: Graph, search: HitSearch): Promise<FoundSubjects> {
  const subjects = [...new Set(search.subjects)];
  const chunks = Array.from({ length: Math.ceil(subjects.length / hitsChunk) }, (_, i) => subjects.slice(i * hitsChunk, (i + 1) * hitsChunk));
  const found = new Map<string, SubjectHits>();
  const stamps = new Set<ReferenceStamp>();
  for (let start = 0; start < chunks.length; start += chunksInFlight) {
    const read = await Promise.all(chunks.slice(start, start + chunksInFlight).map((chunk) => findHitsChunk(graph, search, chunk)));
    for (const chunk of read) {
      for (const [id, hits] of chunk.subjects) found.set(id, hits);
      if (chunk.referenceStamp !== undefined) stamps.add(chunk.referenceStamp);
    }
  }
  return { subjects: found, referenceStamp: stamps.size === 1 ? [...stamps][0] : undefined };
}
