import type { MapContext } from '../context.ts';
import { stripControlCharacters } from '../controls.ts';
import type { Encoding } from '../decode.ts';
import type { Problem } from '../problems.ts';
import { newRecord, type ImportRecord, type Mapped } from '../facts.ts';
import { columnSets, type ColumnSet, type CsvKind } from './columns.ts';
import { companyRecord } from './companies.ts';
import { creditRecordRecord } from './creditRecords.ts';
import { listingRecord } from './listings.ts';
import { personRecord } from './persons.ts';
import { readCsv, type CsvRow } from './read.ts';
import { readCsvStream } from './stream.ts';
import { relationRecord } from './relations.ts';

const mappers: Record<CsvKind, (row: CsvRow, ctx: MapContext) => ImportRecord> = {
  companies: companyRecord,
  persons: personRecord,
  relations: relationRecord,
  listings: listingRecord,
  credit_records: creditRecordRecord,
};

const recordKinds: Record<CsvKind, string> = { companies: 'Company', persons: 'Person', relations: 'relation', listings: 'Listing', credit_records: 'CreditRecord' };

/** A CSV file of one of the column sets → its records. */
export function mapCsv(text: string, kind: CsvKind, ctx: MapContext): Mapped {
  const table = readCsv(text, columnSets[kind]);
  return { records: table.rows.map((row) => recordOf(row, kind, ctx)), fileProblems: table.problems, skipped: {} };
}

/**
 * The same records read from the file one at a time (UTF-8 or GB18030), control characters already
 * removed; header and syntax problems go to `fileProblems` (a syntax error ends the records).
 */
export function streamCsv(file: string, kind: CsvKind, ctx: MapContext, fileProblems: Problem[], encoding: Encoding = 'utf8'): AsyncGenerator<ImportRecord> {
  return streamRows(file, columnSets[kind], ctx, fileProblems, (row) => recordOf(row, kind, ctx), encoding);
}

/** Each row of a CSV file of `set`, read as a stream, as `recordOf` maps it (control characters removed). */
export async function* streamRows(file: string, set: ColumnSet, ctx: MapContext, fileProblems: Problem[], recordOf: (row: CsvRow) => ImportRecord, encoding: Encoding = 'utf8'): AsyncGenerator<ImportRecord> {
  for await (const item of readCsvStream(file, ctx.file, set, encoding)) {
    if ('header' in item) fileProblems.push(...item.problems);
    else if ('problem' in item) fileProblems.push(item.problem);
    else {
      const record = recordOf(item.row);
      stripControlCharacters([record]);
      yield record;
    }
  }
}

function recordOf(row: CsvRow, kind: CsvKind, ctx: MapContext): ImportRecord {
  if (!row.problem) return mappers[kind](row, ctx);
  const record = newRecord(row.line, row.raw, recordKinds[kind]);
  record.problems.push(row.problem);
  return record;
}
