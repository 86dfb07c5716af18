/**
 * The as-of time axis (pure): dates as whole days for a range input, from the start of the credit
 * system's planning period to today, and the milestones it marks (the API's `milestones`: the 2020
 * reform and the basic-list editions), each at its place along the axis.
 */
import { t } from '../i18n.ts';
import type { Lang } from '../state/route.ts';

/** 2014: the State Council's planning outline for the social credit system (国发〔2014〕21号) opens the period the graph covers. */
export const axisStart = '2014-01-01';

const dayMs = 86_400_000;

/** A `YYYY-MM-DD` date as days since 1970-01-01 (UTC, so no daylight-saving gaps). */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / dayMs);
}

export function dateOfDay(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/** The date clamped to the axis (a link may carry a date before 2014 or after today). */
export function clampDate(date: string, start: string, end: string): string {
  return date < start ? start : date > end ? end : date;
}

/** Where a date sits on the axis, 0–1. */
export function axisFraction(date: string, start: string, end: string): number {
  const span = dayNumber(end) - dayNumber(start);
  return span <= 0 ? 1 : (dayNumber(clampDate(date, start, end)) - dayNumber(start)) / span;
}

export interface MilestoneDocument {
  id: string;
  documentType?: string | null;
  docNumber?: string | null;
  label: string;
  nameEn?: string | null;
  issued?: string | null;
  effective?: string | null;
}

export interface Milestone {
  id: string;
  date: string;
  /** The tick's short text: the document number of the reform, "basic list 2022" for an edition. */
  short: string;
  /** The hover text: the document's full name. */
  title: string;
  fraction: number;
}

/** A tick label's width in pixels at the axis's 11 px font, estimated (the page measures it when it can): CJK about a full em, other characters about 0.6 em, plus the 2 px padding each side. */
export function tickLabelPx(text: string): number {
  let px = 4;
  for (const character of text) px += character.codePointAt(0)! >= 0x2e80 ? 11 : 6.6;
  return px;
}

/** The space kept between two labels of the same row. */
const labelGapPx = 4;

/**
 * The fewest rows (two, else three) in which the ticks' full labels fit on an axis `width` pixels wide:
 * ticks take the rows in turn, so each label must clear the one `rows` ticks on, both centred on their
 * ticks. Null when three rows are not enough either: the ticks then show their year, in two rows.
 */
export function labelRows(ticks: readonly Pick<Milestone, 'fraction' | 'short'>[], width: number, labelPx: (text: string) => number = tickLabelPx): 2 | 3 | null {
  const fit = (rows: number) =>
    ticks.every((tick, index) => {
      const next = ticks[index + rows];
      return !next || (next.fraction - tick.fraction) * width >= (labelPx(tick.short) + labelPx(next.short)) / 2 + labelGapPx;
    });
  return fit(2) ? 2 : fit(3) ? 3 : null;
}

/**
 * Ticks for the milestones on the axis, oldest first; undated ones and those outside the axis are left out.
 * `number`: a document number as the reader's language shows it (English mode: codes/docNumber.ts), or
 * null while that is not known yet (the tick then shows the date's year).
 */
export function milestoneTicks(documents: readonly MilestoneDocument[], start: string, end: string, lang: Lang, number: (docNumber: string) => string | null = (docNumber) => docNumber): Milestone[] {
  return documents
    .map((document) => ({ document, date: document.effective ?? document.issued ?? null }))
    .filter((entry): entry is { document: MilestoneDocument; date: string } => entry.date !== null && entry.date >= start && entry.date <= end)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map(({ document, date }) => {
      const shown = document.docNumber ? number(document.docNumber) : null;
      // The original number stays in the hover text beside its rendering: it is what the document is cited and searched by.
      const cited = document.docNumber ? (shown && shown !== document.docNumber ? `${shown}, ${document.docNumber}` : document.docNumber) : null;
      return {
        id: document.id,
        date,
        short: document.documentType === 'basic_list' ? `${t(lang, 'basicListTick')} ${date.slice(0, 4)}` : (shown ?? date.slice(0, 4)),
        title: `${date} · ${(lang === 'en' && document.nameEn) || document.label}${cited ? ` (${cited})` : ''}`,
        fraction: axisFraction(date, start, end),
      };
    });
}
