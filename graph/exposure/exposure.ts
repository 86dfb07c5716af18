import { exposureListKinds } from '../domain/listKinds.ts';
import { exposureScore, linkStrength, type ExposureScore, type SeverityAssessment } from '../domain/exposureScore.ts';
import { integratedHoldingsOf, integratedOwnersOf } from '../domain/ownership.ts';
import type { Graph } from '../driver.ts';
import { fetchHoldingSubgraph, findParty, type HoldingSubgraph } from '../ownership/holdingSubgraph.ts';
import { allVia, checkHops, defaultHubDegree, type Direction, type Via } from '../paths/linkPattern.ts';
import { pathInWords, type PathNode, type TypedPath } from '../paths/typedPath.ts';
import { activeListingsOf, findHits, type ActiveListing, type Hub, type RawHit } from './findHits.ts';
import { inheritedListingOn, type InheritedListingResult } from './inheritedListing.ts';
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
  /** Shortest paths (at most 5), from the subject to the hit. */
  paths: TypedPath[];
  pathCount: number;
  /** The strongest shortest path in words. */
  pathInWords: string;
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

/** Integrated shares of the subject's holders (UP) and holdings (DOWN), fetched only when a chain needs them. */
class ChainShares {
  private readonly vectors = new Map<StepDirection, Promise<Map<string, number>>>();

  constructor(
    private readonly graph: Graph,
    private readonly subject: string,
    private readonly asOf: string,
    private readonly up: HoldingSubgraph | null,
  ) {}

  share(direction: StepDirection, party: string): Promise<number> {
    let vector = this.vectors.get(direction);
    if (!vector) {
      vector = this.load(direction);
      this.vectors.set(direction, vector);
    }
    return vector.then((shares) => shares.get(party) ?? 0);
  }

  private async load(direction: StepDirection): Promise<Map<string, number>> {
    if (direction === 'UP') {
      const up = this.up ?? (await fetchHoldingSubgraph(this.graph, this.subject, { asOf: this.asOf, direction: 'up' }));
      return up ? integratedOwnersOf(up.holdings, this.subject).shares : new Map();
    }
    const down = await fetchHoldingSubgraph(this.graph, this.subject, { asOf: this.asOf, direction: 'down' });
    return down ? integratedHoldingsOf(down.holdings, this.subject).shares : new Map();
  }
}

async function scoreHit(hit: RawHit, severities: Map<string, SeverityAssessment>, chains: ChainShares): Promise<ExposureHit> {
  const listings = hit.listings.map((listing) => ({ ...listing, severity: severities.get(listing.listId)! }));
  const severity = listings.map((listing) => listing.severity).sort((a, b) => b.weight - a.weight)[0]!;
  const direction = hit.paths.map(ownershipChainDirection).find((found) => found !== null) ?? null;
  const integratedOwnership = direction ? { direction, share: await chains.share(direction, hit.party.id) } : null;
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
    pathInWords: pathInWords(best.path),
    ownershipOnly: direction !== null,
    integratedOwnership,
    listings,
    severity,
    ...exposureScore(severity, best.link),
  };
}

/**
 * Related-party exposure of a company or person at `asOf`: every party within `maxHops` (default 3,
 * at most 6) links of the chosen kinds with an active blacklist listing (and redlist on request),
 * with its shortest paths, hop count, integrated ownership on pure ownership chains, its listings
 * and their severity, and the explainable score (graph/domain/exposureScore.ts). Hubs are found but
 * not walked through, and listed in `hubs`. Companies also get the ownership-inherited listing
 * test. Null when the subject does not exist.
 */
export async function exposure(graph: Graph, subjectId: string, options: ExposureOptions): Promise<Exposure | null> {
  const maxHops = options.maxHops ?? defaultExposureHops;
  checkHops(maxHops);
  const via = [...new Set(options.via ?? allVia)];
  const direction = options.direction ?? 'BOTH';
  const hubDegree = options.hubDegree ?? defaultHubDegree;
  const listKinds = exposureListKinds(options.includeRedlist ?? false);
  const subject = await findParty(graph, subjectId);
  if (!subject) return null;

  const [found, own, up] = await Promise.all([
    findHits(graph, {
      subject: subjectId,
      asOf: options.asOf,
      maxHops,
      via,
      direction,
      listKinds,
      hubDegree,
      hitCap: exposureHitCap,
      pathCap: pathsPerHit,
      timeoutMs: exposureTimeoutMs,
    }),
    activeListingsOf(graph, [subjectId], options.asOf, listKinds),
    subject.kind === 'Company' ? fetchHoldingSubgraph(graph, subjectId, { asOf: options.asOf, direction: 'up' }) : Promise.resolve(null),
  ]);
  const subjectListings = own.get(subjectId) ?? [];
  const lists = new Map([...subjectListings, ...found.hits.flatMap((hit) => hit.listings)].map((listing) => [listing.listId, listing.listKind]));
  const [severities, inherited] = await Promise.all([
    (options.severities?.asOf === options.asOf ? options.severities : new ListSeverityCache(graph, options.asOf)).get(lists),
    up ? inheritedListingOn(graph, up, options.asOf, options.inheritanceThreshold) : Promise.resolve(null),
  ]);
  const chains = new ChainShares(graph, subjectId, options.asOf, up);
  const hits = await Promise.all(found.hits.map((hit) => scoreHit(hit, severities, chains)));
  hits.sort((a, b) => b.score - a.score || a.hops - b.hops || a.party.id.localeCompare(b.party.id));
  return {
    subject,
    asOf: options.asOf,
    maxHops,
    via,
    direction,
    hubDegree,
    subjectListings: subjectListings.map((listing) => ({ ...listing, severity: severities.get(listing.listId)! })),
    totalHits: hits.length,
    hits: hits.slice(0, options.first ?? defaultExposureFirst),
    hitsCapped: found.hitsCapped,
    hubs: found.hubs,
    inherited,
  };
}
