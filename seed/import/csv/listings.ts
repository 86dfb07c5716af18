import { listingLinkId } from '../../../graph/load/ids.ts';
import { ListingStatus, NodeKind, Rel } from '../../../graph/model.ts';
import { localId, refId, sourceOf, type MapContext } from '../context.ts';
import { newRecord, type ImportRecord, type Props, type RelFact } from '../facts.ts';
import { error } from '../problems.ts';
import { checkPeriod, parseChoice, parseDate, text } from '../values.ts';
import { Cells } from './cells.ts';
import type { CsvRow } from './read.ts';

/** Status of a listing without an explicit one: expired once `until` has passed. */
export const derivedStatus = (until: string | null, today: string): ListingStatus => (until !== null && until < today ? 'expired' : 'active');

/** The LISTED, ON_LIST and (when an agency is named) DECIDED_BY relationships of a listing. */
export function listingRels(listingId: string, subject: string, list: string, agency: string | null, source: string, subjectColumn: string): RelFact[] {
  const rels: RelFact[] = [
    { type: Rel.LISTED, id: listingLinkId('LISTED', listingId), from: subject, to: listingId, props: { source }, fromColumn: subjectColumn, toColumn: 'id' },
    { type: Rel.ON_LIST, id: listingLinkId('ON_LIST', listingId), from: listingId, to: list, props: { source }, fromColumn: 'id', toColumn: 'list' },
  ];
  if (agency !== null) {
    rels.push({ type: Rel.DECIDED_BY, id: listingLinkId('DECIDED_BY', listingId), from: listingId, to: agency, props: { source }, fromColumn: 'id', toColumn: 'agency' });
  }
  return rels;
}

/**
 * One row of a listings file → a Listing node on an existing CreditList, linked to its subject and
 * deciding agency. List and agency ids name reference data, so they are never namespaced.
 */
export function listingRecord(row: CsvRow, ctx: MapContext): ImportRecord {
  const record = newRecord(row.line, row.raw, NodeKind.Listing);
  const cells = new Cells(row, record.problems);
  const subjectRaw = text(cells.get('subject'));
  const list = text(cells.get('list'));
  const from = parseDate(cells.get('from'), cells.at('from'));
  if (subjectRaw === null) record.problems.push(error(row.line, 'subject', 'missing'));
  if (list === null) record.problems.push(error(row.line, 'list', 'missing'));
  if (from === null && text(cells.get('from')) === null) record.problems.push(error(row.line, 'from', 'a listing needs the date it began'));
  if (subjectRaw === null || list === null || from === null) return record;
  const subject = refId(ctx, subjectRaw);
  const until = parseDate(cells.get('until'), cells.at('until'), { end: true });
  checkPeriod(from, until, cells.at('until'));
  const status = parseChoice(cells.get('status'), ListingStatus, cells.at('status')) ?? derivedStatus(until, ctx.today);
  const endedOn = parseDate(cells.get('ended_on'), cells.at('ended_on'));
  if (endedOn !== null && status !== 'repaired' && status !== 'removed') {
    record.problems.push(error(row.line, 'ended_on', `only repaired or removed listings have an ended_on date (status is ${status})`));
  }
  const source = sourceOf(ctx, row.line);
  const props: Props = { from, until, status, source };
  if (cells.has('ended_on')) props.endedOn = endedOn;
  cells.put(props, 'reason', 'reason', text);
  cells.put(props, 'caseNumber', 'case_number', text);
  cells.put(props, 'sourceUrl', 'source_url', text);
  const ownId = text(cells.get('id'));
  const id = ownId !== null ? localId(ctx, ownId) : localId(ctx, `l-${list}-${subjectRaw}-${from}`);
  record.nodes.push({ kind: NodeKind.Listing, id, props });
  record.rels.push(...listingRels(id, subject, list, text(cells.get('agency')), source, 'subject'));
  return record;
}
