/**
 * The equity penetration tree on the canvas, pure: each holding edge carries its direct share and
 * the integrated share of the party at its far end, and the ultimate owners and the actual
 * controller get a mark.
 */
import type { GraphViewLike } from '../graph/elements.ts';

interface Entry {
  party: { id: string };
  share: number;
}

/**
 * Each holding edge gets the integrated share of the party at its far end: above the company the
 * holder's integrated share in it, below it the company's integrated share in the holding.
 */
export function withIntegratedShares(view: GraphViewLike, holders: readonly Entry[], holdings: readonly Entry[]): GraphViewLike {
  const up = new Map(holders.map((entry) => [entry.party.id, entry.share]));
  const down = new Map(holdings.map((entry) => [entry.party.id, entry.share]));
  return {
    ...view,
    edges: view.edges.map((edge) => {
      if (edge.type !== 'SHAREHOLDER_OF') return edge;
      const integrated = up.get(edge.source) ?? down.get(edge.target);
      return integrated === undefined ? edge : { ...edge, integrated };
    }),
  };
}

export const controllerMark = '★';
export const ultimateOwnerMark = '♛';
/** The largest integrated holder, marked only when it is not the controller. */
export const largestHolderMark = '∑';

/** ♛ on each ultimate owner, ★ on the actual controller (both when it is both), ∑ on a largest integrated holder that does not control. */
export function ownershipMarks(ultimateOwners: readonly { party: { id: string } }[], controller: string | null, largestHolder: string | null = null): Map<string, string> {
  const marks = new Map<string, string>(ultimateOwners.map((owner) => [owner.party.id, ultimateOwnerMark]));
  if (controller) marks.set(controller, `${controllerMark}${marks.get(controller) ?? ''}`);
  if (largestHolder && largestHolder !== controller) marks.set(largestHolder, `${largestHolderMark}${marks.get(largestHolder) ?? ''}`);
  return marks;
}

/** The chain of control, controller first, as the parties from the top down to the company. */
export function chainDownwards<Link extends { holder: { id: string }; company: { id: string } }>(links: readonly Link[]): Link[] {
  return [...links].reverse();
}
