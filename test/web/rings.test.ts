import { describe, expect, it } from 'vitest';
import { ringLayout, ringsOf } from '../../web/src/graph/rings.ts';

const distance = (p: { x: number; y: number }) => Math.hypot(p.x, p.y);

describe('hop rings', () => {
  const edges = [
    { source: 'holding', target: 'subject' },
    { source: 'parent', target: 'holding' },
    { source: 'rep', target: 'subject' },
    { source: 'rep', target: 'other' },
  ];
  const nodes = ['subject', 'holding', 'parent', 'rep', 'other', 'island'].map((id) => ({ id }));

  it('finds hop distances from the centre, keeps given ones, and puts unreachable nodes outside', () => {
    const rings = ringsOf(nodes, edges, 'subject');
    expect(Object.fromEntries(rings)).toEqual({ subject: 0, holding: 1, rep: 1, parent: 2, other: 2, island: 3 });
    expect(ringsOf([{ id: 'subject', ring: 0 }, { id: 'parent', ring: 2 }], [], 'subject').get('parent')).toBe(2);
  });

  it('places the centre at the origin and each ring further out, children near their parent’s angle', () => {
    const { positions, radii } = ringLayout(nodes, edges, 'subject');
    expect(positions.get('subject')).toEqual({ x: 0, y: 0 });
    expect(radii).toHaveLength(4);
    for (const [id, ring] of ringsOf(nodes, edges, 'subject')) expect(distance(positions.get(id)!)).toBeCloseTo(radii[ring]!, -1);
    const angle = (id: string) => Math.atan2(positions.get(id)!.y, positions.get(id)!.x);
    // parent sits beyond holding, other beyond rep: closer in angle to its own parent than to the other branch
    expect(Math.abs(angle('parent') - angle('holding'))).toBeLessThan(Math.abs(angle('parent') - angle('rep')));
    expect(Math.abs(angle('other') - angle('rep'))).toBeLessThan(Math.abs(angle('other') - angle('holding')));
  });

  it('grows a crowded ring so neighbours keep room for their labels', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ id: `n${i}` }));
    const { positions, radii } = ringLayout([{ id: 'c' }, ...many], many.map((node) => ({ source: 'c', target: node.id })), 'c');
    expect(radii[1]).toBeGreaterThan(150);
    const points = many.map((node) => positions.get(node.id)!);
    const closest = Math.min(...points.flatMap((p, i) => points.slice(i + 1).map((q) => Math.hypot(p.x - q.x, p.y - q.y))));
    expect(closest).toBeGreaterThan(60);
  });
});
