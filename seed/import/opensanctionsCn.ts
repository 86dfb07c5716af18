import { createHash } from 'node:crypto';
import { NodeKind } from '../../graph/model.ts';
import { sourceOf, type MapContext } from './context.ts';
import type { ColumnSet } from './csv/columns.ts';
import type { Encoding } from './decode.ts';
import { derivedStatus, listingRels } from './csv/listings.ts';
import { streamRows } from './csv/index.ts';
import { readCsv, type CsvRow } from './csv/read.ts';
import { newRecord, type ImportRecord, type Mapped } from './facts.ts';
import { error, warning, type Problem } from './problems.ts';
import { checkPeriod, pinyinOf, text, type At } from './values.ts';

/**
 * OpenSanctions' hand-kept table of China's own countermeasures (dataset `cn_sanctions`, the file
 * datasets/cn/sanctions/sanctions.csv: MFA, MOFCOM and Taiwan Affairs Office decisions). One row per
 * designation: the target becomes a Company or Person (merged across its rows by Wikidata QID, else
 * by type and name), the designation a Listing on a list per deciding body and list name; MOFCOM's
 * decisions are DECIDED_BY the reference agency `mofcom`. A row repeating an earlier designation
 * (same target, body, list and date) is kept once, with a warning.
 */

export const opensanctionsCnColumns: ColumnSet = {
  name: 'opensanctions-cn',
  required: [['type'], ['name'], ['body'], ['date']],
  columns: ['Type', 'QID', 'Name', 'Alias', 'Chinese name', 'Country', 'Topics', 'Summary', 'Chinese summary', 'Body', 'List', 'Date', 'End date', 'Source URL', 'Address'].map((heading) => ({
    name: heading.toLowerCase().replace(/ /g, '_'),
    doc: heading,
  })),
};

/** Lists whose official names are known; the others are named by the table's own words. */
const listNames: Record<string, { nameEn: string; nameZh?: string; kind?: string }> = {
  UEL: { nameEn: 'Unreliable Entity List', nameZh: '不可靠实体清单' },
  'List of Export Controls': { nameEn: 'Export Control List', nameZh: '出口管制管控名单' },
  'Export Control Watch List': { nameEn: 'Export Control Watch List', nameZh: '出口管制关注名单', kind: 'watchlist' },
  AFSL: { nameEn: 'Countermeasures under the Anti-Foreign Sanctions Law' },
};

/** Deciding bodies that are agencies of the reference data. */
const agencies: Record<string, string> = { 'Ministry of Commerce': 'mofcom' };

const hash = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 12);

/** A target's id: its Wikidata QID when the table gives one, else a hash of kind and name. */
export const targetId = (namespace: string, qid: string | null, person: boolean, name: string): string =>
  `${namespace}os-cn-${qid ?? hash(person ? 'Person' : 'Company', name)}`;

/** DD.MM.YY or DD.MM.YYYY (the table's spelling) → YYYY-MM-DD. */
function tableDate(raw: string | undefined, at: At): string | null {
  const value = text(raw);
  if (value === null) return null;
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(value);
  const day = match ? new Date(Date.UTC(Number(match[3]!.length === 2 ? `20${match[3]}` : match[3]), Number(match[2]) - 1, Number(match[1]))) : null;
  if (!match || !day || day.getUTCDate() !== Number(match[1])) {
    at.problems.push(error(at.line, at.column, `'${value}' is not a date as DD.MM.YYYY`));
    return null;
  }
  return day.toISOString().slice(0, 10);
}

export function mapOpensanctionsCn(input: string, ctx: MapContext): Mapped {
  const table = readCsv(input, opensanctionsCnColumns);
  const designations = new Map<string, number>();
  return { records: table.rows.map((row) => designationRecord(row, ctx, designations)), fileProblems: table.problems, skipped: {} };
}

/**
 * The same records read from the file one row at a time; `designations` (each designation's first
 * line, to drop repeats) is the only memory that grows with the file: the table is a few thousand rows.
 */
export function streamOpensanctionsCn(file: string, ctx: MapContext, fileProblems: Problem[], encoding: Encoding): AsyncGenerator<ImportRecord> {
  const designations = new Map<string, number>();
  return streamRows(file, opensanctionsCnColumns, ctx, fileProblems, (row) => designationRecord(row, ctx, designations), encoding);
}

function designationRecord(row: CsvRow, ctx: MapContext, designations: Map<string, number>): ImportRecord {
  const record = newRecord(row.line, row.raw, NodeKind.Listing);
  if (row.problem) {
    record.problems.push(row.problem);
    return record;
  }
  const cell = (column: string) => text(row.cells[column]);
  const at = (column: string): At => ({ line: row.line, column, problems: record.problems });
  const type = cell('type');
  const name = cell('name');
  const body = cell('body');
  const from = tableDate(row.cells.date, at('date'));
  if (type !== 'Company' && type !== 'Organization' && type !== 'Person') record.problems.push(error(row.line, 'type', `'${type ?? ''}' is not Company, Organization or Person`));
  if (!name) record.problems.push(error(row.line, 'name', 'missing'));
  if (!body) record.problems.push(error(row.line, 'body', 'missing: the deciding body'));
  if (!from && !cell('date')) record.problems.push(error(row.line, 'date', 'missing: a listing needs the date it began'));
  const until = tableDate(row.cells.end_date, at('end_date'));
  checkPeriod(from, until, at('end_date'));
  if (!name || !body || !from || (type !== 'Company' && type !== 'Organization' && type !== 'Person')) return record;

  const person = type === 'Person';
  const subject = targetId(ctx.namespace, cell('qid'), person, name);
  const list = cell('list') ?? '';
  const key = `${subject}|${body}|${list}|${from}`;
  const first = designations.get(key);
  if (first !== undefined) {
    record.problems.push(warning(row.line, 'name', `repeats the designation on line ${first}; kept once`));
    return record;
  }
  designations.set(key, row.line);
  const source = sourceOf(ctx, row.line);
  const nameZh = cell('chinese_name');
  const country = cell('country');
  record.nodes.push({
    kind: person ? NodeKind.Person : NodeKind.Company,
    id: subject,
    shared: true,
    props: {
      nameEn: name,
      nameZh,
      ...(person ? { namePinyin: nameZh ? pinyinOf(nameZh) : null } : { jurisdiction: country && /^[A-Z]{2}$/.test(country) ? country.toLowerCase() : null, address: cell('address') }),
      source,
    },
  });
  const listId = `${ctx.namespace}os-cn-list-${hash(body, list)}`;
  const known = listNames[list];
  record.nodes.push({
    kind: NodeKind.CreditList,
    id: listId,
    shared: true,
    props: { nameEn: known?.nameEn ?? (list || `${body}: countermeasures`), nameZh: known?.nameZh ?? null, kind: known?.kind ?? 'blacklist', authority: body, program: list || null, source },
  });
  const listingId = `${ctx.namespace}os-cn-l-${hash(key)}`;
  record.nodes.push({
    kind: NodeKind.Listing,
    id: listingId,
    props: { from, until, status: derivedStatus(until, ctx.today), reason: cell('summary'), sourceUrl: cell('source_url'), source },
  });
  record.rels.push(...listingRels(listingId, subject, listId, agencies[body] ?? null, source, 'name'));
  return record;
}
