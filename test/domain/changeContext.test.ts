import { describe, expect, it } from 'vitest';
import { changeDrafts, needsContext, watchedFactKinds, type ChangeContext, type FactChange, type FactProps } from '../../graph/domain/changeKinds.ts';

/**
 * The change hook reads the context around a written fact (subject, list, previous grade) only for
 * the rows `needsContext` names (graph/load/changes.ts). Skipping the read must never change an
 * event: for every other row, `changeDrafts` gives the same drafts with or without any context.
 * Event rules: docs/monitoring.md ("Change events").
 */

const contexts: ChangeContext[] = [
  { subjectId: 'co-1', listKind: 'abnormal_operations', fact: { from: '2024-01-01', section: 'penalty', grade: 'A' }, previous: { grade: 'B', year: 2022 } },
  { subjectId: 'co-1', listKind: 'serious_illegal_dishonest', fact: { from: '2024-01-01', status: 'active', grade: 'B' }, previous: { grade: 'B', year: 2022 } },
];

const snapshots: Array<FactProps | null> = [
  null,
  { status: 'active', grade: 'A', from: '2020-01-01', until: null, source: 'a' },
  { status: 'repaired', grade: 'B', from: '2020-01-01', until: '2024-05-01', endedOn: '2024-05-01', source: 'b' },
];

const changes: FactChange[] = [...watchedFactKinds].flatMap((factKind) =>
  snapshots.flatMap((before) =>
    snapshots.filter((after): after is FactProps => after !== null).map((after) => ({ factKind, factId: 'fact-1', from: 'from-1', to: 'to-1', before, after })),
  ),
);

describe('the context the change hook reads', () => {
  it('is read for every row whose events depend on it, and a row it is not read for makes the same events with any context', () => {
    let needed = 0;
    for (const change of changes) {
      const without = changeDrafts(change);
      const withAny = contexts.map((context) => changeDrafts({ ...change, context }));
      if (needsContext(change)) {
        needed++;
        continue;
      }
      for (const drafts of withAny) expect(drafts, `${change.factKind} ${JSON.stringify(change.before)} → ${JSON.stringify(change.after)}`).toEqual(without);
    }
    // New listing, grade and record links, changed listings and grades: the rows the rules classify by their context.
    expect(needed).toBeGreaterThan(0);
  });

  it('is read for a new listing, grade or record link and a listing or grade that changed, not for an unchanged row', () => {
    const after = { status: 'active', grade: 'A' };
    for (const factKind of ['ON_LIST', 'GRADED', 'HAS_RECORD']) expect(needsContext({ factKind, before: null, after })).toBe(true);
    for (const factKind of ['Listing', 'Grade']) {
      expect(needsContext({ factKind, before: { status: 'expired', grade: 'C' }, after })).toBe(true);
      expect(needsContext({ factKind, before: after, after: { ...after, recordedAt: '2025-01-01' } })).toBe(false);
    }
    expect(needsContext({ factKind: 'SHAREHOLDER_OF', before: null, after })).toBe(false);
  });
});
