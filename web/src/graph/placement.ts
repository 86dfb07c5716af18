/**
 * Where nodes go when their positions are known before they are drawn (the position cache, the
 * layout worker): added at their positions and the nodes already drawn moved, in one batch, so a
 * large view is drawn once, in place, instead of piled up and then laid out.
 */
import type { Core, ElementDefinition, NodeCollection } from 'cytoscape';
import type { Element } from './elements.ts';
import type { Positions } from './positionCache.ts';

/** A Cytoscape definition of a view element, at its known position when there is one. */
export function definition(element: Element, positions?: Positions | null): ElementDefinition {
  const position = element.group === 'nodes' ? positions?.[element.data.id] : undefined;
  return { group: element.group, data: element.data, classes: element.classes, ...(position ? { position: { ...position } } : {}) };
}

/** Moves the nodes already drawn (not `placed`, added at their positions) to theirs; pinned nodes stay. */
export function moveTo(cy: Core, positions: Positions, placed: ReadonlySet<string>): void {
  cy.nodes().forEach((node) => {
    const p = positions[node.id()];
    if (p && !placed.has(node.id()) && !node.locked()) node.position(p);
  });
}

export function positionsOf(nodes: NodeCollection): Positions {
  const positions: Positions = {};
  nodes.forEach((node) => {
    const p = node.position();
    positions[node.id()] = { x: Math.round(p.x), y: Math.round(p.y) };
  });
  return positions;
}
