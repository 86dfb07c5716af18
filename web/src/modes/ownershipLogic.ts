/**
 * The equity penetration tree on the canvas, pure: each holding edge carries its direct share and
 * the integrated share of the party at its far end, and the ultimate owners and the actual
 * controller get a mark.
 */
import type { GraphViewLike } from '../graph/elements.ts';
import { formatShare } from '../format.ts';

interface Entry {
  party: { id: string };
  share: number;
}

/**
 * Edge labels `direct` over `∑integrated` (two lines): above the company the holder's integrated share in it, below
 * it the company's integrated share in the holding.
 */
export function withIntegratedShares(view: GraphViewLike, holders: readonly Entry[], holdings: readonly Entry[]): GraphViewLike {
  const up = new Map(holders.map((entry) => [entry.party.id, entry.share]));
  const down = new Map(holdings.map((entry) => [entry.party.id, entry.share]));
  return {
    ...view,
    edges: view.edges.map((edge) => {
      if (edge.type !== 'SHAREHOLDER_OF') return edge;
      const integrated = up.get(edge.source) ?? down.get(edge.target);
      if (integrated === undefined) return edge;
      const direct = edge.label ? `${edge.label}\n` : '';
      return { ...edge, label: `${direct}∑${formatShare(integrated)}` };
    }),
  };
}

export const controllerMark = '★';
export const ultimateOwnerMark = '♛';

/** ♛ on each ultimate owner, ★ on the actual controller (both when it is both). */
export function ownershipMarks(ultimateOwners: readonly { party: { id: string } }[], controller: string | null): Map<string, string> {
  const marks = new Map<string, string>(ultimateOwners.map((owner) => [owner.party.id, ultimateOwnerMark]));
  if (controller) marks.set(controller, `${controllerMark}${marks.get(controller) ?? ''}`);
  return marks;
}
