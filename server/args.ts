import { isCalendarDate, isoDate, today } from '../graph/domain/isoDate.ts';
import { validateUscc } from '../graph/domain/uscc.ts';
import { badUserInput } from './errors.ts';

/**
 * Argument checks shared by every resolver. Each returns the clean value or throws BAD_USER_INPUT
 * naming the argument (pass the dotted path for input-object fields, e.g. `filter.established.from`).
 */

export const maxPageSize = 500;
export const defaultPageSize = 50;
export const maxHops = 3;

export { isCalendarDate, today };

export function parseDate(argument: string, value: unknown): string {
  if (typeof value !== 'string' || !isoDate.test(value)) {
    throw badUserInput(argument, `expected a date as YYYY-MM-DD, got ${JSON.stringify(value)}`, { expected: 'YYYY-MM-DD', found: String(value) });
  }
  if (!isCalendarDate(value)) throw badUserInput(argument, `${value} is not a calendar date`, { found: value });
  return value;
}


/** `asOf` or the request's default date. */
export function asOfDate(argument: string, value: unknown, fallback: string): string {
  return value === undefined || value === null ? fallback : parseDate(argument, value);
}

/** Page size: 1..500, default 50. */
export function pageSize(value: number | null | undefined, argument = 'first', fallback = defaultPageSize): number {
  if (value === undefined || value === null) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > maxPageSize) {
    throw badUserInput(argument, `must be between 1 and ${maxPageSize}, got ${value}`, { min: 1, max: maxPageSize, found: value });
  }
  return value;
}

export function hops(value: number | null | undefined, argument = 'hops', fallback = 1, max = maxHops): number {
  if (value === undefined || value === null) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw badUserInput(argument, `must be between 1 and ${max}, got ${value}`, { min: 1, max, found: value });
  }
  return value;
}

/** A bounded positive whole number (limits other than page sizes). */
export function boundedInt(argument: string, value: number | null | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === null) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(argument, `must be between ${min} and ${max}, got ${value}`, { min, max, found: value });
  }
  return value;
}

/** Opaque cursor: base64url of a JSON array of the sort-key values of the last row of a page. */
export function encodeCursor(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(value: string | null | undefined, argument = 'after'): unknown[] | undefined {
  if (value === undefined || value === null) return undefined;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(decoded)) return decoded;
  } catch {
    // reported below
  }
  throw badUserInput(argument, 'not a cursor returned by this API (pass an endCursor from a previous page)', { found: value });
}

/** Offset cursors for small per-node lists (a company's shareholders): the cursor holds the offset. */
export function decodeOffsetCursor(value: string | null | undefined, argument = 'after'): number {
  const decoded = decodeCursor(value, argument);
  if (decoded === undefined) return 0;
  const [offset] = decoded;
  // A safe integer only: a forged 1e19 would reach Neo4j's SKIP as a float and fail there ("long overflow").
  if (decoded.length !== 1 || typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0) {
    throw badUserInput(argument, 'not a cursor of this list', { found: value ?? '' });
  }
  return offset + 1;
}

/** A USCC, normalised (trimmed, upper case). A wrong check character says what was expected and found. */
export function parseUscc(argument: string, value: string): string {
  const result = validateUscc(value);
  const problem = result.errors[0];
  if (problem) {
    throw badUserInput(argument, problem.message, {
      problem: problem.code,
      expected: problem.expected,
      found: problem.found,
      position: problem.position,
    });
  }
  return result.normalized;
}

/** A non-empty id (ids are opaque strings; this only rejects blanks and absurd lengths). */
export function parseId(argument: string, value: string): string {
  const id = value.trim();
  if (id.length === 0) throw badUserInput(argument, 'must not be empty');
  if (id.length > 200) throw badUserInput(argument, `is ${id.length} characters long; ids are at most 200`);
  return id;
}
