/** CSV of any table the explorer shows (trace, exposure hits, screening results), via csv-stringify. */
import { stringify } from 'csv-stringify/browser/esm/sync';

export interface Column<Row> {
  header: string;
  value(row: Row): string | number | boolean | null | undefined;
}

export function toCsv<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  const records = rows.map((row) => columns.map((column) => column.value(row) ?? ''));
  return stringify([columns.map((column) => column.header), ...records]);
}
