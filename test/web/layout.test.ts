import { describe, expect, it } from 'vitest';
import { againstFlow, defaultLayout, draftAbove, draftSeparation, flowOf, layoutOptions } from '../../web/src/graph/layout.ts';

describe('layout choice', () => {
  it('reads the trace and the first screen left to right, ownership top down, the rest free', () => {
    expect([flowOf('trace', true), flowOf('explore', false), flowOf('explore', true), flowOf('ownership', true), flowOf('exposure', true)]).toEqual(['leftToRight', 'leftToRight', 'free', 'topDown', 'free']);
    expect(defaultLayout('explore', false)).toBe('dagre');
  });

  it('is hierarchical for trace and ownership, rings for exposure, force-directed otherwise', () => {
    expect([defaultLayout('trace'), defaultLayout('ownership'), defaultLayout('exposure'), defaultLayout('explore'), defaultLayout('paths')]).toEqual([
      'dagre',
      'dagre',
      'rings',
      'fcose',
      'fcose',
    ]);
    expect(layoutOptions({ name: 'dagre', flow: 'leftToRight', nodeCount: 10 })).toMatchObject({ rankDir: 'LR' });
    expect(layoutOptions({ name: 'dagre', flow: 'topDown', nodeCount: 10 })).toMatchObject({ rankDir: 'TB' });
  });

  it('switches fcose to draft quality and stops animating on big views', () => {
    expect(layoutOptions({ name: 'fcose', flow: 'free', nodeCount: 100 })).toMatchObject({ quality: 'default', animate: true });
    expect(layoutOptions({ name: 'fcose', flow: 'free', nodeCount: draftAbove })).toMatchObject({ quality: 'default', animate: false });
    expect(layoutOptions({ name: 'fcose', flow: 'free', nodeCount: draftAbove + 1 })).toMatchObject({ quality: 'draft', animate: false });
  });

  it('spreads only draft layouts, more for more nodes, and leaves normal views as they were', () => {
    // The options of a normal view, written out: the large-view spread must not touch them.
    expect(layoutOptions({ name: 'fcose', flow: 'free', nodeCount: draftAbove })).toEqual({
      fit: true,
      padding: 30,
      animate: false,
      animationDuration: 300,
      name: 'fcose',
      quality: 'default',
      randomize: true,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: 90,
      nodeRepulsion: 6000,
      packComponents: true,
    });
    expect(layoutOptions({ name: 'fcose', flow: 'free', nodeCount: 100 })).not.toHaveProperty('nodeSeparation');
    const separation = (nodeCount: number) => layoutOptions({ name: 'fcose', flow: 'free', nodeCount }).nodeSeparation as number;
    // fcose's own default is 75 (its packed ~900-unit result): a draft view is spread several times that.
    expect(separation(draftAbove + 1)).toBeGreaterThan(4 * 75);
    expect(separation(4000)).toBeGreaterThan(separation(2000));
    // The area grows with the separation squared: four times the nodes, twice the separation, the same density.
    expect(draftSeparation(4000) / draftSeparation(1000)).toBeCloseTo(2, 2);
  });

  it('keeps placed nodes when laying out an expansion', () => {
    expect(layoutOptions({ name: 'fcose', flow: 'free', nodeCount: 50, incremental: true })).toMatchObject({ randomize: false, fit: false });
  });

  it('keeps every placed node of a large view when an expansion joins it (fcose cannot draft without randomizing)', () => {
    expect(layoutOptions({ name: 'fcose', flow: 'free', nodeCount: draftAbove + 1, incremental: true })).toMatchObject({ name: 'preset', fit: false });
    expect(layoutOptions({ name: 'fcose', flow: 'free', nodeCount: draftAbove + 1 })).toMatchObject({ name: 'fcose', quality: 'draft', randomize: true });
  });

  it('ranks the trace listing → list → documents → measures → agencies → bearers', () => {
    expect([...againstFlow('leftToRight')]).toEqual(expect.arrayContaining(['TRIGGERED_BY', 'BEARS', 'LEGAL_REPRESENTATIVE_OF']));
    expect(againstFlow('free').size).toBe(0);
    const { minLen } = layoutOptions({ name: 'dagre', flow: 'leftToRight', nodeCount: 10 }) as { minLen(edge: { data(k: string): unknown }): number };
    expect(minLen({ data: () => 'BEARS' })).toBe(2);
    expect(minLen({ data: () => 'IMPLEMENTED_BY' })).toBe(1);
  });
});
