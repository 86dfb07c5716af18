/**
 * What the monitoring inbox draws beside itself: the paths of the listed events, each from the
 * watched subject to the party that changed (one node for a change to the watched subject itself),
 * so the canvas shows who the inbox is about and how the changes reach the watchlist.
 */
import type { GraphViewLike, ViewEdgeLike, ViewNodeLike } from '../graph/elements.ts';

interface PartyLike {
  id: string;
  kind: string;
  name?: string | null;
  labelEn?: string | null;
}
export interface EventPathLike {
  subject: PartyLike;
  path: {
    nodes: readonly PartyLike[];
    edges: readonly { type: string; from: string; to: string; fraction?: number | null; role?: string | null }[];
  };
}

export function eventsView(events: readonly EventPathLike[]): GraphViewLike {
  const nodes = new Map<string, ViewNodeLike>();
  const edges = new Map<string, ViewEdgeLike>();
  const addNode = (party: PartyLike) => {
    if (!nodes.has(party.id)) nodes.set(party.id, { id: party.id, kind: party.kind, label: party.name ?? party.id, labelEn: party.labelEn ?? null });
  };
  for (const event of events) {
    event.path.nodes.forEach(addNode);
    addNode(event.subject);
    for (const edge of event.path.edges) {
      const id = `${edge.from}-${edge.type}-${edge.to}${edge.role ? `-${edge.role}` : ''}`;
      if (!edges.has(id)) edges.set(id, { id, source: edge.from, target: edge.to, type: edge.type, share: edge.fraction ?? null, roles: edge.role ? [edge.role] : null });
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: [] };
}

/** The parties that changed (highlighted on the canvas). */
export function changedParties(events: readonly EventPathLike[]): Set<string> {
  return new Set(events.map((event) => event.subject.id));
}
