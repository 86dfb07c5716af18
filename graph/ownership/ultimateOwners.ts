import type { Graph } from '../driver.ts';
import { reaches, topHolders } from '../domain/ownership.ts';
import type { PartyRef } from '../model.ts';
import { chainsTo, partyRef, type HoldingChain } from './effectiveOwnership.ts';
import { fetchHoldingSubgraph } from './holdingSubgraph.ts';

export const defaultUltimateThreshold = 0.25;

export interface UltimateOwner extends PartyRef {
  share: number;
  paths: HoldingChain[];
}

export interface UltimateOwners {
  company: PartyRef;
  asOf: string;
  threshold: number;
  owners: UltimateOwner[];
  bounded: boolean;
  boundedBy: Array<'depth' | 'nodes'>;
  converged: boolean;
}

export interface UltimateOwnersOptions {
  asOf: string;
  /** Minimum integrated share, 0–1 (default 0.25). */
  threshold?: number;
}

/**
 * Natural persons and state bodies (Agency shareholders) at the top of the holding chains into the
 * company whose integrated share reaches the threshold, largest first, with the chains that give
 * it. Null when the company does not exist.
 */
export async function ultimateOwners(graph: Graph, companyId: string, options: UltimateOwnersOptions): Promise<UltimateOwners | null> {
  const threshold = options.threshold ?? defaultUltimateThreshold;
  const subgraph = await fetchHoldingSubgraph(graph, companyId, { asOf: options.asOf, direction: 'up' });
  if (!subgraph) return null;
  const tops = topHolders(subgraph.holdings, companyId);
  const owners = [...tops.shares]
    .map(([id, share]) => ({ ...partyRef(subgraph, id), share }))
    .filter((owner) => owner.kind !== 'Company' && reaches(owner.share, threshold))
    .map((owner) => ({ ...owner, paths: chainsTo(subgraph, owner.id) }));
  return {
    company: partyRef(subgraph, companyId),
    asOf: options.asOf,
    threshold,
    owners,
    bounded: subgraph.bounded,
    boundedBy: subgraph.boundedBy,
    converged: tops.converged,
  };
}
