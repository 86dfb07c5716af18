import { defaultInheritanceThreshold, inheritedListing as inheritance, reaches } from '../domain/ownership.ts';
import type { Graph } from '../driver.ts';
import type { PartyRef } from '../model.ts';
import { partyRef } from '../ownership/effectiveOwnership.ts';
import { fetchHoldingSubgraph, type HoldingSubgraph } from '../ownership/holdingSubgraph.ts';
import { activeListKinds } from '../queries/listingFlags.ts';
import { inheritedListKinds } from '../domain/listKinds.ts';

export interface InheritingOwner extends PartyRef {
  /** Share of the company attributed to this owner (through unlisted companies only). */
  share: number;
  /** `listed`: has its own active blacklist listing; `inherited`: is itself ≥ threshold owned by listed parties. */
  basis: 'listed' | 'inherited';
}

export interface InheritedListingResult {
  company: PartyRef;
  asOf: string;
  threshold: number;
  /** Aggregate share owned by listed (or inheriting) parties, 0–1. */
  share: number;
  inherited: boolean;
  owners: InheritingOwner[];
  bounded: boolean;
  boundedBy: Array<'depth' | 'nodes'>;
}

/** The 50 %-rule test on one fetched holder subgraph, given the active list kinds of its holders. */
function inheritedListingFrom(subgraph: HoldingSubgraph, kinds: ReadonlyMap<string, ReadonlySet<string>>, asOf: string, threshold: number): InheritedListingResult {
  const holders = [...subgraph.parties.keys()].filter((id) => id !== subgraph.root);
  const listed = new Set(holders.filter((id) => inheritedListKinds.some((kind) => kinds.get(id)?.has(kind))));
  const result = inheritance(subgraph.holdings, listed, subgraph.root, threshold);
  const share = [...result.owners.values()].reduce((sum, value) => sum + value, 0);
  return {
    company: partyRef(subgraph, subgraph.root),
    asOf,
    threshold,
    share,
    inherited: reaches(share, threshold),
    owners: [...result.owners].map(([id, value]) => ({ ...partyRef(subgraph, id), share: value, basis: listed.has(id) ? 'listed' : 'inherited' })),
    bounded: subgraph.bounded,
    boundedBy: subgraph.boundedBy,
  };
}

/** The 50 %-rule test on already fetched holder subgraphs (exposure reuses its fetch), by root, with one read of every holder's list kinds. */
export async function inheritedListingsOn(graph: Graph, subgraphs: readonly HoldingSubgraph[], asOf: string, threshold = defaultInheritanceThreshold): Promise<Map<string, InheritedListingResult>> {
  const holders = [...new Set(subgraphs.flatMap((subgraph) => [...subgraph.parties.keys()].filter((id) => id !== subgraph.root)))];
  const kinds = holders.length > 0 ? await activeListKinds(graph, holders, asOf) : new Map<string, Set<string>>();
  return new Map(subgraphs.map((subgraph) => [subgraph.root, inheritedListingFrom(subgraph, kinds, asOf, threshold)]));
}

/**
 * Ownership-inherited listing (50 %-rule style, graph/domain/ownership.ts#inheritedListing): whether
 * the company's aggregate integrated ownership by actively blacklisted parties at `asOf` reaches the
 * threshold (default 0.5), with the owners and shares that make it up. Null when the company does not exist.
 */
export async function inheritedListing(graph: Graph, companyId: string, options: { asOf: string; threshold?: number }): Promise<InheritedListingResult | null> {
  const subgraph = await fetchHoldingSubgraph(graph, companyId, { asOf: options.asOf, direction: 'up' });
  return subgraph ? (await inheritedListingsOn(graph, [subgraph], options.asOf, options.threshold)).get(companyId)! : null;
}
