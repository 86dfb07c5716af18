import { defaultInheritanceThreshold, inheritedListing as inheritance, reaches } from '../domain/ownership.ts';
import type { Graph } from '../driver.ts';
import type { PartyRef } from '../model.ts';
import { partyRef } from '../ownership/effectiveOwnership.ts';
import { fetchHoldingSubgraph, type HoldingSubgraph } from '../ownership/holdingSubgraph.ts';
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

/**
 * The 50 %-rule test on one fetched holder subgraph. The walk read each holder's active list kinds at
 * `asOf` with the holder (PartyRef.activeListKinds), so no further read is needed.
 */
function inheritedListingFrom(subgraph: HoldingSubgraph, asOf: string, threshold: number): InheritedListingResult {
  const holders = [...subgraph.parties.values()].filter((party) => party.id !== subgraph.root);
  const listed = new Set(holders.filter((party) => inheritedListKinds.some((kind) => party.activeListKinds.includes(kind))).map((party) => party.id));
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

/** The 50 %-rule test on already fetched holder subgraphs (exposure reuses its fetch, read at `asOf`), by root, without another read. */
export function inheritedListingsOn(subgraphs: readonly HoldingSubgraph[], asOf: string, threshold = defaultInheritanceThreshold): Map<string, InheritedListingResult> {
  return new Map(subgraphs.map((subgraph) => [subgraph.root, inheritedListingFrom(subgraph, asOf, threshold)]));
}

/**
 * Ownership-inherited listing (50 %-rule style, graph/domain/ownership.ts#inheritedListing): whether
 * the company's aggregate integrated ownership by actively blacklisted parties at `asOf` reaches the
 * threshold (default 0.5), with the owners and shares that make it up. Null when the company does not exist.
 */
export async function inheritedListing(graph: Graph, companyId: string, options: { asOf: string; threshold?: number }): Promise<InheritedListingResult | null> {
  const subgraph = await fetchHoldingSubgraph(graph, companyId, { asOf: options.asOf, direction: 'up' });
  return subgraph ? inheritedListingsOn([subgraph], options.asOf, options.threshold).get(companyId)! : null;
}
