/** Dates are ISO `YYYY-MM-DD` strings throughout (docs/decisions/0002-iso-date-strings.md). */

export const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for `YYYY-MM-DD` naming a real calendar day (no 2023-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today in UTC as YYYY-MM-DD: the default `asOf`. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
