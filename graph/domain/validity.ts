import type { DocumentType } from '../model.ts';

/**
 * The time rules of the graph, each stated once and given twice: as a TypeScript predicate over a
 * record in memory and as a Cypher predicate over a node or relationship, both built from the
 * constants below (test/trace/validity.test.ts checks on the real Neo4j that the two agree). Dates
 * are ISO strings, so string order is date order; a missing bound is open.
 *
 * 1. Listing active at D: from ≤ D < until (no until: open-ended) and, when its status says it ended
 *    (expired, repaired, removed), D < endedOn. An ended listing without an end date is never active
 *    (we know it ended, not when): its end falls back to until, then to from.
 * 2. Document in force at D: its start (effective, else issued; none: no bound) ≤ D < repealed (none:
 *    no bound). Drafts are never in force.
 * 3. Role held at D (LEGAL_REPRESENTATIVE_OF, OFFICER_OF): from ≤ D < until, open ends open.
 * 4. Basic-list edition in force at D: a basic list in force at D (rule 2) that no later edition has
 *    replaced by D. Editions supersede one another by date: the one with the latest start ≤ D wins,
 *    whether or not the data also records the older edition's repeal.
 */

/** Listing statuses that say the listing ended (rule 1). */
export const endedStatuses = ['expired', 'repaired', 'removed'] as const;

/** Later than every ISO date: an open end. */
export const openEnd = '9999-12-31';
/** Earlier than every ISO date: an open start. */
export const openStart = '';

/** Document types never in force (rule 2). */
export const neverInForceTypes: readonly DocumentType[] = ['draft'];
/** The document type of the national basic lists of punishment measures (rule 4). */
export const basicListType: DocumentType = 'basic_list';

const quoted = (values: readonly string[]) => `[${values.map((v) => `'${v}'`).join(', ')}]`;

// The Cypher predicates avoid OR: the planner explores every disjunct of a WHERE (index unions), which
// made small queries take seconds to plan cold; coalesce and CASE are opaque to it.

export interface ListingDates {
  from: string;
  until?: string | null;
  status?: string | null;
  endedOn?: string | null;
}

/** Rule 1 in memory. */
export function listingActive(listing: ListingDates, asOf: string): boolean {
  if (!(listing.from <= asOf && asOf < (listing.until ?? openEnd))) return false;
  if (!(endedStatuses as readonly string[]).includes(listing.status ?? '')) return true;
  return asOf < (listing.endedOn ?? listing.until ?? listing.from);
}

/** Rule 1 in Cypher: Listing `l` is active at `$asOf`. */
export const listingActiveAt = (l: string) =>
  `(${l}.from <= $asOf AND $asOf < coalesce(${l}.until, '${openEnd}') ` +
  `AND CASE WHEN ${l}.status IN ${quoted(endedStatuses)} THEN $asOf < coalesce(${l}.endedOn, ${l}.until, ${l}.from) ELSE true END)`;

export interface DocumentDates {
  type: DocumentType | string;
  issued?: string | null;
  effective?: string | null;
  repealed?: string | null;
}

/** When a document starts to bind: effective, else issued; null when undated (rule 2). */
export const documentStart = (document: DocumentDates): string | null => document.effective ?? document.issued ?? null;

/** Rule 2 in memory. */
export function documentInForce(document: DocumentDates, asOf: string): boolean {
  if ((neverInForceTypes as readonly string[]).includes(document.type)) return false;
  return (documentStart(document) ?? openStart) <= asOf && asOf < (document.repealed ?? openEnd);
}

const documentStartOf = (d: string) => `coalesce(${d}.effective, ${d}.issued, '${openStart}')`;

/** Rule 2 in Cypher: PolicyDocument `d` is in force at `$asOf`. */
export const documentInForceAt = (d: string) =>
  `(NOT ${d}.type IN ${quoted(neverInForceTypes)} AND ${documentStartOf(d)} <= $asOf AND $asOf < coalesce(${d}.repealed, '${openEnd}'))`;

export interface RoleDates {
  from?: string | null;
  until?: string | null;
}

/** Rule 3 in memory. */
export function roleHeld(role: RoleDates, asOf: string): boolean {
  return (role.from ?? openStart) <= asOf && asOf < (role.until ?? openEnd);
}

/** Rule 3 in Cypher: role relationship `r` is held at `$asOf`. */
export const roleHeldAt = (r: string) => `(coalesce(${r}.from, '${openStart}') <= $asOf AND $asOf < coalesce(${r}.until, '${openEnd}'))`;

export interface EditionDates extends DocumentDates {
  id: string;
}

/** Rule 4 in memory: the basic-list edition in force at D among `documents`, or null before the first. */
export function basicListEditionAt<D extends EditionDates>(documents: readonly D[], asOf: string): D | null {
  const editions = documents.filter((d) => d.type === basicListType && documentInForce(d, asOf));
  const latest = (d: D) => documentStart(d) ?? openStart;
  return editions.sort((a, b) => latest(b).localeCompare(latest(a)) || a.id.localeCompare(b.id))[0] ?? null;
}

/** Rule 4 in memory, as a predicate: `document` is the edition in force at D among `documents`. */
export const basicListEditionInForce = (document: EditionDates, documents: readonly EditionDates[], asOf: string) =>
  basicListEditionAt(documents, asOf)?.id === document.id;

/** Rule 4 in Cypher: PolicyDocument `d` is the basic-list edition in force at `$asOf` (same tie-break: smaller id). */
export const basicListEditionInForceAt = (d: string) =>
  `(${d}.type = '${basicListType}' AND ${documentInForceAt(d)} AND NOT EXISTS { MATCH (later:PolicyDocument) ` +
  `WHERE later.type = '${basicListType}' AND ${documentInForceAt('later')} ` +
  `AND (${documentStartOf('later')} > ${documentStartOf(d)} OR (${documentStartOf('later')} = ${documentStartOf(d)} AND later.id < ${d}.id)) })`;
