import { describe, expect, it } from 'vitest';
import { byOperation } from './httpLoad.ts';

describe("the load test's per-operation breakdown", () => {
  it('gives each operation its own percentiles and errors, and its share of the slowest 1 % of all responses', () => {
    // 198 fast searches, 2 slow exposures: the slowest 1 % (2 responses) are both exposures.
    const responses = [
      ...Array.from({ length: 198 }, (_, i) => ({ operation: 'search', ms: 10 + (i % 10), failed: i === 0 })),
      { operation: 'exposure', ms: 900, failed: false },
      { operation: 'exposure', ms: 1_000, failed: false },
    ];
    const figures = byOperation(responses);
    expect(Object.keys(figures)).toEqual(['exposure', 'search']);
    expect(figures.exposure).toMatchObject({ requests: 2, p50: 900, p99: 1_000, errors: 0, slowestShare: 1 });
    expect(figures.search).toMatchObject({ requests: 198, p50: 14, p99: 19, errors: 1, slowestShare: 0 });
  });
});
