import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { addInChunks } from '../../web/src/graph/chunkedAdd.ts';
import { drawOrder } from '../../web/src/graph/drawOrder.ts';
import type { Element } from '../../web/src/graph/elements.ts';
import { detailClass, markDetail, maxDetailNodes } from '../../web/src/graph/levelOfDetail.ts';
import type { Positions } from '../../web/src/graph/positionCache.ts';
import { readableZoom } from '../../web/src/graph/viewport.ts';
import { startViewport } from '../../web/src/graph/windowFirst.ts';

/** A line of `count` nodes 100 apart along x, each linked to the next; n0 is the subject. */
function line(count: number): { elements: Element[]; positions: Positions } {
  const elements: Element[] = [];
  const positions: Positions = {};
  for (let i = 0; i < count; i++) {
    elements.push({ group: 'nodes', data: { id: `n${i}` } });
    positions[`n${i}`] = { x: i * 100, y: 0 };
    if (i > 0) elements.push({ group: 'edges', data: { id: `e${i}`, source: `n${i - 1}`, target: `n${i}` } });
  }
  return { elements, positions };
}

const ids = (definitions: readonly ElementDefinition[]) => definitions.map((definition) => definition.data.id);

describe('a large view drawn window first', () => {
  it('adds the window, the edges touching it and their other ends first, then the rest nearest first, each edge after both ends', () => {
    const { elements, positions } = line(50);
    const order = drawOrder(elements, positions, { x1: 950, y1: -50, x2: 1250, y2: 50 }, false, 10);
    // n10–n12 in the window; e10 and e13 reach out to n9 and n13.
    expect(new Set(ids(order.first))).toEqual(new Set(['n9', 'n10', 'n11', 'n12', 'n13', 'e10', 'e11', 'e12', 'e13']));
    const sequence = [...order.first, ...order.rest.flat()];
    expect(new Set(ids(sequence)).size).toBe(elements.length);
    expect(sequence).toHaveLength(elements.length);
    const seen = new Set<string>();
    for (const definition of sequence) {
      if (definition.data.source) expect(seen.has(definition.data.source) && seen.has(definition.data.target!)).toBe(true);
      seen.add(definition.data.id!);
    }
    const later = order.rest.flat().filter((definition) => !definition.data.source);
    const distances = later.map((definition) => Math.abs(definition.position!.x - 1100));
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(order.rest.every((chunk) => chunk.length <= 11)).toBe(true);
    expect(order.rest.flat().every((definition) => definition.data.source || definition.position)).toBe(true);
  });

  it('sets the detail classes markDetail picks once the whole view is drawn, so the add needs no restyle', () => {
    // Headless: a 1 × 1 viewport at zoom 1, pan 0, so the window is the unit square (as in levelOfDetail.test.ts).
    const elements: Element[] = [{ group: 'nodes', data: { id: 'hub' } }];
    const positions: Positions = { hub: { x: 0.5, y: 0.5 } };
    for (let i = 0; i < maxDetailNodes + 40; i++) {
      elements.push({ group: 'nodes', data: { id: `m${i}` }, ...(i === 7 ? { classes: 'highlighted' } : {}) });
      positions[`m${i}`] = { x: (i % 20) / 20, y: Math.floor(i / 20) / 20 };
      if (i % 3 === 0) elements.push({ group: 'edges', data: { id: `h${i}`, source: 'hub', target: `m${i}` } });
    }
    elements.push({ group: 'nodes', data: { id: 'far' } }, { group: 'edges', data: { id: 'toFar', source: 'hub', target: 'far' } });
    positions.far = { x: 40, y: 40 };
    const order = drawOrder(elements, positions, { x1: 0, y1: 0, x2: 1, y2: 1 }, true);
    const classed = new Set([...order.first, ...order.rest.flat()].filter((definition) => String(definition.classes ?? '').split(' ').includes(detailClass)).map((definition) => definition.data.id));
    const cy = cytoscape({ headless: true });
    cy.add([...order.first, ...order.rest.flat()].map((definition) => ({ ...definition, classes: String(definition.classes ?? '').replace(detailClass, '') })));
    cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
    markDetail(cy, true);
    expect(classed).toEqual(new Set(cy.elements(`.${detailClass}`).map((element) => element.id())));
    expect(classed.has('m7')).toBe(true);
    expect(classed.has('far')).toBe(false);
  });

  it('starts readable at the subject from the positions alone when the whole is too small to read', () => {
    const { positions } = line(200);
    const viewport = startViewport(positions, { width: 1000, height: 600 }, 'n0', 'free', [0.03, 4]);
    expect(viewport.zoom).toBe(readableZoom);
    expect(viewport.pan).toEqual({ x: 500, y: 300 });
    const small = startViewport({ a: { x: 0, y: 0 }, b: { x: 100, y: 0 } }, { width: 1000, height: 600 }, 'a', 'free', [0.03, 4]);
    expect(small.zoom).toBe(1.4);
    expect(small.pan).toEqual({ x: 500 - 50 * 1.4, y: 300 });
  });

  it('adds one chunk per frame after the first, and a flush adds what is left at once', async () => {
    const cy = cytoscape({ headless: true });
    const frames: Array<() => void> = [];
    const chunks = [0, 1, 2, 3].map((c) => [{ group: 'nodes' as const, data: { id: `c${c}` } }]);
    const job = addInChunks(cy, chunks, (step) => frames.push(step));
    expect(cy.nodes()).toHaveLength(0);
    frames.shift()!();
    expect(cy.nodes()).toHaveLength(1);
    frames.shift()!();
    expect(cy.nodes()).toHaveLength(2);
    job.flush();
    expect(cy.nodes()).toHaveLength(4);
    frames.shift()?.();
    expect(cy.nodes()).toHaveLength(4);
    await job.done;
  });
});
