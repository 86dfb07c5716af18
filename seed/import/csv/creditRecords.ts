import { nodeLinkId } from '../../../graph/load/ids.ts';
import { CreditSection, NodeKind, Rel } from '../../../graph/model.ts';
import { localId, refId, sourceOf, type MapContext } from '../context.ts';
import { newRecord, type ImportRecord, type Props, type RelFact } from '../facts.ts';
import { error } from '../problems.ts';
import { checkPeriod, parseAmount, parseBoolean, parseChoice, parseDate, text } from '../values.ts';
import { Cells } from './cells.ts';
import { gradeRecord } from './grades.ts';
import type { CsvRow } from './read.ts';

/** The sections' Chinese names as NECIPS and Credit China head them. */
const sectionAliases: Record<string, CreditSection | 'grade'> = {
  行政处罚: 'penalty',
  行政许可: 'licence',
  抽查检查: 'inspection',
  年报: 'annual_report',
  年度报告: 'annual_report',
  信用承诺: 'commitment',
  信用修复: 'repair',
  荣誉: 'honour',
  信用等级: 'grade',
  信用评价: 'grade',
  评级: 'grade',
};

/** Chinese wording of penalty kinds, inspection kinds and results as NECIPS prints them → the model's codes; other wording is kept as given. */
const codeAliases: Record<string, string> = {
  警告: 'warning',
  通报批评: 'warning',
  罚款: 'fine',
  没收违法所得: 'confiscation',
  没收非法财物: 'confiscation',
  责令停产停业: 'suspension',
  吊销许可证件: 'revocation',
  吊销营业执照: 'revocation',
  '双随机、一公开': 'random_spot_check',
  双随机抽查: 'random_spot_check',
  定向检查: 'targeted',
  未发现问题: 'no_problem',
  发现问题: 'problem_found',
  通过登记的住所无法联系: 'not_found_at_address',
  已履行: 'kept',
  未履行: 'breached',
};
const code = (raw: string | undefined) => {
  const value = text(raw);
  return value === null ? null : (codeAliases[value] ?? value);
};

const whole = (raw: string | undefined, at: Parameters<typeof parseAmount>[1]) => {
  const value = parseAmount(raw, at);
  if (value !== null && !Number.isInteger(value)) at.problems.push(error(at.line, at.column, `'${raw}' is not a whole number`));
  return value;
};

/**
 * One row of a credit-records file → a CreditRecord linked to its subject (HAS_RECORD), its deciding
 * agency (DECIDED_BY) and, for a credit repair, the listing or penalty it ends (ENDS).
 */
export function creditRecordRecord(row: CsvRow, ctx: MapContext): ImportRecord {
  const record = newRecord(row.line, row.raw, NodeKind.CreditRecord);
  const cells = new Cells(row, record.problems);
  const subjectRaw = text(cells.get('subject'));
  const section = parseChoice(cells.get('section'), [...CreditSection, 'grade' as const], cells.at('section'), sectionAliases);
  // A grade row is a Grade in its scheme, not a CreditRecord (graph/model.ts GradeNode).
  if (section === 'grade' && subjectRaw !== null) return gradeRecord(row, ctx, subjectRaw);
  if (section === 'grade') record.problems.push(error(row.line, 'subject', 'missing'));
  const decidedOn = parseDate(cells.get('decided_on'), cells.at('decided_on'));
  if (subjectRaw === null) record.problems.push(error(row.line, 'subject', 'missing'));
  if (text(cells.get('section')) === null) record.problems.push(error(row.line, 'section', 'missing'));
  if (section !== 'grade' && text(cells.get('decided_on')) === null) record.problems.push(error(row.line, 'decided_on', 'a record needs its date'));
  if (subjectRaw === null || section === null || section === 'grade' || decidedOn === null) return record;
  const source = sourceOf(ctx, row.line);
  const props: Props = { section, decidedOn, source };
  cells.put(props, 'number', 'number', text);
  cells.put(props, 'title', 'title', text);
  cells.put(props, 'agencyName', 'agency_name', text);
  cells.put(props, 'legalBasis', 'legal_basis', text);
  cells.put(props, 'recordKind', 'kind', code);
  cells.put(props, 'amount', 'amount', parseAmount);
  cells.put(props, 'result', 'result', code);
  cells.put(props, 'publicUntil', 'public_until', (raw, at) => parseDate(raw, at, { end: true }));
  cells.put(props, 'validFrom', 'valid_from', parseDate);
  cells.put(props, 'validUntil', 'valid_until', (raw, at) => parseDate(raw, at, { end: true }));
  cells.put(props, 'year', 'year', whole);
  cells.put(props, 'onTime', 'on_time', parseBoolean);
  cells.put(props, 'employees', 'employees', whole);
  cells.put(props, 'insured', 'insured', whole);
  cells.put(props, 'applicant', 'applicant', text);
  cells.put(props, 'sourceUrl', 'source_url', text);
  checkPeriod((props.validFrom as string | null) ?? null, (props.validUntil as string | null) ?? null, cells.at('valid_until'));
  if (section === 'licence' && !props.validUntil) record.problems.push(error(row.line, 'valid_until', 'a licence needs the last day it is valid'));
  const ends = text(cells.get('ends'));
  if (ends !== null && section !== 'repair') record.problems.push(error(row.line, 'ends', `only a credit repair ends a listing or penalty (section is ${section})`));
  const subject = refId(ctx, subjectRaw);
  const ownId = text(cells.get('id'));
  const id = localId(ctx, ownId ?? `cr-${section}-${subjectRaw}-${(props.number as string | undefined) ?? decidedOn}`);
  record.nodes.push({ kind: NodeKind.CreditRecord, id, props });
  const rels: RelFact[] = [{ type: Rel.HAS_RECORD, id: nodeLinkId(Rel.HAS_RECORD, id), from: subject, to: id, props: { source }, fromColumn: 'subject', toColumn: 'id' }];
  const agency = text(cells.get('agency'));
  if (agency !== null) rels.push({ type: Rel.DECIDED_BY, id: nodeLinkId(Rel.DECIDED_BY, id), from: id, to: agency, props: { source }, fromColumn: 'id', toColumn: 'agency' });
  if (ends !== null) rels.push({ type: Rel.ENDS, id: nodeLinkId(Rel.ENDS, id), from: id, to: refId(ctx, ends), props: { source }, fromColumn: 'id', toColumn: 'ends' });
  record.rels.push(...rels);
  return record;
}
