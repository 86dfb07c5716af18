import { integratedHoldingsOf, integratedOwnersOf } from '../domain/ownership.ts';
import type { Graph } from '../driver.ts';
import { projectView, type GraphView } from '../view.ts';
import type { PartyRef } from '../model.ts';
import { partyRef } from './effectiveOwnership.ts';
import { fetchHoldingSubgraph, maxOwnershipDepth, type HoldingSubgraph } from './holdingSubgraph.ts';

export const defaultTreeDepth = 3;
/** Parties drawn at most on each side (holders, holdings); integrated shares still use up to 2,000. */
export const treeSideCap = 300;

export interface OwnershipEntry {
  party: PartyRef;
  /** Holders: their integrated share in the company; holdings: the company's integrated share in them. */
  share: number;
  /** Levels from the company. */
  depth: number;
}

export interface OwnershipTree {
  company: PartyRef;
  asOf: string;
  depth: number;
  holders: OwnershipEntry[];
  holdings: OwnershipEntry[];
  /** Parties within `depth` left out of the view beyond 300 per side (largest shares are kept). */
  omitted: number;
  bounded: boolean;
  view: GraphView;
}

function entries(subgraph: HoldingSubgraph, shares: Map<string, number>, depth: number): { shown: OwnershipEntry[]; omitted: number } {
  const within = [...subgraph.parties.values()]
    .filter((party) => party.id !== subgraph.root && party.depth <= depth)
    .map((party) => ({ party: partyRef(subgraph, party.id), share: shares.get(party.id) ?? 0, depth: party.depth }))
    .sort((a, b) => a.depth - b.depth || b.share - a.share || a.party.id.localeCompare(b.party.id));
  const shown = [...within].sort((a, b) => b.share - a.share || a.depth - b.depth).slice(0, treeSideCap);
  const kept = new Set(shown.map((entry) => entry.party.id));
  return { shown: within.filter((entry) => kept.has(entry.party.id)), omitted: within.length - shown.length };
}

/**
 * Equity penetration of a company at `asOf`: its holders up and its holdings down to `depth`
 * levels (default 3, at most 6), each with the integrated share (computed over 6 levels, so a
 * shallow view still shows the full integrated figure), and the view of those holdings. Null
 * when the company does not exist.
 */
export async function ownershipTree(graph: Graph, companyId: string, options: { asOf: string; depth?: number }): Promise<OwnershipTree | null> {
  const depth = options.depth ?? defaultTreeDepth;
  if (!Number.isInteger(depth) || depth < 1 || depth > maxOwnershipDepth) throw new RangeError(`depth must be 1..${maxOwnershipDepth}, got ${depth}`);
  const [up, down] = await Promise.all([
    fetchHoldingSubgraph(graph, companyId, { asOf: options.asOf, direction: 'up' }),
    fetchHoldingSubgraph(graph, companyId, { asOf: options.asOf, direction: 'down' }),
  ]);
  if (!up || !down) return null;
  const holders = entries(up, integratedOwnersOf(up.holdings, companyId).shares, depth);
  const holdings = entries(down, integratedHoldingsOf(down.holdings, companyId).shares, depth);
  const shown = new Set([companyId, ...holders.shown.map((e) => e.party.id), ...holdings.shown.map((e) => e.party.id)]);
  const edges = [...up.holdings, ...down.holdings]
    .filter((h) => shown.has(h.holder) && shown.has(h.company))
    .map((h) => ({ type: 'SHAREHOLDER_OF', from: h.holder, to: h.company, fraction: h.fraction, role: null }));
  return {
    company: partyRef(up, companyId),
    asOf: options.asOf,
    depth,
    holders: holders.shown,
    holdings: holdings.shown,
    omitted: holders.omitted + holdings.omitted,
    bounded: up.bounded || down.bounded,
    view: projectView([...shown].map((id) => partyRef(up.parties.has(id) ? up : down, id)), edges),
  };
}
