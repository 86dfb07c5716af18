import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { anyNodeLabel, type NodeKind, type Rel } from '../../model.ts';
import { integerProperties, type LoadCounts, type RowSink } from '../write.ts';

/**
 * A RowSink that writes the graph/load writers' rows as CSV for `neo4j-admin database import full`:
 * per node kind and relationship type one data file, streamed (constant memory whatever the corpus
 * size), and at `finish` one header file beside it with typed columns (`id:ID`, `:LABEL`,
 * `name:double`, `names:string[]`…, `:START_ID`/`:END_ID`/`:TYPE`). A property first seen late gets
 * a new column, and from that row on the rows go to a new part of the file with its own header: the
 * importer needs every row of a file as wide as its header (a short row runs on into the next line).
 *
 * Rows are written as given: the caller's data must not repeat an id, except for the kinds and types
 * it names in `repeating` (e.g. the synthetic corpus writes its local agencies again in every batch),
 * whose ids are remembered and written once. The importer refuses repeated node ids of other kinds.
 */

type ColumnType = 'string' | 'double' | 'long' | 'boolean' | 'string[]' | 'double[]' | 'long[]' | 'boolean[]';

interface CsvFile {
  /** Node kind or relationship type. */
  name: string;
  entity: 'nodes' | 'relationships';
  columns: Map<string, ColumnType>;
  /** Finished parts and the open one (the last). */
  parts: CsvPart[];
  fd: number;
}

interface CsvPart {
  data: string;
  /** Property columns of its rows (a prefix of the file's columns). */
  width: number;
  rows: number;
  /** Whether a value holds a line break (the importer must then parse the part as multi-line). */
  multiline: boolean;
}

export interface CsvGroup {
  entity: 'nodes' | 'relationships';
  name: string;
  header: string;
  data: string;
  rows: number;
  multiline: boolean;
}

/** Separates list elements inside a cell: a control character no name or title contains. */
export const arrayDelimiter = '\u001f';
/** The same, as the importer's --array-delimiter option spells it. */
export const arrayDelimiterOption = 'U+001F';

export class CsvCorpus implements RowSink {
  readonly sink = true as const;
  private readonly files = new Map<string, CsvFile>();
  private readonly seen = new Map<string, Set<string>>();

  /**
   * `prefix` starts the name of every file it writes, so that several corpora (one per CSV worker,
   * bulk/csvWorkers.ts) can write into the same folder.
   */
  constructor(
    readonly dir: string,
    private readonly repeating: ReadonlySet<string> = new Set(),
    private readonly prefix = '',
  ) {
    fs.mkdirSync(dir, { recursive: true });
  }

  async nodes(kind: NodeKind, rows: ReadonlyArray<{ id: string; props: Record<string, unknown> }>): Promise<LoadCounts> {
    const file = this.file('nodes', kind);
    const fresh = this.once(kind, rows);
    const labels = `${anyNodeLabel}${arrayDelimiter}${kind}`;
    this.write(file, fresh, (row) => `${quote(row.id)},${labels}`);
    return created(rows.length, fresh.length);
  }

  async relationships(type: Rel, rows: ReadonlyArray<{ id: string; from: string; to: string; props: Record<string, unknown> }>): Promise<LoadCounts> {
    const file = this.file('relationships', type);
    const fresh = this.once(type, rows);
    this.write(file, fresh, (row) => `${quote(row.from)},${quote(row.to)},${type},${quote(row.id)}`);
    return created(rows.length, fresh.length);
  }

  /** Closes the data files and writes their headers; one group per part, nodes before relationships. */
  finish(): CsvGroup[] {
    const groups: CsvGroup[] = [];
    for (const file of this.files.values()) {
      if (file.fd >= 0) fs.closeSync(file.fd);
      file.fd = -1;
      const fixed = file.entity === 'nodes' ? ['id:ID', ':LABEL'] : [':START_ID', ':END_ID', ':TYPE', 'id:string'];
      const typed = [...file.columns].map(([name, type]) => `${name}:${type}`);
      file.parts.forEach((part, index) => {
        const header = part.data.replace(/\.csv$/, '.header.csv');
        fs.writeFileSync(header, `${[...fixed, ...typed.slice(0, part.width)].join(',')}\n`);
        groups.push({ entity: file.entity, name: `${file.name}#${index}`, header, data: part.data, rows: part.rows, multiline: part.multiline });
      });
    }
    return groups.sort((a, b) => (a.entity === b.entity ? 0 : a.entity === 'nodes' ? -1 : 1));
  }

  private file(entity: CsvFile['entity'], name: string): CsvFile {
    const key = `${entity}:${name}`;
    let file = this.files.get(key);
    if (!file) {
      file = { name, entity, columns: new Map(), parts: [], fd: -1 };
      this.newPart(file);
      this.files.set(key, file);
    }
    return file;
  }

  private newPart(file: CsvFile): void {
    if (file.fd >= 0) fs.closeSync(file.fd);
    const data = path.join(this.dir, `${this.prefix}${file.entity}-${file.name}-${file.parts.length}.csv`);
    file.parts.push({ data, width: file.columns.size, rows: 0, multiline: false });
    file.fd = fs.openSync(data, 'w');
  }

  /**
   * Appends the rows (fixed cells, then the properties in column order), starting a new part when a
   * row brings a new column. Millions of rows per file at 1M: one string per row, no cell arrays.
   */
  private write<R extends { props: Record<string, unknown> }>(file: CsvFile, rows: readonly R[], fixed: (row: R) => string): void {
    let text = '';
    let part = file.parts.at(-1)!;
    let keys = [...file.columns.keys()];
    for (const row of rows) {
      if (this.addColumns(file, row.props)) {
        if (text) fs.writeSync(file.fd, text);
        text = '';
        if (part.rows === 0) part.width = file.columns.size;
        else this.newPart(file);
        part = file.parts.at(-1)!;
        keys = [...file.columns.keys()];
      }
      let line = fixed(row);
      for (const key of keys) {
        const value = row.props[key];
        if (value === null || value === undefined) {
          line += ',';
          continue;
        }
        const cell = typeof value === 'string' ? quote(value) : cellText(value);
        // Only a quoted cell can hold a line break.
        if (cell.charCodeAt(0) === 34 && lineBreak.test(cell)) part.multiline = true;
        line += `,${cell}`;
      }
      text += `${line}\n`;
      part.rows++;
    }
    if (text) fs.writeSync(file.fd, text);
  }

  private once<R extends { id: string }>(name: string, rows: readonly R[]): readonly R[] {
    if (!this.repeating.has(name)) return rows;
    let ids = this.seen.get(name);
    if (!ids) this.seen.set(name, (ids = new Set()));
    const fresh: R[] = [];
    for (const row of rows) {
      if (ids.has(row.id)) continue;
      ids.add(row.id);
      fresh.push(row);
    }
    return fresh;
  }

  /** Adds (and types) the columns of properties the file has not seen yet; whether there were any. */
  private addColumns(file: CsvFile, props: Record<string, unknown>): boolean {
    let added = false;
    for (const key in props) {
      const value = props[key];
      if (key === 'id' || value === null || value === undefined) continue;
      const known = file.columns.get(key);
      // Most cells are strings of a string column: no typing needed.
      if (known === 'string' && typeof value === 'string') continue;
      const type = columnType(key, value);
      if (!known) {
        file.columns.set(key, type);
        added = true;
      } else if (known !== type) {
        throw new Error(`${file.entity} ${file.name}: property '${key}' is ${known} in earlier rows but ${type} in row ${String(props.id ?? '')}`);
      }
    }
    return added;
  }
}

function created(rows: number, fresh: number): LoadCounts {
  return { rows, created: fresh, updated: 0, unchanged: rows - fresh, missing: 0 };
}

function columnType(key: string, value: unknown): ColumnType {
  if (Array.isArray(value)) return `${scalarType(key, value[0])}[]` as ColumnType;
  return scalarType(key, value);
}

function scalarType(key: string, value: unknown): Exclude<ColumnType, `${string}[]`> {
  if (neo4j.isInt(value) || (integerProperties.has(key) && typeof value === 'number')) return 'long';
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  throw new Error(`property '${key}' has a value the importer cannot store: ${JSON.stringify(value)}`);
}

/** A cell: no value is an empty cell; strings are quoted when they need to be (RFC 4180, "" inside). */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    for (const element of value) {
      if (String(element).includes(arrayDelimiter)) throw new Error(`a list element contains the list delimiter U+001F: ${JSON.stringify(element)}`);
      // The importer reads an empty element as no element (and [''] as no list): the online load would keep it.
      if (element === '') throw new Error(`a list holds an empty string, which the offline importer cannot store: ${JSON.stringify(value)}`);
    }
    return quote(value.map(String).join(arrayDelimiter));
  }
  return typeof value === 'string' ? quote(value) : String(value);
}

/** What makes a string need quotes: a quote, comma or line break anywhere, white space at either end (the importer would trim it). */
const needsQuotes = /[",\n\r]|^\s|\s$/;
const lineBreak = /[\n\r]/;

function quote(text: string): string {
  return text === '' || needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
