/**
 * One report row per input row: the server's answer for each screened subject, put back at its
 * input row, and a row of its own (status `invalid`) for every row that could not be screened.
 * The reason is always the interface's own sentence in the current language (codes from the
 * server, never its English text); a row that is not `found` has no hit count, so an export never
 * shows "0 hits" for a subject nobody looked at.
 */
import type { ScreenQuery } from '../api/generated.ts';
import { screenReason, usccProblemsText } from '../i18n.ts';
import type { Lang } from '../state/route.ts';
import type { InputRow } from './subjects.ts';

type ServerRow = ScreenQuery['screen']['rows'][number];

export interface ReportRow {
  /** The input row (1-based, header not counted). */
  row: number;
  input: string;
  status: ServerRow['status'];
  /** Why it is not found, invalid or ambiguous, in `lang`. */
  reason: string;
  /** The screened answer; null for rows that were not screened. */
  answer: ServerRow | null;
  /** Exposure hits, only for found subjects. */
  hits: number | null;
}

function reasonOf(lang: Lang, input: InputRow, answer: ServerRow): string {
  switch (answer.status) {
    case 'found':
      return '';
    case 'invalid':
      return answer.problems.length ? usccProblemsText(lang, answer.problems) : screenReason(lang, 'empty');
    case 'not_found':
      return screenReason(lang, input.kind === 'subject' && input.by === 'name' ? 'not_found_name' : 'not_found_code');
    case 'ambiguous':
      return screenReason(lang, 'ambiguous');
  }
}

/** `answers` are the server's rows for `subjectsToScreen(rows)`, in the same order. */
export function reportRows(lang: Lang, rows: readonly InputRow[], answers: readonly ServerRow[]): ReportRow[] {
  let next = 0;
  return rows.map((input) => {
    if (input.kind === 'problem') return { row: input.row, input: input.text, status: 'invalid', reason: screenReason(lang, input.problem), answer: null, hits: null };
    const answer = answers[next++];
    if (!answer) return { row: input.row, input: input.text, status: 'invalid', reason: screenReason(lang, 'over_limit'), answer: null, hits: null };
    return { row: input.row, input: input.text, status: answer.status, reason: reasonOf(lang, input, answer), answer, hits: answer.status === 'found' ? answer.exposureHits : null };
  });
}
