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

interface ParsedRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

export function readCsv(text: string, set: ColumnSet): CsvTable {
  let records: ParsedRecord[];
  try {
    // Line endings are made uniform first: exports mix CRLF and LF rows, which csv-parse (one record
    // delimiter per file) would read as a stray quote.
    records = parse(text.replace(/\r\n/g, '\n'), { info: true, raw: true, relax_column_count: true, skip_empty_lines: true, bom: true }) as unknown as ParsedRecord[];
  } catch (cause) {
    const failure = cause as { message?: string; lines?: number };
    return { columns: [], rows: [], problems: [error(failure.lines ?? 0, 'csv', `unreadable CSV: ${failure.message}`)] };
  }
  const [header, ...body] = records;
  if (!header) return { columns: [], rows: [], problems: [error(1, 'header', `the file is empty; expected a header line: ${set.columns.map((c) => c.name).join(',')}`)] };
  const { columns, problems } = checkHeader(header.record, set, startLine(header));
  if (problems.length > 0) return { columns, rows: [], problems };
  const rows: CsvRow[] = [];
  for (const parsed of body) {
    const line = startLine(parsed);
    const raw = parsed.raw.replace(/^[\r\n]+|[\r\n]+$/g, '');
    if (parsed.record.length !== columns.length) {
      rows.push({ line, raw, cells: {}, problem: error(line, 'row', `has ${parsed.record.length} fields, the header has ${columns.length}`) });
      continue;
    }
    const cells: Record<string, string> = {};
    columns.forEach((name, index) => (cells[name] = parsed.record[index]!));
    rows.push({ line, raw, cells });
  }
  return { columns, rows, problems };
}

/** csv-parse reports the line a record ends on; a quoted cell may span lines (it counts a lone CR as one). */
function startLine(parsed: ParsedRecord): number {
  const body = parsed.raw.replace(/^[\r\n]+|[\r\n]+$/g, '');
  return parsed.info.lines - (body.match(/\r\n|\r|\n/g)?.length ?? 0);
}

const normalizeHeading = (heading: string): string => heading.trim().toLowerCase().replace(/[\s-]+/g, '_');

function checkHeader(cells: string[], set: ColumnSet, line: number): { columns: string[]; problems: Problem[] } {
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
