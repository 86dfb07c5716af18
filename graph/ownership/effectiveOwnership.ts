import type { Graph } from '../driver.ts';
import { integratedOwnersOf, ownershipPaths } from '../domain/ownership.ts';
import type { PartyRef } from '../model.ts';
import { fetchHoldingSubgraph, findParty, type HoldingSubgraph } from './holdingSubgraph.ts';

/** One chain of holdings, owner first, with its fractions and their product. */
export interface HoldingChain {
  parties: PartyRef[];
  fractions: number[];
  share: number;
}

export interface EffectiveOwnership {
  owner: PartyRef;
  target: PartyRef;
  asOf: string;
  /** Integrated share of owner in target, 0–1. */
  share: number;
  /** The simple chains behind it (largest first, at most 10). */
  paths: HoldingChain[];
  /** The depth (6) or node cap cut the holder subgraph: the share may be understated. */
  bounded: boolean;
  boundedBy: Array<'depth' | 'nodes'>;
  /** False when a cross-holding held ~100 % round itself and the series did not settle. */
  converged: boolean;
}

export const maxChainsShown = 10;

/** Holding chains from `owner` to the subgraph's root, with each party's kind and name. */
export function chainsTo(subgraph: HoldingSubgraph, owner: string, limit = maxChainsShown): HoldingChain[] {
  return ownershipPaths(subgraph.holdings, owner, subgraph.root, limit).map((path) => ({
    parties: path.nodes.map((id) => partyRef(subgraph, id)),
    fractions: path.fractions,
    share: path.share,
  }));
}

export function partyRef(subgraph: HoldingSubgraph, id: string): PartyRef {
  const party = subgraph.parties.get(id);
  if (!party) return { id, kind: 'Company', name: null, nameEn: null, synthetic: false, activeListKinds: [] };
  const { depth: _depth, ...ref } = party;
  return ref;
}

/**
 * Integrated ownership of `ownerId` in `targetId` at `asOf` (YYYY-MM-DD), over the holders of the
 * target up to 6 levels. Null when either party does not exist.
 */
export async function effectiveOwnership(graph: Graph, ownerId: string, targetId: string, asOf: string): Promise<EffectiveOwnership | null> {
  const owner = await findParty(graph, ownerId, asOf);
  const subgraph = owner ? await fetchHoldingSubgraph(graph, targetId, { asOf, direction: 'up' }) : null;
  if (!owner || !subgraph) return null;
  const column = integratedOwnersOf(subgraph.holdings, targetId);
  return {
    owner,
    target: partyRef(subgraph, targetId),
    asOf,
    share: ownerId === targetId ? 0 : (column.shares.get(ownerId) ?? 0),
    paths: chainsTo(subgraph, ownerId),
    bounded: subgraph.bounded,
    boundedBy: subgraph.boundedBy,
    converged: column.converged,
  };
}
