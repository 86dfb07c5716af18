/**
 * The exposure layout: the subject in the centre, every other node on the ring of its hop distance,
 * each placed near the angle of the node it is reached through, so paths run outwards and a ring
 * with a single node still reads as a distance. Pure (positions only; the canvas draws the rings).
 */

export interface RingNode {
  id: string;
  /** Hop distance when known (exposure); otherwise found by breadth-first search from the centre. */
  ring?: number | null;
}

export interface RingEdge {
  source: string;
  target: string;
}

export interface RingLayout {
  positions: Map<string, { x: number; y: number }>;
  /** Radius of ring 1, 2, … (index 0 is the centre: 0). */
  radii: number[];
}

/** Distance between rings, and the least arc between two nodes on one ring (room for a label). */
const ringGap = 150;
const minArc = 70;

/** Hop distances: the given ones, the rest by breadth-first search from the centre (unreachable: outermost). */
export function ringsOf(nodes: readonly RingNode[], edges: readonly RingEdge[], centre: string): Map<string, number> {
  const neighbours = new Map<string, string[]>();
  for (const edge of edges) {
    neighbours.set(edge.source, [...(neighbours.get(edge.source) ?? []), edge.target]);
    neighbours.set(edge.target, [...(neighbours.get(edge.target) ?? []), edge.source]);
  }
  const rings = new Map<string, number>();
  for (const node of nodes) if (node.ring != null) rings.set(node.id, node.ring);
  if (!rings.has(centre)) rings.set(centre, 0);
  const queue = [...rings.keys()].sort((a, b) => rings.get(a)! - rings.get(b)!);
  while (queue.length) {
    const id = queue.shift()!;
    for (const next of neighbours.get(id) ?? []) {
      if (!rings.has(next)) {
        rings.set(next, rings.get(id)! + 1);
        queue.push(next);
      }
    }
  }
  const outer = Math.max(0, ...rings.values()) + 1;
  for (const node of nodes) if (!rings.has(node.id)) rings.set(node.id, outer);
  return rings;
}

export function ringLayout(nodes: readonly RingNode[], edges: readonly RingEdge[], centre: string): RingLayout {
  const rings = ringsOf(nodes, edges, centre);
  const byRing = new Map<number, string[]>();
  for (const node of nodes) {
    const ring = rings.get(node.id)!;
    byRing.set(ring, [...(byRing.get(ring) ?? []), node.id]);
  }
  const neighbours = new Map<string, string[]>();
  for (const edge of edges) {
    neighbours.set(edge.source, [...(neighbours.get(edge.source) ?? []), edge.target]);
    neighbours.set(edge.target, [...(neighbours.get(edge.target) ?? []), edge.source]);
  }
  const angles = new Map<string, number>();
  const positions = new Map<string, { x: number; y: number }>();
  const radii = [0];
  const maxRing = Math.max(0, ...byRing.keys());
  for (const id of byRing.get(0) ?? []) positions.set(id, { x: 0, y: 0 });
  for (let ring = 1; ring <= maxRing; ring++) {
    const ids = [...(byRing.get(ring) ?? [])].sort();
    const radius = Math.max(radii[ring - 1]! + ringGap, (ids.length * minArc) / (2 * Math.PI));
    radii.push(radius);
    if (!ids.length) continue;
    // Wanted angle: the mean angle of the inner neighbours it is reached through (ring 1: even spread).
    const wanted = ids.map((id, index) => {
      const inner = (neighbours.get(id) ?? []).filter((other) => angles.has(other) && rings.get(other)! < ring);
      if (ring === 1 || !inner.length) return { id, angle: (2 * Math.PI * index) / ids.length - Math.PI / 2 };
      const x = inner.reduce((sum, other) => sum + Math.cos(angles.get(other)!), 0);
      const y = inner.reduce((sum, other) => sum + Math.sin(angles.get(other)!), 0);
      return { id, angle: Math.atan2(y, x) };
    });
    wanted.sort((a, b) => a.angle - b.angle || a.id.localeCompare(b.id));
    const gap = Math.min(minArc / radius, (2 * Math.PI) / ids.length);
    // Keep the wanted order, push neighbours apart by at least `gap`, then centre the group on its wish.
    const placed: number[] = [];
    for (const [index, entry] of wanted.entries()) placed.push(index === 0 ? entry.angle : Math.max(entry.angle, placed[index - 1]! + gap));
    const shift = wanted.reduce((sum, entry, index) => sum + (placed[index]! - entry.angle), 0) / wanted.length;
    wanted.forEach((entry, index) => {
      const angle = placed[index]! - shift;
      angles.set(entry.id, angle);
      positions.set(entry.id, { x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) });
    });
  }
  return { positions, radii };
}
