/**
 * Every table of the explorer (trace measures, exposure hits, screening results): one component,
 * so each has the same row click, selection mark and CSV export of exactly the columns shown.
 */
import type { ReactNode } from 'react';
import { toCsv, type Column } from '../export/csv.ts';
import { downloadCsv } from '../export/download.ts';
import { t } from '../i18n.ts';
import type { Lang } from '../state/route.ts';

export interface TableColumn<Row> extends Column<Row> {
  /** The cell on screen; default: the CSV value as text. */
  render?(row: Row): ReactNode;
  /** In the CSV only (detail the narrow panel shows elsewhere). */
  csvOnly?: boolean;
}

export interface DataTableProps<Row> {
  lang: Lang;
  rows: readonly Row[];
  columns: readonly TableColumn<Row>[];
  rowKey(row: Row): string;
  /** File name of the CSV export (without `.csv`). */
  fileStem: string;
  onRowClick?(row: Row): void;
  selectedKey?: string | null;
  /** Extra attributes per row, for tests and styling (e.g. data-measure). */
  rowData?(row: Row): Record<string, string>;
  caption?: ReactNode;
}

export function DataTable<Row>({ lang, rows, columns, rowKey, fileStem, onRowClick, selectedKey, rowData, caption }: DataTableProps<Row>) {
  const shown = columns.filter((column) => !column.csvOnly);
  return (
    <div className="data-table-wrap">
      <div className="table-bar">
        {caption}
        <button type="button" className="csv" onClick={() => downloadCsv(`${fileStem}.csv`, toCsv(rows, columns))}>
          {t(lang, 'exportCsv')}
        </button>
      </div>
      <table className="data-table">
        <thead>
          <tr>
            {shown.map((column) => (
              <th key={column.header}>{column.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const key = rowKey(row);
            return (
              <tr key={key} onClick={onRowClick ? () => onRowClick(row) : undefined} aria-selected={selectedKey === key} {...rowData?.(row)}>
                {shown.map((column) => (
                  <td key={column.header}>{column.render ? column.render(row) : String(column.value(row) ?? '')}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
