import { describe, expect, it } from 'vitest';
import { againstFlow, defaultLayout, draftAbove, layoutOptions } from '../../web/src/graph/layout.ts';

describe('layout choice', () => {
  it('is hierarchical for trace and ownership, rings for exposure, force-directed otherwise', () => {
    expect([defaultLayout('trace'), defaultLayout('ownership'), defaultLayout('exposure'), defaultLayout('explore'), defaultLayout('paths')]).toEqual([
      'dagre',
      'dagre',
      'concentric',
      'fcose',
      'fcose',
    ]);
    expect(layoutOptions({ name: 'dagre', mode: 'trace', nodeCount: 10 })).toMatchObject({ rankDir: 'LR' });
    expect(layoutOptions({ name: 'dagre', mode: 'ownership', nodeCount: 10 })).toMatchObject({ rankDir: 'TB' });
  });

  it('switches fcose to draft quality and stops animating on big views', () => {
    expect(layoutOptions({ name: 'fcose', mode: 'explore', nodeCount: 100 })).toMatchObject({ quality: 'default', animate: true });
    expect(layoutOptions({ name: 'fcose', mode: 'explore', nodeCount: draftAbove })).toMatchObject({ quality: 'default', animate: false });
    expect(layoutOptions({ name: 'fcose', mode: 'explore', nodeCount: draftAbove + 1 })).toMatchObject({ quality: 'draft', animate: false });
  });

  it('keeps placed nodes when laying out an expansion', () => {
    expect(layoutOptions({ name: 'fcose', mode: 'explore', nodeCount: 50, incremental: true })).toMatchObject({ randomize: false, fit: false });
  });

  it('puts exposure rings in hop order', () => {
    const { concentric } = layoutOptions({ name: 'concentric', mode: 'exposure', nodeCount: 3 }) as { concentric(node: { data(k: string): unknown }): number };
    const at = (ring: number | undefined) => concentric({ data: () => ring });
    expect(at(0)).toBeGreaterThan(at(1));
    expect(at(1)).toBeGreaterThan(at(2));
    expect(at(2)).toBeGreaterThan(at(undefined));
  });

  it('ranks the trace listing → list → documents → measures → agencies → bearers', () => {
    expect([...againstFlow('trace')]).toEqual(expect.arrayContaining(['TRIGGERED_BY', 'BEARS', 'LEGAL_REPRESENTATIVE_OF']));
    expect(againstFlow('explore').size).toBe(0);
    const { minLen } = layoutOptions({ name: 'dagre', mode: 'trace', nodeCount: 10 }) as { minLen(edge: { data(k: string): unknown }): number };
    expect(minLen({ data: () => 'BEARS' })).toBe(2);
    expect(minLen({ data: () => 'IMPLEMENTED_BY' })).toBe(1);
  });
});
