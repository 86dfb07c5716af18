import { exposureListKinds } from '../domain/listKinds.ts';
import { exposureScore, linkStrength, type ExposureScore, type SeverityAssessment } from '../domain/exposureScore.ts';
import { integratedHoldingsOf, integratedOwnersOf } from '../domain/ownership.ts';
import type { Graph } from '../driver.ts';
import { fetchHoldingSubgraphs, type HoldingSubgraph } from '../ownership/holdingSubgraph.ts';
import { allVia, checkHops, defaultHubDegree, type Direction, type Via } from '../paths/linkPattern.ts';
import type { PathNode, TypedPath } from '../paths/typedPath.ts';
import { findHits, type ActiveListing, type FoundHits, type Hub, type RawHit } from './findHits.ts';
import { inheritedListingsOn, type InheritedListingResult } from './inheritedListing.ts';
import { ListSeverityCache } from './listSeverity.ts';

export const defaultExposureHops = 3;
export const defaultExposureFirst = 50;
/** Hits read at most (nearest first); beyond it the result says `hitsCapped`. */
export const exposureHitCap = 1_000;
/** Shortest paths kept per hit (all of them count for the score up to this many). */
export const pathsPerHit = 5;
export const exposureTimeoutMs = 20_000;

export interface ExposureOptions {
  asOf: string;
  maxHops?: number;
  via?: readonly Via[];
  direction?: Direction;
  first?: number;
  includeRedlist?: boolean;
  hubDegree?: number;
  /** Threshold of the ownership-inherited listing (default 0.5). */
  inheritanceThreshold?: number;
  /** Severities shared across calls for the same date (screening). */
  severities?: ListSeverityCache;
}

export interface ScoredListing extends ActiveListing {
  severity: SeverityAssessment;
}

/** Integrated ownership between subject and hit along a pure ownership chain. */
export interface ChainOwnership {
  /** UP: the hit holds the subject; DOWN: the subject holds the hit. */
  direction: 'UP' | 'DOWN';
  share: number;
}

export interface ExposureHit extends ExposureScore {
  party: PathNode;
  hops: number;
  /** Shortest paths (at most 5), from the subject to the hit, the strongest first. */
  paths: TypedPath[];
  pathCount: number;
  ownershipOnly: boolean;
  integratedOwnership: ChainOwnership | null;
  listings: ScoredListing[];
  severity: SeverityAssessment;
}

export interface Exposure {
  subject: PathNode;
  asOf: string;
  maxHops: number;
  via: Via[];
  direction: Direction;
  hubDegree: number;
  /** The subject's own active listings (blacklist; redlist too when asked). */
  subjectListings: ScoredListing[];
  /** All hits found (the first `first` are in `hits`, highest score first). */
  totalHits: number;
  hits: ExposureHit[];
  /** More than 1,000 listed parties were within reach; the nearest 1,000 were scored. */
  hitsCapped: boolean;
  /** Hubs reached but not walked through (more links than `hubDegree`). */
  hubs: Hub[];
  /** Companies only: the ownership-inherited listing (50 %-rule style). */
  inherited: InheritedListingResult | null;
}

type StepDirection = 'UP' | 'DOWN';

/** UP or DOWN when every step is a shareholding walked the same way, else null. */
export function ownershipChainDirection(path: TypedPath): StepDirection | null {
  if (path.edges.length === 0 || path.edges.some((edge) => edge.type !== 'SHAREHOLDER_OF')) return null;
  const steps = path.edges.map((edge, i): StepDirection => (edge.to === path.nodes[i]!.id ? 'UP' : 'DOWN'));
  return steps.every((step) => step === steps[0]) ? steps[0]! : null;
}

/** Integrated shares of a subject's holders (UP) and holdings (DOWN), by party. */
type ChainShares = Record<StepDirection, ReadonlyMap<string, number>>;

/** UP or DOWN when one of the hit's shortest paths is a pure ownership chain, else null. */
const chainDirectionOf = (hit: RawHit) => hit.paths.map(ownershipChainDirection).find((found) => found !== null) ?? null;

function scoreHit(hit: RawHit, severities: Map<string, SeverityAssessment>, chains: ChainShares): ExposureHit {
  const listings = hit.listings.map((listing) => ({ ...listing, severity: severities.get(listing.listId)! }));
  const severity = listings.map((listing) => listing.severity).sort((a, b) => b.weight - a.weight)[0]!;
  const direction = chainDirectionOf(hit);
  const integratedOwnership = direction ? { direction, share: chains[direction].get(hit.party.id) ?? 0 } : null;
  const scored = hit.paths.map((path) => {
    const chain = ownershipChainDirection(path);
    return { path, link: linkStrength(path.edges, chain && integratedOwnership ? integratedOwnership.share : null) };
  });
  const best = scored.reduce((a, b) => (b.link.value > a.link.value ? b : a));
  return {
    party: hit.party,
    hops: hit.hops,
    paths: [best.path, ...hit.paths.filter((path) => path !== best.path)],
    pathCount: hit.pathCount,
    ownershipOnly: direction !== null,
    integratedOwnership,
    listings,
    severity,
    ...exposureScore(severity, best.link),
  };
}

/** The subjects whose hits need the integrated shares of a direction: those with a pure ownership chain that way. */
function needingChains(found: ReadonlyMap<string, FoundHits>, direction: StepDirection): string[] {
  return [...found].filter(([, of]) => of.hits.some((hit) => chainDirectionOf(hit) === direction)).map(([subject]) => subject);
}

/**
 * Related-party exposure of companies and persons at `asOf`, each on its own: every party within
 * `maxHops` (default 3, at most 6) links of the chosen kinds with an active blacklist listing (and
 * redlist on request), with its shortest paths, hop count, integrated ownership on pure ownership
 * chains, its listings and their severity, and the explainable score (graph/domain/exposureScore.ts).
 * Hubs are found but not walked through, and listed in `hubs`. Companies also get the
 * ownership-inherited listing test. The subjects are read together (screening): one statement for
 * the party, its listings and its hits beside the holder walk, then the holdings walk down only for
 * subjects with a hit down a pure ownership chain; a subject that does not exist is absent from the map.
 */
export async function exposures(graph: Graph, subjectIds: readonly string[], options: ExposureOptions): Promise<Map<string, Exposure>> {
  const maxHops = options.maxHops ?? defaultExposureHops;
  checkHops(maxHops);
  const via = [...new Set(options.via ?? allVia)];
  const direction = options.direction ?? 'BOTH';
  const hubDegree = options.hubDegree ?? defaultHubDegree;
  const listKinds = exposureListKinds(options.includeRedlist ?? false);
  const ids = [...new Set(subjectIds)];
  // The hits statement reads which ids are parties and of what kind; the holder walk starts beside it
  // from every id (a person or agency has no holders: its walk ends at the root, as a company's
  // without shareholders does), so neither waits for the other.
  const [{ subjects: found, referenceStamp }, up] = await Promise.all([
    findHits(graph, { subjects: ids, asOf: options.asOf, maxHops, via, direction, listKinds, hubDegree, hitCap: exposureHitCap, pathCap: pathsPerHit, timeoutMs: exposureTimeoutMs }),
    fetchHoldingSubgraphs(graph, ids, { asOf: options.asOf, direction: 'up' }),
  ]);
  if (found.size === 0) return new Map();
  const lists = new Map([...found.values()].flatMap((of) => [...of.listings, ...of.hits.flatMap((hit) => hit.listings)]).map((listing) => [listing.listId, listing.listKind]));
  const companyWalks = [...up.values()].filter((subgraph) => found.get(subgraph.root)?.party.kind === 'Company');
  const inherited = inheritedListingsOn(companyWalks, options.asOf, options.inheritanceThreshold);
  const downNeeded = needingChains(found, 'DOWN');
  const [severities, down] = await Promise.all([
    (options.severities?.asOf === options.asOf ? options.severities : new ListSeverityCache(graph, options.asOf)).get(lists, referenceStamp),
    downNeeded.length > 0 ? fetchHoldingSubgraphs(graph, downNeeded, { asOf: options.asOf, direction: 'down' }) : Promise.resolve(new Map<string, HoldingSubgraph>()),
  ]);
  const sharesOf = (subgraph: HoldingSubgraph | undefined, integrated: typeof integratedOwnersOf, subject: string) =>
    subgraph ? integrated(subgraph.holdings, subject).shares : new Map<string, number>();

  return new Map(
    [...found].map(([id, of]): [string, Exposure] => {
      const chains: ChainShares = { UP: sharesOf(up.get(id), integratedOwnersOf, id), DOWN: sharesOf(down.get(id), integratedHoldingsOf, id) };
      const hits = of.hits.map((hit) => scoreHit(hit, severities, chains));
      hits.sort((a, b) => b.score - a.score || a.hops - b.hops || a.party.id.localeCompare(b.party.id));
      return [
        id,
        {
          subject: of.party,
          asOf: options.asOf,
          maxHops,
          via,
          direction,
          hubDegree,
          subjectListings: of.listings.map((listing) => ({ ...listing, severity: severities.get(listing.listId)! })),
          totalHits: hits.length,
          hits: hits.slice(0, options.first ?? defaultExposureFirst),
          hitsCapped: of.hitsCapped,
          hubs: of.hubs,
          inherited: inherited.get(id) ?? null,
        },
      ];
    }),
  );
}

/** The exposure of one company or person (exposures for a single subject); null when it does not exist. */
export async function exposure(graph: Graph, subjectId: string, options: ExposureOptions): Promise<Exposure | null> {
  return (await exposures(graph, [subjectId], options)).get(subjectId) ?? null;
}
