import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { isHeaderRow } from './headings.ts';

/**
 * A registry export as rows of text cells, from an .xlsx workbook (its first worksheet, read with
 * exceljs) or a CSV text; the header is the first row (of the first ten) that names the company and
 * its code, since platform exports put a title or a disclaimer above it.
 */

export interface SheetRow {
  /** Spreadsheet row or CSV line number (1-based), for problems. */
  line: number;
  cells: string[];
}

export interface Sheet {
  header: SheetRow | null;
  rows: SheetRow[];
  /** Why the file could not be read at all (malformed CSV). */
  unreadable?: string;
}

/** One cell as text: dates as YYYY-MM-DD, rich text and links by their text, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value).trim();
}

function withHeader(rows: SheetRow[]): Sheet {
  const at = rows.slice(0, 10).findIndex((row) => isHeaderRow(row.cells));
  if (at < 0) return { header: null, rows };
  return { header: rows[at]!, rows: rows.slice(at + 1).filter((row) => row.cells.some((c) => c !== '')) };
}

export async function readWorkbook(bytes: Buffer): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { header: null, rows: [] };
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as ExcelJS.CellValue[];
    rows.push({ line: number, cells: values.slice(1).map(cellText) });
  });
  return withHeader(rows);
}

export function readRegistryCsv(text: string): Sheet {
  try {
    const records = parse(text.replace(/\r\n/g, '\n'), { info: true, relax_column_count: true, skip_empty_lines: true, bom: true }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    return withHeader(records.map(({ record, info }) => ({ line: info.lines, cells: record.map((c) => c.trim()) })));
  } catch (cause) {
    return { header: null, rows: [], unreadable: `unreadable CSV: ${(cause as Error).message}` };
  }
}
