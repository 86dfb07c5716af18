import { describe, expect, it } from 'vitest';
import { formatCapital, formatPeriod, formatShare } from '../../web/src/format.ts';
import { groupByKind, highlightSegments, looksLikeUscc, moveCursor } from '../../web/src/search/logic.ts';

describe('search box logic', () => {
  it('checks USCC-like input (including near misses) and leaves names alone', () => {
    expect(looksLikeUscc('91110000600037341L')).toBe(true);
    expect(looksLikeUscc('9111000060003734')).toBe(true); // too short: the server says why
    expect(looksLikeUscc('华夏建设')).toBe(false);
    expect(looksLikeUscc('huaxia jianshe')).toBe(false);
    expect(looksLikeUscc('ABCDEFGHIJKLMNOPQR')).toBe(false);
  });

  it('groups hits by kind in legend order, keeping the ranking inside a group', () => {
    const hits = [
      { node: { kind: 'Person', id: 'p1' } },
      { node: { kind: 'Company', id: 'c1' } },
      { node: { kind: 'Person', id: 'p2' } },
      { node: { kind: 'Measure', id: 'm1' } },
    ];
    expect(groupByKind(hits).map((group) => [group.kind, group.hits.map((hit) => hit.node.id)])).toEqual([
      ['Company', ['c1']],
      ['Person', ['p1', 'p2']],
      ['Measure', ['m1']],
    ]);
  });

  it('splits highlights into text segments, never HTML', () => {
    expect(highlightSegments('深圳<em>华夏</em>建设<em>有限</em>')).toEqual([
      { text: '深圳', match: false },
      { text: '华夏', match: true },
      { text: '建设', match: false },
      { text: '有限', match: true },
    ]);
    expect(highlightSegments('<script>x</script>')).toEqual([{ text: '<script>x</script>', match: false }]);
  });

  it('moves the keyboard cursor with wrap-around', () => {
    expect([moveCursor(-1, 3, 1), moveCursor(-1, 3, -1), moveCursor(2, 3, 1), moveCursor(0, 3, -1), moveCursor(0, 0, 1)]).toEqual([0, 2, 0, 2, -1]);
  });
});

describe('display formats', () => {
  it('formats shares, ranges, capital and periods', () => {
    expect(formatShare(0.51)).toBe('51%');
    expect(formatShare(0.123456)).toBe('12.35%');
    expect(formatShare(null, 0.25, 0.5)).toBe('25%–50%');
    expect(formatShare(null, 0.75)).toBe('≥75%');
    expect(formatShare(null)).toBe('—');
    expect(formatCapital(5_000_000, 'zh')).toBe('500 万元');
    expect(formatCapital(5_000_000, 'en')).toBe('CNY 5,000,000');
    expect(formatPeriod('2019-05-01', null)).toBe('2019-05-01 –');
    expect(formatPeriod('2019-05-01', '2022-05-01')).toBe('2019-05-01 – 2022-05-01');
  });
});
