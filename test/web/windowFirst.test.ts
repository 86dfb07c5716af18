import cytoscape, { type ElementDefinition } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Element } from '../../web/src/graph/elements.ts';
import { detailClass, markDetail, maxDetailNodes } from '../../web/src/graph/levelOfDetail.ts';
import { crosses, Offscreen } from '../../web/src/graph/offscreen.ts';
import { definition } from '../../web/src/graph/placement.ts';
import type { Positions } from '../../web/src/graph/positionCache.ts';
import { startDefinitions } from '../../web/src/graph/startDetail.ts';
import { columnReadableZoom, readableZoom } from '../../web/src/graph/viewport.ts';
import { addWindowFirst, completeView, fitWhole, startViewport } from '../../web/src/graph/windowFirst.ts';

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

describe('a large view drawn window first, the rest as the viewport reaches it', () => {
  it('takes what a box shows: its nodes, the edges crossing it with both ends, then edges whose ends are both present', () => {
    const { elements, positions } = line(50);
    // A long edge across the window whose ends are both far outside it.
    elements.push({ group: 'nodes', data: { id: 'above' } }, { group: 'nodes', data: { id: 'below' } }, { group: 'edges', data: { id: 'across', source: 'above', target: 'below' } });
    positions.above = { x: 1100, y: -5000 };
    positions.below = { x: 1100, y: 5000 };
    const offscreen = new Offscreen(elements.map((element) => definition(element, positions)), positions);
    const first = offscreen.take({ x1: 950, y1: -50, x2: 1250, y2: 50 });
    // n10–n12 in the window; e10 and e13 reach out to n9 and n13; the long edge brings its two ends.
    expect(new Set(ids(first))).toEqual(new Set(['n9', 'n10', 'n11', 'n12', 'n13', 'e10', 'e11', 'e12', 'e13', 'above', 'below', 'across']));
    expect(offscreen.size).toBe(elements.length - first.length);
    expect(offscreen.take({ x1: 950, y1: -50, x2: 1250, y2: 50 })).toEqual([]);
    const rest = offscreen.takeAll();
    expect(offscreen.size).toBe(0);
    const sequence = [...first, ...rest];
    expect(new Set(ids(sequence)).size).toBe(elements.length);
    expect(sequence).toHaveLength(elements.length);
    // Each batch is added at once, nodes first: an edge never comes before both its ends.
    const seen = new Set<string>();
    for (const element of sequence) {
      if (element.data.source) expect(seen.has(element.data.source) && seen.has(element.data.target!)).toBe(true);
      seen.add(element.data.id!);
    }
  });

  it('adds an edge to a node already on the canvas once its other end joins', () => {
    const positions: Positions = { old: { x: 0, y: 0 }, near: { x: 1000, y: 0 }, far: { x: 5000, y: 0 } };
    const offscreen = new Offscreen(
      [
        { group: 'nodes', data: { id: 'near' }, position: positions.near },
        { group: 'nodes', data: { id: 'far' }, position: positions.far },
        { group: 'edges', data: { id: 'toOld', source: 'near', target: 'old' } },
        { group: 'edges', data: { id: 'farToNear', source: 'far', target: 'near' } },
      ],
      positions,
      ['old'],
    );
    expect(ids(offscreen.take({ x1: 900, y1: -10, x2: 1100, y2: 10 }))).toEqual(['near', 'far', 'toOld', 'farToNear']);
  });

  it('keeps what a newer view changes in waiting elements: updated data and classes, dropped elements', () => {
    const { elements, positions } = line(5);
    const offscreen = new Offscreen(elements.map((element) => definition(element, positions)), positions);
    expect(offscreen.update('n3', { id: 'n3', label: 'new' }, 'selected')).toBe(true);
    expect(offscreen.remove('n4')).toBe(true);
    expect(offscreen.remove('e4')).toBe(true);
    expect(offscreen.remove('missing')).toBe(false);
    const all = offscreen.takeAll();
    expect(ids(all)).not.toContain('n4');
    expect(all.find((element) => element.data.id === 'n3')).toMatchObject({ data: { label: 'new' }, classes: 'selected' });
  });

  it('tells a segment touching a box from one passing by', () => {
    const box = { x1: 0, y1: 0, x2: 10, y2: 10 };
    expect(crosses({ x: -5, y: 5 }, { x: 15, y: 5 }, box)).toBe(true);
    expect(crosses({ x: 5, y: 5 }, { x: 5, y: 6 }, box)).toBe(true);
    expect(crosses({ x: -5, y: -5 }, { x: 15, y: -1 }, box)).toBe(false);
    expect(crosses({ x: -10, y: 0 }, { x: 0, y: -10 }, box)).toBe(false);
    expect(crosses({ x: -5, y: 8 }, { x: 8, y: -5 }, box)).toBe(true);
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
    const definitions = startDefinitions(elements, positions, { x1: 0, y1: 0, x2: 1, y2: 1 }, true);
    const classed = new Set(definitions.filter((definition) => String(definition.classes ?? '').split(' ').includes(detailClass)).map((definition) => definition.data.id));
    const cy = cytoscape({ headless: true });
    cy.add(definitions.map((definition) => ({ ...definition, classes: String(definition.classes ?? '').replace(detailClass, '') })));
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
    // Columns draw labels at the drawing's scale (labelSize.ts): they start closer, the first column at the left edge.
    const columns = startViewport(positions, { width: 1000, height: 600 }, 'n0', 'leftToRight', [0.03, 4]);
    expect(columns.zoom).toBe(columnReadableZoom);
    expect(columns.pan.y).toBe(300);
  });

  it('draws the start window only, adds what a moved viewport reaches a frame later, and everything for the Fit button', () => {
    const frames: Array<() => void> = [];
    vi.stubGlobal('requestAnimationFrame', (step: () => void) => frames.push(step));
    // Fit moves the viewport (a frame is asked for) and then adds all, which stops following it.
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const { elements, positions } = line(200);
    // Headless: a 1 × 1 viewport; the start viewport is readable at n0 (zoom 0.7), so the window holds n0 alone.
    const cy = cytoscape({ headless: true, styleEnabled: true });
    addWindowFirst(cy, elements, positions, 'n0', 'free');
    const drawn = () => cy.elements().map((element) => element.id());
    expect(new Set(drawn())).toEqual(new Set(['n0', 'n1', 'e1']));
    cy.viewport({ zoom: 0.01, pan: { x: 0, y: 0 } });
    expect(frames).toHaveLength(1);
    frames.shift()!();
    // The extent 0–100 (model units), grown by half its size each side: n0 and n1 were there, e2 reaches into it and brings n2.
    expect(new Set(drawn())).toEqual(new Set(['n0', 'n1', 'e1', 'n2', 'e2']));
    fitWhole(cy);
    expect(cy.elements()).toHaveLength(elements.length);
    completeView(cy);
    expect(cy.elements()).toHaveLength(elements.length);
    cy.destroy();
  });
});

afterEach(() => vi.unstubAllGlobals());
