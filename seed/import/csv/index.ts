import type { MapContext } from '../context.ts';
import { newRecord, type ImportRecord, type Mapped } from '../facts.ts';
import { columnSets, type CsvKind } from './columns.ts';
import { companyRecord } from './companies.ts';
import { creditRecordRecord } from './creditRecords.ts';
import { listingRecord } from './listings.ts';
import { personRecord } from './persons.ts';
import { readCsv, type CsvRow } from './read.ts';
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
  const records = table.rows.map((row) => {
    if (!row.problem) return mappers[kind](row, ctx);
    const record = newRecord(row.line, row.raw, recordKinds[kind]);
    record.problems.push(row.problem);
    return record;
  });
  return { records, fileProblems: table.problems, skipped: {} };
}
