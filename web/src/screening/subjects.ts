/**
 * The rows of an uploaded screening CSV, every one of them: a row with a subject to screen (its
 * USCC or id, else its name), or a row that cannot be screened with the reason as a code the
 * interface translates. Nothing is dropped: an analyst must be able to match every input line to
 * an output line. A file the CSV parser rejects as a whole (a stray quote) is read line by line,
 * so only the broken lines are reported.
 */
import { parse } from 'csv-parse/browser/esm/sync';

export const screeningLimit = 1000;

/** Header cells naming the subject's code (first choice) or its name (when the code cell is empty). */
const codeHeaders = ['uscc', 'id', 'subject', '统一社会信用代码', '信用代码', '主体'];
const nameHeaders = ['name', '名称', '企业名称', '姓名'];

/** Why a row is not screened. */
export type RowProblem = 'unreadable' | 'empty' | 'over_limit';

export type InputRow =
  | { row: number; line: number; kind: 'subject'; text: string; by: 'code' | 'name' }
  | { row: number; line: number; kind: 'problem'; text: string; problem: RowProblem };

export interface CsvSubjects {
  rows: InputRow[];
  /** The columns read (header names), or '1' for the first column of a file without a header. */
  column: string;
  /** Rows beyond the limit (reported as `over_limit`, not screened). */
  leftOut: number;
}

const options = { relax_column_count: true, relax_quotes: true, trim: true } as const;

/** Records with their 1-based line numbers; a line the parser refuses becomes `null` with its raw text. */
function records(text: string): Array<{ line: number; cells: string[] | null; raw: string }> {
  const clean = text.replace(/^\uFEFF/, '');
  try {
    const parsed = parse(clean, { ...options, info: true, skip_empty_lines: true }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    return parsed.map(({ record, info }) => ({ line: info.lines, cells: record, raw: record.join(',') }));
  } catch {
    // One bad quote can swallow the rest of the file: fall back to each line on its own.
    return clean
      .split(/\r\n|\n|\r/)
      .map((raw, index) => ({ raw, line: index + 1 }))
      .filter(({ raw }) => raw.trim() !== '')
      .map(({ raw, line }) => {
        try {
          const [cells] = parse(raw, options) as string[][];
          return { line, cells: cells ?? [], raw };
        } catch {
          return { line, cells: null, raw };
        }
      });
  }
}

const lower = (cell: string | undefined) => (cell ?? '').trim().toLowerCase();

export function subjectsFromCsv(text: string): CsvSubjects {
  const all = records(text);
  const first = all[0]?.cells ?? [];
  const codeAt = first.findIndex((cell) => codeHeaders.includes(lower(cell)));
  const nameAt = first.findIndex((cell) => nameHeaders.includes(lower(cell)));
  const hasHeader = codeAt !== -1 || nameAt !== -1;
  const body = hasHeader ? all.slice(1) : all;
  let screened = 0;
  const rows = body.map(({ line, cells, raw }, index): InputRow => {
    const row = index + 1;
    if (cells === null) return { row, line, kind: 'problem', text: raw, problem: 'unreadable' };
    const code = hasHeader ? (codeAt === -1 ? '' : (cells[codeAt] ?? '')) : (cells[0] ?? '');
    const name = nameAt === -1 ? '' : (cells[nameAt] ?? '');
    const textOf = code || name;
    if (!textOf) return { row, line, kind: 'problem', text: cells.join(','), problem: 'empty' };
    if (screened >= screeningLimit) return { row, line, kind: 'problem', text: textOf, problem: 'over_limit' };
    screened++;
    return { row, line, kind: 'subject', text: textOf, by: code ? 'code' : 'name' };
  });
  const column = hasHeader ? [codeAt, nameAt].filter((at) => at !== -1).map((at) => first[at]).join(' / ') : '1';
  return { rows, column, leftOut: rows.filter((row) => row.kind === 'problem' && row.problem === 'over_limit').length };
}

/** The subjects to send to the server, in row order. */
export function subjectsToScreen(rows: readonly InputRow[]): Array<Extract<InputRow, { kind: 'subject' }>> {
  return rows.filter((row): row is Extract<InputRow, { kind: 'subject' }> => row.kind === 'subject');
}
