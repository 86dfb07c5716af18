/**
 * The sanction trace seen from one measure: its chain (listings → lists → documents → measure →
 * agencies → bearers) and what the canvas emphasises. Pure, over the shape of the SanctionTrace
 * query (only the fields it reads).
 */

interface Ref {
  id: string;
}

export interface TraceLike<Listing, Measure> {
  listings: readonly Listing[];
  measures: readonly Measure[];
}

export interface TraceListingLike {
  listing: Ref;
  subject: Ref;
  list: Ref;
}

export interface TracedMeasureLike {
  measure: Ref;
  agencies: readonly Ref[];
  lists: readonly Ref[];
  documents: readonly Ref[];
  belowLawOrRegulation: boolean;
  bearers: readonly { party: Ref }[];
}

export interface Chain<Listing, Measure> {
  measure: Measure;
  /** The subject's active listings on the lists that trigger this measure. */
  listings: Listing[];
  /** Every node of the chain, for highlighting it on the canvas. */
  nodeIds: Set<string>;
}

/** The chain behind one measure of the trace, or null when the trace has no such measure. */
export function chainOf<Listing extends TraceListingLike, Measure extends TracedMeasureLike>(
  trace: TraceLike<Listing, Measure>,
  measureId: string,
): Chain<Listing, Measure> | null {
  const measure = trace.measures.find((entry) => entry.measure.id === measureId);
  if (!measure) return null;
  const lists = new Set(measure.lists.map((list) => list.id));
  const listings = trace.listings.filter((entry) => lists.has(entry.list.id));
  const nodeIds = new Set<string>([
    measure.measure.id,
    ...measure.agencies.map((agency) => agency.id),
    ...measure.documents.map((document) => document.id),
    ...lists,
    ...listings.flatMap((entry) => [entry.listing.id, entry.subject.id]),
    ...measure.bearers.map((bearer) => bearer.party.id),
  ]);
  return { measure, listings, nodeIds };
}

/** Measures whose basis at the date is below law / administrative regulation (flagged on the canvas). */
export function belowLawMeasures(measures: readonly TracedMeasureLike[]): Set<string> {
  return new Set(measures.filter((entry) => entry.belowLawOrRegulation).map((entry) => entry.measure.id));
}

/** The measure a click on the canvas points at: the node itself when it is one of the trace's measures. */
export function selectedMeasure(measures: readonly TracedMeasureLike[], selected: string | null): string | null {
  return selected !== null && measures.some((entry) => entry.measure.id === selected) ? selected : null;
}
