/**
 * The elements of a large view at known positions that are not on the canvas yet (windowFirst.ts):
 * they join when the viewport reaches them, so a 10k view costs what its window shows, and the rest
 * only where the analyst pans or zooms out to. Pure: definitions in, definitions out, no cy.
 */
import type { ElementDefinition } from 'cytoscape';
import { inside } from './levelOfDetail.ts';
import type { Positions } from './positionCache.ts';
import type { Box, Point } from './viewport.ts';

/** About a node's half size (model units): a node this close outside a box is partly in it. */
export const nodeReach = 20;

export class Offscreen {
  private readonly nodes = new Map<string, ElementDefinition>();
  private readonly edges = new Map<string, ElementDefinition>();
  private readonly present: Set<string>;

  /** `present`: nodes already on the canvas (their edges may wait here); `positions` place them and the waiting ones. */
  constructor(
    elements: readonly ElementDefinition[],
    private readonly positions: Positions,
    present: Iterable<string> = [],
  ) {
    this.present = new Set(present);
    for (const element of elements) (element.group === 'edges' ? this.edges : this.nodes).set(element.data.id!, element);
  }

  /** Elements still waiting. */
  get size(): number {
    return this.nodes.size + this.edges.size;
  }

  has(id: string): boolean {
    return this.nodes.has(id) || this.edges.has(id);
  }

  /**
   * What `box` (model units) shows, taken out of the waiting set, nodes before edges: the nodes in it,
   * the edges crossing it with both their ends, and the edges whose ends are now both on the canvas.
   */
  take(box: Box): ElementDefinition[] {
    const grown = { x1: box.x1 - nodeReach, y1: box.y1 - nodeReach, x2: box.x2 + nodeReach, y2: box.y2 + nodeReach };
    const nodes: ElementDefinition[] = [];
    const edges: ElementDefinition[] = [];
    const takeNode = (id: string) => {
      const node = this.nodes.get(id);
      if (!node) return;
      this.nodes.delete(id);
      this.present.add(id);
      nodes.push(node);
    };
    for (const id of [...this.nodes.keys()]) if (inside(this.at(id), grown)) takeNode(id);
    for (const [id, edge] of [...this.edges]) {
      const { source, target } = ends(edge);
      if (!crosses(this.at(source), this.at(target), grown)) continue;
      takeNode(source);
      takeNode(target);
      this.edges.delete(id);
      edges.push(edge);
    }
    for (const [id, edge] of [...this.edges]) {
      const { source, target } = ends(edge);
      if (!this.present.has(source) || !this.present.has(target)) continue;
      this.edges.delete(id);
      edges.push(edge);
    }
    return [...nodes, ...edges];
  }

  /** Everything still waiting, nodes before edges. */
  takeAll(): ElementDefinition[] {
    const all = [...this.nodes.values(), ...this.edges.values()];
    for (const id of this.nodes.keys()) this.present.add(id);
    this.nodes.clear();
    this.edges.clear();
    return all;
  }

  /** A newer view changed a waiting element's data or classes; false when it is not waiting. */
  update(id: string, data: ElementDefinition['data'], classes: string | undefined): boolean {
    const waiting = this.nodes.get(id) ?? this.edges.get(id);
    if (!waiting) return false;
    waiting.data = data;
    waiting.classes = classes;
    return true;
  }

  /** A newer view left a waiting element out; false when it is not waiting. */
  remove(id: string): boolean {
    return this.nodes.delete(id) || this.edges.delete(id);
  }

  private at(id: string): Point {
    return this.positions[id] ?? { x: 0, y: 0 };
  }
}

function ends(edge: ElementDefinition): { source: string; target: string } {
  return { source: edge.data.source as string, target: edge.data.target as string };
}

/** Whether the segment a–b touches the box (Liang–Barsky clipping). */
export function crosses(a: Point, b: Point, box: Box): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let enter = 0;
  let leave = 1;
  const sides: Array<[number, number]> = [
    [-dx, a.x - box.x1],
    [dx, box.x2 - a.x],
    [-dy, a.y - box.y1],
    [dy, box.y2 - a.y],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > leave) return false;
      enter = Math.max(enter, t);
    } else {
      if (t < enter) return false;
      leave = Math.min(leave, t);
    }
  }
  return true;
}
