import { parse } from 'csv-parse/sync';
import { error, type Problem } from '../problems.ts';
import type { ColumnSet } from './columns.ts';

/**
 * Reads a CSV text against a column set: header required (names, or their documented aliases such as
 * the Chinese registry headings), rows as column → cell maps with the line each row starts on.
 * Parsing uses csv-parse (RFC 4180 quoting, embedded newlines, BOM), not a hand-rolled splitter.
 */

export interface CsvRow {
  line: number;
  raw: string;
  cells: Record<string, string>;
  /** Set when the row cannot be read against the header (wrong number of fields). */
  problem?: Problem;
}

export interface CsvTable {
  /** Canonical names of the header's columns, in file order. */
  columns: string[];
  rows: CsvRow[];
  /** Header and syntax problems: when there is one, no row can be trusted. */
  problems: Problem[];
}

/** csv-parse's options, shared by the whole-text and the streaming reader. */
export const csvParseOptions = { info: true, raw: true, relax_column_count: true, skip_empty_lines: true, bom: true } as const;

export interface ParsedRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

export function readCsv(text: string, set: ColumnSet): CsvTable {
  let records: ParsedRecord[];
  // Line endings are made uniform first: exports mix CRLF and LF rows, which csv-parse (one record
  // delimiter per file) would read as a stray quote.
  const uniform = text.replace(/\r\n/g, '\n');
  try {
    records = parse(uniform, csvParseOptions) as unknown as ParsedRecord[];
  } catch (cause) {
    return { columns: [], rows: [], problems: [syntaxProblem(cause as CsvParseError, uniform)] };
  }
  const [header, ...body] = records;
  if (!header) return { columns: [], rows: [], problems: [error(1, 'header', `the file is empty; expected a header line: ${set.columns.map((c) => c.name).join(',')}`)] };
  const { columns, problems } = checkHeader(header.record, set, startLine(header));
  if (problems.length > 0) return { columns, rows: [], problems };
  return { columns, rows: body.map((parsed) => csvRow(parsed, columns)), problems };
}

/** One parsed record as a row of the header's columns (or the problem of its field count). */
export function csvRow(parsed: ParsedRecord, columns: string[]): CsvRow {
  const line = startLine(parsed);
  const raw = parsed.raw.replace(/^[\r\n]+|[\r\n]+$/g, '');
  if (parsed.record.length !== columns.length) {
    return { line, raw, cells: {}, problem: error(line, 'row', `has ${parsed.record.length} fields, the header has ${columns.length}`) };
  }
  const cells: Record<string, string> = {};
  columns.forEach((name, index) => (cells[name] = parsed.record[index]!));
  return { line, raw, cells };
}

interface CsvParseError {
  code?: string;
  message?: string;
  lines?: number;
}

/** An unclosed quote is reported where it opened (csv-parse names the file's last line), else csv-parse's line. */
function syntaxProblem(failure: CsvParseError, text: string): Problem {
  if (failure.code === 'CSV_QUOTE_NOT_CLOSED') {
    const line = unclosedQuoteLine(text);
    if (line !== undefined) return error(line, 'csv', `unreadable CSV: a quote opened on line ${line} is never closed (a cell's closing " is missing)`);
  }
  return error(failure.lines ?? 0, 'csv', `unreadable CSV: ${failure.message}`);
}

/** The line where the quote still open at the end of the text opened (RFC 4180: quotes open at a cell's start, "" escapes). */
export function unclosedQuoteLine(text: string): number | undefined {
  let line = 1;
  let openedAt: number | undefined;
  let cellStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    // A CRLF is one break: its CR is not counted.
    const lineBreak = char === '\n' || (char === '\r' && text[i + 1] !== '\n');
    if (openedAt !== undefined) {
      if (char === '"') {
        if (text[i + 1] === '"') i++;
        else openedAt = undefined;
      }
    } else if (char === '"' && cellStart) {
      openedAt = line;
    }
    cellStart = openedAt === undefined && (char === ',' || char === '\n' || char === '\r');
    if (lineBreak) line++;
  }
  return openedAt;
}

/**
 * csv-parse reports the line a record ends on; a quoted cell may span lines. It counts every CR and
 * every LF of the text it reads, and in that text (CRLFs already made LFs) each is one line break of
 * the file: a CR before an LF there was a lone CR before a CRLF ("\r\r\n" in a cell is two lines).
 */
export function startLine(parsed: ParsedRecord): number {
  const body = parsed.raw.replace(/^[\r\n]+|[\r\n]+$/g, '');
  return parsed.info.lines - (body.match(/[\r\n]/g)?.length ?? 0);
}

const normalizeHeading = (heading: string): string => heading.trim().toLowerCase().replace(/[\s-]+/g, '_');

export function checkHeader(cells: string[], set: ColumnSet, line: number): { columns: string[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const byName = new Map<string, string>();
  for (const column of set.columns) {
    byName.set(column.name, column.name);
    for (const alias of column.aliases ?? []) byName.set(normalizeHeading(alias), column.name);
  }
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const [index, cell] of cells.entries()) {
    const name = byName.get(normalizeHeading(cell));
    if (!name) {
      // A blank heading is named by its position, so the problem still points somewhere.
      problems.push(error(line, cell.trim() || `column ${index + 1}`, `unknown column${cell.trim() ? '' : ' (blank heading)'} for a ${set.name} file; the columns are: ${set.columns.map((c) => c.name).join(', ')}`));
      columns.push(cell);
      continue;
    }
    if (seen.has(name)) problems.push(error(line, cell, `column ${name} appears twice`));
    seen.add(name);
    columns.push(name);
  }
  for (const group of set.required) {
    if (!group.some((name) => seen.has(name))) {
      problems.push(error(line, 'header', `missing column ${group.join(' or ')} (a ${set.name} file needs ${set.required.map((g) => g.join('|')).join(', ')})`));
    }
  }
  return { columns, problems };
}
