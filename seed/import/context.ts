import { looksLikeUscc } from './values.ts';

/**
 * What a mapper needs besides the record: the file's name for provenance, the id namespace, the
 * salt for ID numbers and the date statuses are judged at.
 */
export interface MapContext {
  /** File name as recorded in `source` (`companies.csv`, so `companies.csv:12`). */
  file: string;
  /** Prefix for every id the file defines or refers to other than a USCC (keeps a data set apart). */
  namespace: string;
  /** Salt for hashing ID-card numbers; a file with ID numbers is refused without one. */
  idHashSalt?: string;
  /** YYYY-MM-DD; listings whose `until` is before it are `expired`. */
  today: string;
}

export const sourceOf = (ctx: MapContext, line: number): string => `${ctx.file}:${line}`;

/** An id the file defines (person, foreign company, relation, listing). */
export const localId = (ctx: MapContext, raw: string): string => ctx.namespace + raw.trim();

/** A reference: a USCC stays as it is (companies are keyed by it), anything else is namespaced. */
export function refId(ctx: MapContext, raw: string): string {
  const trimmed = raw.trim();
  return looksLikeUscc(trimmed) ? trimmed.toUpperCase() : ctx.namespace + trimmed;
}
