/**
 * The subjects of an uploaded screening CSV: the column named like a subject (uscc, name, id,
 * 统一社会信用代码, 名称, 企业名称) when the first row is a header, else the first column. Blank
 * cells are skipped; the server takes at most `screeningLimit` per request.
 */
import { parse } from 'csv-parse/browser/esm/sync';

export const screeningLimit = 1000;

const headerNames = ['uscc', 'name', 'id', 'subject', '统一社会信用代码', '信用代码', '名称', '企业名称', '主体'];

export interface CsvSubjects {
  subjects: string[];
  /** The column read (header name, or 1 for the first column). */
  column: string;
  /** Subjects beyond the limit, left out. */
  leftOut: number;
}

export function subjectsFromCsv(text: string): CsvSubjects {
  const rows = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  const first = rows[0] ?? [];
  const headerIndex = first.findIndex((cell) => headerNames.includes(cell.trim().toLowerCase()));
  const column = headerIndex === -1 ? 0 : headerIndex;
  const body = headerIndex === -1 ? rows : rows.slice(1);
  const all = body.map((row) => (row[column] ?? '').trim()).filter((cell) => cell !== '');
  return {
    subjects: all.slice(0, screeningLimit),
    column: headerIndex === -1 ? '1' : (first[headerIndex] ?? '1'),
    leftOut: Math.max(0, all.length - screeningLimit),
  };
}
