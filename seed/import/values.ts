import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import { validateUscc } from '../../graph/domain/uscc.ts';
import { error, warning, type Problem } from './problems.ts';

/**
 * Cell and property parsers shared by every format. Each returns the clean value and appends what it
 * found wrong to `problems`, attributed to the given line and column; none throws on bad input.
 */

export interface At {
  line: number;
  column: string;
  problems: Problem[];
}

function calendarDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A date as `YYYY-MM-DD`. Accepts the spellings registry extracts use: `2019-03-05`, `2019/3/5`,
 * `2019.03.05`, `20190305`, `2019年3月5日`, and an ISO date-time (the time is dropped). A month or
 * year alone (`2023-05`, `2023`, common in FtM) becomes its first day — or its last day when it
 * ends a period (`end: true`) — with a warning.
 */
export function parseDate(raw: string | undefined, at: At, options: { end?: boolean } = {}): string | null {
  const text = (raw ?? '').trim();
  if (text === '') return null;
  const full = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T ].*)?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (full) {
    const day = calendarDay(Number(full[1]), Number(full[2]), Number(full[3]));
    if (day) return day;
    at.problems.push(error(at.line, at.column, `'${text}' is not a calendar date`));
    return null;
  }
  const partial = /^(\d{4})(?:[-/.年](\d{1,2})月?)?$/.exec(text);
  if (partial) {
    const year = Number(partial[1]);
    const month = partial[2] ? Number(partial[2]) : undefined;
    if (month !== undefined && (month < 1 || month > 12)) {
      at.problems.push(error(at.line, at.column, `'${text}' is not a calendar month`));
      return null;
    }
    const start = calendarDay(year, month ?? 1, 1)!;
    const value = options.end ? lastDay(year, month ?? 12) : start;
    at.problems.push(warning(at.line, at.column, `partial date '${text}' read as ${value}`));
    return value;
  }
  at.problems.push(error(at.line, at.column, `'${text}' is not a date (write YYYY-MM-DD)`));
  return null;
}

function lastDay(year: number, month: number): string {
  const date = new Date(Date.UTC(year, month, 0));
  return calendarDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())!;
}

/** An error when a period ends before it starts. */
export function checkPeriod(from: string | null, until: string | null, at: At): void {
  if (from && until && until < from) at.problems.push(error(at.line, at.column, `ends (${until}) before it starts (${from})`));
}

/**
 * A share as a fraction 0–1. `0.51` is a fraction; `51%` (or `51 %`, `51％`) a percentage. A bare
 * number above 1 is refused rather than guessed, since 1.5 could be a typo for either.
 * `percent: true` reads bare numbers as percentages (FtM `percentage`, BODS `share`).
 */
export function parseShare(raw: string | number | undefined, at: At, options: { percent?: boolean } = {}): number | null {
  const text = String(raw ?? '').trim();
  if (text === '') return null;
  const match = /^([+-]?\d+(?:\.\d+)?|[+-]?\.\d+)\s*([%％])?$/.exec(text);
  if (!match) {
    at.problems.push(error(at.line, at.column, `'${text}' is not a share (write 0.51 or 51%)`));
    return null;
  }
  const number = Number(match[1]);
  const percent = Boolean(match[2]) || options.percent === true;
  if (percent) {
    if (number < 0 || number > 100) {
      at.problems.push(error(at.line, at.column, `share ${text} is outside 0–100%`));
      return null;
    }
    return roundShare(number / 100);
  }
  if (number < 0 || number > 1) {
    at.problems.push(error(at.line, at.column, `share ${text} is outside 0–1 (write ${text}% for a percentage)`));
    return null;
  }
  return roundShare(number);
}

/** Fractions keep 10 decimals: 51% → 0.51 exactly as stored, not 0.51000000000000001. */
export const roundShare = (value: number): number => Math.round(value * 1e10) / 1e10;

/**
 * An amount in CNY. Accepts `1000000`, `1,000,000`, and the registry style `100万`, `100万元`,
 * `1.5亿元人民币` (万 = 10⁴, 亿 = 10⁸).
 */
export function parseAmount(raw: string | undefined, at: At): number | null {
  const text = (raw ?? '').trim();
  if (text === '') return null;
  const match = /^(\d+(?:\.\d+)?)\s*(万|亿)?\s*(?:元)?\s*(?:人民币|CNY|RMB)?$/i.exec(text.replace(/,/g, ''));
  if (!match) {
    at.problems.push(error(at.line, at.column, `'${text}' is not an amount (write 1000000 or 100万元)`));
    return null;
  }
  const multiplier = match[2] === '亿' ? 1e8 : match[2] === '万' ? 1e4 : 1;
  return Math.round(Number(match[1]) * multiplier * 100) / 100;
}

const truthy = new Set(['true', 'yes', 'y', '1', '是']);
const falsy = new Set(['false', 'no', 'n', '0', '否']);

export function parseBoolean(raw: string | undefined, at: At): boolean | null {
  const text = (raw ?? '').trim().toLowerCase();
  if (text === '') return null;
  if (truthy.has(text)) return true;
  if (falsy.has(text)) return false;
  at.problems.push(error(at.line, at.column, `'${raw}' is not true/false`));
  return null;
}

/**
 * A USCC for import: length and charset problems are errors; a check-character mismatch is only a
 * warning (real pre-2015 codes can fail it), and so is the embedded organization-code check.
 */
export function parseUscc(raw: string | undefined, at: At): string | null {
  const result = validateUscc(raw ?? '');
  const fatal = result.errors.filter((e) => e.code !== 'CHECK_CHARACTER');
  for (const problem of fatal) at.problems.push(error(at.line, at.column, `USCC '${result.normalized}': ${problem.message}`));
  if (fatal.length > 0) return null;
  for (const problem of [...result.errors, ...result.warnings]) {
    at.problems.push(warning(at.line, at.column, `USCC '${result.normalized}': ${problem.message}`));
  }
  return result.normalized;
}

/** True when the text has a USCC's length and characters (what its parts and check say aside). */
export function looksLikeUscc(text: string): boolean {
  const result = validateUscc(text);
  return result.errors.every((e) => e.code !== 'EMPTY' && e.code !== 'LENGTH' && e.code !== 'CHARSET');
}

/** One of the allowed values (case-insensitive, or through `aliases`), else an error. */
export function parseChoice<T extends string>(
  raw: string | undefined,
  allowed: readonly T[],
  at: At,
  aliases: Record<string, T> = {},
): T | null {
  const text = (raw ?? '').trim();
  if (text === '') return null;
  const key = text.toLowerCase().replace(/[\s-]+/g, '_');
  const found = allowed.find((value) => value === key) ?? aliases[text] ?? aliases[key];
  if (found) return found;
  at.problems.push(error(at.line, at.column, `'${text}' is not one of ${allowed.join(', ')}`));
  return null;
}

/** A list cell: values separated by `|`, `;` or the full-width `；`. */
export function parseList(raw: string | undefined): string[] | null {
  const values = (raw ?? '')
    .split(/[|;；]/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
  return values.length > 0 ? values : null;
}

export const text = (raw: string | undefined): string | null => {
  const trimmed = (raw ?? '').trim();
  return trimmed === '' ? null : trimmed;
};

const han = /\p{Script=Han}/u;
const kanaOrHangul = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** True when a name is written in Chinese characters (Han, and no Japanese kana or Korean hangul). */
export const isChinese = (name: string): boolean => han.test(name) && !kanaOrHangul.test(name);

/**
 * Salted SHA-256 of an ID-card number (upper-cased, spaces removed): persons can be matched across
 * imports without the number ever being stored.
 */
export function hashIdNumber(idNumber: string, salt: string): string {
  return createHash('sha256').update(`${salt}:${idNumber.replace(/\s+/g, '').toUpperCase()}`).digest('hex');
}

/** Toneless, space-separated pinyin (张伟 → zhang wei), the form the name index matches on. */
export const pinyinOf = (nameZh: string): string => pinyin(nameZh, { toneType: 'none' });

/** Today (UTC) as YYYY-MM-DD. */
export const today = (now: Date = new Date()): string => now.toISOString().slice(0, 10);
