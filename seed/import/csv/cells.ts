import type { Props, Value } from '../facts.ts';
import type { Problem } from '../problems.ts';
import type { At } from '../values.ts';
import type { CsvRow } from './read.ts';

/**
 * Access to one row's cells. A column missing from the header leaves its property untouched in the
 * graph; a column present with an empty cell clears it. So a file that carries only some columns
 * updates only those.
 */
export class Cells {
  constructor(
    private readonly row: CsvRow,
    readonly problems: Problem[],
  ) {}

  has(column: string): boolean {
    return column in this.row.cells;
  }

  get(column: string): string | undefined {
    return this.row.cells[column];
  }

  at(column: string): At {
    return { line: this.row.line, column, problems: this.problems };
  }

  /** Sets `props[key]` from a column when the file has that column. */
  put(props: Props, key: string, column: string, parse: (raw: string | undefined, at: At) => Value): void {
    if (this.has(column)) props[key] = parse(this.get(column), this.at(column));
  }
}
