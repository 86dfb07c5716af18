import { describe, expect, it } from 'vitest';
import { overlappingShare } from './frontend/overlap.ts';

const box = (x: number, y: number, size = 10) => ({ x1: x, y1: y, x2: x + size, y2: y + size });

describe("the bench page's readability figure", () => {
  it('counts the nodes whose body overlaps another, across grid cells, and not those that only touch', () => {
    // Two overlapping across a cell border, one touching an edge only, one far away.
    expect(overlappingShare([box(5, 5), box(12, 12), box(22, 5), box(500, 500)])).toBe(0.5);
    expect(overlappingShare([box(0, 0), box(10, 0)])).toBe(0);
    expect(overlappingShare([box(0, 0, 30), box(25, 25, 4)])).toBe(1);
    expect(overlappingShare([])).toBe(0);
  });
});
