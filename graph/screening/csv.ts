import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { explainMatch } from '../domain/companyName.ts';
import { sharePercent as percent } from '../domain/share.ts';
import type { SubjectInput } from './resolveSubjects.ts';
import type { ScreenHit, ScreenRow } from './screen.ts';
import { pathInWords } from '../paths/pathWords.ts';

/**
 * The screening CSV formats. Input: a header row naming a `uscc` column and/or a `name` column
 * (case-insensitive; `统一社会信用代码` and `名称`/`企业名称` are accepted too); other columns are
 * ignored. Output: one row per input row, in input order, with `reportColumns`.
 */

export class ScreenInputError extends Error {
  override name = 'ScreenInputError';
}

const headerAliases: Record<string, 'uscc' | 'name'> = {
  uscc: 'uscc',
  统一社会信用代码: 'uscc',
  name: 'name',
  名称: 'name',
  企业名称: 'name',
};

/**
 * One SubjectInput per input line, always (issue 18): an empty line is an empty row, a line the CSV
 * reader cannot read (a stray quote) becomes an `unreadable` row carrying the reader's reason, so the
 * report keeps one row per input row in input order and says what was wrong with each.
 */
export function parseScreenCsv(text: string): SubjectInput[] {
  const records: Array<string[] | { unreadable: string }> = [];
  parse(text, {
    bom: true,
    relax_column_count: true,
    skip_records_with_error: true,
    on_record: (record: string[]) => {
      records.push(record);
      return record;
    },
    on_skip: (error: (Error & { code?: string }) | undefined) => {
      // A stray quote leaves the reader inside a quoted field: its "quote not closed" at the end is the same broken line.
      const last = records.at(-1);
      if (error?.code === 'CSV_QUOTE_NOT_CLOSED' && last && !Array.isArray(last)) return;
      records.push({ unreadable: `unreadable CSV line: ${error?.message ?? 'malformed'}` });
    },
  });
  const [header, ...rows] = records;
  if (header && !Array.isArray(header)) throw new ScreenInputError(`the header row cannot be read: ${header.unreadable}`);
  if (!header) throw new ScreenInputError('the file is empty; it needs a header row with a uscc and/or a name column');
  const columns = header.map((cell) => headerAliases[cell.trim().toLowerCase()] ?? headerAliases[cell.trim()]);
  const usccAt = columns.indexOf('uscc');
  const nameAt = columns.indexOf('name');
  if (usccAt < 0 && nameAt < 0) {
    throw new ScreenInputError(`the header (${header.join(', ')}) has neither a uscc nor a name column`);
  }
  return rows.map((row) =>
    Array.isArray(row) ? { uscc: usccAt >= 0 ? (row[usccAt] ?? null) : null, name: nameAt >= 0 ? (row[nameAt] ?? null) : null } : { unreadable: row.unreadable },
  );
}

export const reportColumns = [
  'row',
  'input',
  'status',
  'reason',
  'candidates',
  'matched_id',
  'matched_name',
  'own_active_listings',
  'exposure_hits',
  'nearest_hit',
  'nearest_hops',
  'nearest_path',
  'inherited',
  'inherited_share',
  'top_score',
  'top_hit',
  'match_score',
  'match_why',
] as const;

const party = (node: { id: string; name: string | null }) => (node.name ? `${node.name} (${node.id})` : node.id);
const hitName = (hit: ScreenHit | null) => (hit ? party(hit.party) : '');

/** A listing in the report; a foreign sanction says so, with its authority and programme. */
const listingText = (listing: ScreenRow['ownListings'][number]) =>
  listing.origin === 'foreign'
    ? `foreign sanction: ${listing.authority ?? listing.listName ?? listing.listId}${listing.program ? ` ${listing.program}` : ''} (${listing.id}, since ${listing.from})`
    : `${listing.listName ?? listing.listId} (${listing.id}, since ${listing.from})`;

function reportRecord(row: ScreenRow): Record<(typeof reportColumns)[number], string | number> {
  const found = row.status === 'found';
  return {
    row: row.row,
    input: row.input,
    status: row.status,
    reason: row.reason ?? '',
    candidates: row.candidates.map(party).join('; '),
    matched_id: row.subject?.id ?? '',
    matched_name: row.subject?.name ?? '',
    match_score: row.match?.score ?? '',
    match_why: row.match ? explainMatch(row.match) : '',
    own_active_listings: row.ownListings.map(listingText).join('; '),
    exposure_hits: found ? row.exposureHits : '',
    nearest_hit: hitName(row.nearestHit),
    nearest_hops: row.nearestHit?.hops ?? '',
    nearest_path: row.nearestHit ? pathInWords(row.nearestHit.path) : '',
    inherited: row.inherited === null ? '' : row.inherited ? 'yes' : 'no',
    inherited_share: row.inheritedShare === null ? '' : percent(row.inheritedShare),
    top_score: row.topHit?.score ?? (found ? 0 : ''),
    top_hit: hitName(row.topHit),
  };
}

/** The report as CSV text, UTF-8 without BOM; `header: false` for the batches after the first. */
export function formatScreenCsv(rows: readonly ScreenRow[], options: { header?: boolean } = {}): string {
  return stringify(rows.map(reportRecord), { header: options.header ?? true, columns: [...reportColumns] });
}
