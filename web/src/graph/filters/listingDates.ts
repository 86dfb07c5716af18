import type { ViewFilter } from './viewFilter.ts';

/** Listings that start in this range (either end open); ISO dates compare as text. */
export interface DateRange {
  from: string | null;
  until: string | null;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const date = (text: string | undefined) => (text && isoDate.test(text) ? text : null);

/** Leaves out the listings that start outside the range (URL `ld=2020-01-01..2023-12-31`, an end may be empty). */
export const listingDateFilter: ViewFilter<DateRange> = {
  param: 'ld',
  none: { from: null, until: null },
  parse: (value) => {
    const [from, until] = value.split('..');
    return { from: date(from), until: date(until) };
  },
  format: (range) => (range.from || range.until ? `${range.from ?? ''}..${range.until ?? ''}` : null),
  *leavesOut(view, range) {
    if (!range.from && !range.until) return;
    for (const node of view.nodes) {
      if (node.kind !== 'Listing' || !node.from) continue;
      if ((range.from && node.from < range.from) || (range.until && node.from > range.until)) yield node.id;
    }
  },
};
