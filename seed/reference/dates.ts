/** Parsers of the fact base's free-text dates and document numbers (build.ts, propagation.ts). */

export interface ParsedDate {
  iso: string | null;
  precision: 'day' | 'month' | 'year' | null;
}

/** The issue date at the start of the fact base's free text ("2014-08 (effective …)", "c. 2018", "2016"), else a "released" date. */
export function parseIssued(text: string): ParsedDate {
  const leading = /^(?:c\. )?(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?![–\d])/.exec(text)?.[1];
  const token = leading ?? /released (\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
  if (!token) return { iso: null, precision: null };
  const [year, month, day] = token.split('-');
  return {
    iso: `${year}-${month ?? '01'}-${day ?? '01'}`,
    precision: day ? 'day' : month ? 'month' : 'year',
  };
}

/** "(effective 2014-10-01)" right after the issue date; a later amendment's effective date does not count. */
export function parseEffective(text: string): string | null {
  return /^[^;]*?\(effective (\d{4}-\d{2}-\d{2})\)/.exec(text)?.[1] ?? null;
}

/** Splits "国务院令第724号 (number unverified)" into the number and the remark. */
export function parseDocNumber(raw: string | null): { docNumber: string | null; note: string | null; verified: boolean } {
  if (!raw) return { docNumber: null, note: null, verified: false };
  const match = /^(.*?)\s*\((.*)\)$/.exec(raw);
  if (!match) return { docNumber: raw, note: null, verified: true };
  const [, number, note] = match as unknown as [string, string, string];
  if (/not captured/.test(note)) return { docNumber: null, note: raw, verified: false };
  return { docNumber: number, note, verified: !/unverified/.test(note) };
}

