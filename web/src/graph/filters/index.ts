/**
 * The canvas filters together: their state in the URL (one parameter each) and the ids they leave out.
 * A new filter is one module (a ViewFilter) added here.
 */
import type { GraphViewLike } from '../elements.ts';
import { listingDateFilter, type DateRange } from './listingDates.ts';
import { listKindFilter } from './listKinds.ts';
import { nodeKindFilter } from './nodeKinds.ts';
import { relationshipFilter } from './relationships.ts';
import type { ViewFilter } from './viewFilter.ts';

export interface Filters {
  kinds: ReadonlySet<string>;
  relationships: ReadonlySet<string>;
  listKinds: ReadonlySet<string>;
  listed: DateRange;
}

const registry: { [K in keyof Filters]: ViewFilter<Filters[K]> } = {
  kinds: nodeKindFilter,
  relationships: relationshipFilter,
  listKinds: listKindFilter,
  listed: listingDateFilter,
};
const names = Object.keys(registry) as Array<keyof Filters>;

export const noFilters: Filters = { kinds: nodeKindFilter.none, relationships: relationshipFilter.none, listKinds: listKindFilter.none, listed: listingDateFilter.none };

export function parseFilters(query: URLSearchParams): Filters {
  const read = <K extends keyof Filters>(name: K): Filters[K] => {
    const value = query.get(registry[name].param);
    return value === null ? registry[name].none : registry[name].parse(value);
  };
  return { kinds: read('kinds'), relationships: read('relationships'), listKinds: read('listKinds'), listed: read('listed') };
}

export function writeFilters(filters: Filters, query: URLSearchParams): void {
  for (const name of names) {
    const value = (registry[name] as ViewFilter<Filters[typeof name]>).format(filters[name]);
    if (value !== null) query.set(registry[name].param, value);
  }
}

/** How many filters are set (for the panel's summary). */
export function activeFilters(filters: Filters): number {
  return names.filter((name) => (registry[name] as ViewFilter<Filters[typeof name]>).format(filters[name]) !== null).length;
}

/** Ids of the nodes and edges the filters leave out of `view`. */
export function filteredOut(view: GraphViewLike, filters: Filters): Set<string> {
  const out = new Set<string>();
  for (const name of names) for (const id of (registry[name] as ViewFilter<Filters[typeof name]>).leavesOut(view, filters[name])) out.add(id);
  return out;
}
