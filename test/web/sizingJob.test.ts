import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../web/src/graph/elements.ts';
import { fieldsRead, readsSizes, sizingJob, sizingStyle } from '../../web/src/graph/sizingJob.ts';
import { layoutOptions } from '../../web/src/graph/layout.ts';
import { positionsOf } from '../../web/src/graph/placement.ts';
import fcose from 'cytoscape-fcose';
import { stylesheet } from '../../web/src/graph/style.ts';
import { syntheticView } from '../bench/frontend/syntheticView.ts';

const flagged = { id: 'f', kind: 'Company', label: '示例标记有限公司', activeListKinds: ['blacklist'] };

/** The layout dimensions fcose reads, with a stylesheet. */
function dimensions(elements: ReturnType<typeof toElements>, style: cytoscape.StylesheetJson): Record<string, { w: number; h: number }> {
  const cy = cytoscape({ headless: true, styleEnabled: true, style, elements: elements as cytoscape.ElementDefinition[] });
  const result = Object.fromEntries(cy.nodes().map((node) => [node.id(), node.layoutDimensions({ nodeDimensionsIncludeLabels: false })]));
  cy.destroy();
  return result;
}

describe('what the layout worker is sent', () => {
  const view = syntheticView(400, 7);
  const elements = toElements({ ...view, nodes: [...view.nodes, flagged] }, { lang: 'zh' });

  it('sizes every node as the canvas does, large view or not', () => {
    for (const large of [false, true]) {
      const full = stylesheet('free', large);
      const job = sizingJob({ elements, style: full, options: { name: 'fcose' } });
      expect(dimensions(job.elements as ReturnType<typeof toElements>, job.style)).toEqual(dimensions(elements, full));
    }
    // The kinds and the list mark do size nodes differently: the comparison above has something to compare.
    const sizes = new Set(Object.values(dimensions(elements, stylesheet())).map(({ w, h }) => `${w}x${h}`));
    expect(sizes.size).toBeGreaterThan(1);
  });

  it('keeps only size properties, and only the data those rules read', () => {
    const style = sizingStyle(stylesheet('free', true)) as Array<{ selector: string; style: Record<string, unknown> }>;
    const properties = new Set(style.flatMap((rule) => Object.keys(rule.style)));
    expect([...properties].sort()).toEqual(['border-width', 'height', 'width']);
    expect(fieldsRead(style as cytoscape.StylesheetJson)).toEqual(new Set(['kind', 'diameter']));
    const job = sizingJob({ elements, style: stylesheet('free', true), options: { name: 'fcose' } });
    const company = job.elements.find((element) => element.data.id === 'f')!;
    expect(company).toEqual({ group: 'nodes', data: { id: 'f', kind: 'Company' }, classes: elements.find((element) => element.data.id === 'f')!.classes });
    const edge = job.elements.find((element) => element.group === 'edges')!;
    expect(Object.keys(edge.data).sort()).toEqual(['id', 'source', 'target']);
    expect(job.options).toEqual({ name: 'fcose' });
  });

  it('reads fields from attribute selectors and data mappers', () => {
    const style = [
      { selector: 'node[kind = "Group"][memberKind = "Person"], node[?synthetic]', style: { width: 'data(diameter)' } },
      { selector: 'edge', style: { width: 2 } },
    ] as cytoscape.StylesheetJson;
    expect(fieldsRead(style)).toEqual(new Set(['kind', 'memberKind', 'synthetic', 'diameter']));
  });

  it('sends a draft layout no stylesheet and bare elements: its positions do not depend on node sizes', () => {
    const draft = layoutOptions({ name: 'fcose', flow: 'free', nodeCount: 2000 });
    expect(readsSizes(draft)).toBe(false);
    expect(readsSizes(layoutOptions({ name: 'fcose', flow: 'free', nodeCount: 500 }))).toBe(true);
    const job = sizingJob({ elements, style: stylesheet('free', true), options: draft });
    expect(job.style).toEqual([]);
    expect(job.elements.find((element) => element.data.id === 'f')).toEqual({ group: 'nodes', data: { id: 'f' } });
    // What the worker builds from it (unstyled) places the nodes where the sized job did, within a unit of rounding.
    cytoscape.use(fcose);
    const laidOut = (styled: boolean) => {
      const sized = sizingJob({ elements, style: stylesheet('free', true), options: { name: 'fcose' } });
      const random = seeded(3);
      const cy = cytoscape({ headless: true, styleEnabled: styled, ...(styled ? { style: sized.style } : {}), elements: (styled ? sized : job).elements as cytoscape.ElementDefinition[] });
      const saved = Math.random;
      Math.random = random;
      try {
        cy.layout({ ...draft, animate: false, fit: false } as unknown as cytoscape.LayoutOptions).run();
      } finally {
        Math.random = saved;
      }
      const positions = positionsOf(cy.nodes());
      cy.destroy();
      return positions;
    };
    const sized = laidOut(true);
    const bare = laidOut(false);
    expect(new Set(Object.values(sized).map(({ x }) => x)).size).toBeGreaterThan(100);
    for (const [id, { x, y }] of Object.entries(sized)) {
      expect(Math.abs(bare[id]!.x - x)).toBeLessThanOrEqual(1);
      expect(Math.abs(bare[id]!.y - y)).toBeLessThanOrEqual(1);
    }
  });
});

/** A repeatable Math.random (fcose draws its samples with it). */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
