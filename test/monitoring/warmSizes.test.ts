import { describe, expect, it } from 'vitest';
import { maxChangesPage } from '../../graph/monitoring/changes.ts';
import { plannedSizes, sizeBucket, warmWatchlistId } from '../../graph/monitoring/warm.ts';

// Neo4j plans a statement anew for each size bucket of its list and string parameters (1 | 2–10 |
// 11–100 | …; BENCHMARKS.md, session 10): the warm-up must plan the buckets a default page sends.
describe('the monitoring warm-up plans the size buckets of a first page', () => {
  it('buckets as Neo4j 5.26 was measured to: 1 | 2–10 | 11–100 | 101–1,000', () => {
    expect([1, 2, 10, 11, 100, 101, 1000, 1001].map(sizeBucket)).toEqual([0, 1, 1, 2, 2, 3, 3, 4]);
  });

  it('covers every list size a default page of 50 events can send (its subjects, lists, listed companies)', () => {
    const planned = new Set(plannedSizes.map(sizeBucket));
    const missed = Array.from({ length: 50 }, (_, i) => i + 1).filter((size) => !planned.has(sizeBucket(size)));
    expect(missed).toEqual([]);
    expect(maxChangesPage).toBeGreaterThanOrEqual(50);
  });

  it('plans the page statement for watchlist ids of 2–10 and 11–100 characters', () => {
    const buckets = new Set(plannedSizes.map((size) => sizeBucket(warmWatchlistId(size).length)));
    expect([...buckets].sort()).toEqual([1, 2]);
  });
});
