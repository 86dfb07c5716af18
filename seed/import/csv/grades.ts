import { gradeLinkId } from '../../../graph/load/ids.ts';
import { NodeKind, Rel } from '../../../graph/model.ts';
import { readReferenceData } from '../../reference/data.ts';
import { localId, refId, sourceOf, type MapContext } from '../context.ts';
import { newRecord, type ImportRecord, type Props } from '../facts.ts';
import { error } from '../problems.ts';
import { parseAmount, parseChoice, text } from '../values.ts';
import { Cells } from './cells.ts';
import type { CsvRow } from './read.ts';

/**
 * A `grade` row of a credit-records file → a Grade in its GradeScheme (IN_SCHEME) given to the
 * subject (GRADED). The scheme and its levels are the reference data's
 * (seed/reference/data/gradeSchemes.json): a scheme by id or Chinese name, a level by code or by
 * the Chinese name the issuer publishes (高级认证企业, 环保诚信企业 …); anything else is refused.
 */

const schemes = readReferenceData().gradeSchemes;

/** Headings the issuers' own tables use for their scheme, beyond the schemes' ids and Chinese names. */
const schemeAliases: Record<string, string> = {
  纳税信用: 'g_tax_credit',
  纳税信用等级: 'g_tax_credit',
  海关信用: 'g_customs_credit_2021',
  海关企业信用等级: 'g_customs_credit_2021',
  海关信用等级: 'g_customs_credit_2021',
  环境信用: 'g_env_credit',
  环境信用评价: 'g_env_credit',
  企业环境信用评价: 'g_env_credit',
};
/** Environmental credit levels are published as coloured cards too (绿牌 … 红牌). */
const levelAliases: Record<string, string> = { 绿牌: 'green', 蓝牌: 'blue', 黄牌: 'yellow', 红牌: 'red' };

const schemeIds = schemes.map((s) => s.id);
const schemeByName: Record<string, string> = { ...Object.fromEntries(schemes.map((s) => [s.nameZh, s.id])), ...schemeAliases };

export function gradeRecord(row: CsvRow, ctx: MapContext, subjectRaw: string): ImportRecord {
  const record = newRecord(row.line, row.raw, NodeKind.Grade);
  const cells = new Cells(row, record.problems);
  if (text(cells.get('scheme')) === null) record.problems.push(error(row.line, 'scheme', `missing; one of ${schemeIds.join(', ')}`));
  if (text(cells.get('grade')) === null) record.problems.push(error(row.line, 'grade', 'missing'));
  if (text(cells.get('year')) === null) record.problems.push(error(row.line, 'year', 'a grade needs the year it rates'));
  const schemeId = parseChoice(cells.get('scheme'), schemeIds, cells.at('scheme'), schemeByName);
  const year = parseAmount(cells.get('year'), cells.at('year'));
  if (year !== null && !Number.isInteger(year)) record.problems.push(error(row.line, 'year', `'${cells.get('year')}' is not a year`));
  const scheme = schemes.find((s) => s.id === schemeId);
  if (!scheme || year === null || text(cells.get('grade')) === null) return record;
  const levels = scheme.levels.map((l) => l.code);
  const named = Object.fromEntries(scheme.levels.flatMap((l) => (l.nameZh ? [[l.nameZh, l.code]] : [])));
  const grade = parseChoice(cells.get('grade'), levels, cells.at('grade'), { ...named, ...levelAliases, ...Object.fromEntries(levels.map((l) => [l.toLowerCase(), l])) });
  if (grade === null) return record;
  const source = sourceOf(ctx, row.line);
  const props: Props = { grade, year, source };
  cells.put(props, 'sourceUrl', 'source_url', text);
  const id = localId(ctx, text(cells.get('id')) ?? `g-${scheme.id}-${subjectRaw}-${year}`);
  record.nodes.push({ kind: NodeKind.Grade, id, props });
  record.rels.push(
    { type: Rel.IN_SCHEME, id: gradeLinkId(Rel.IN_SCHEME, id), from: id, to: scheme.id, props: { source }, fromColumn: 'id', toColumn: 'scheme' },
    { type: Rel.GRADED, id: gradeLinkId(Rel.GRADED, id), from: refId(ctx, subjectRaw), to: id, props: { source }, fromColumn: 'subject', toColumn: 'id' },
  );
  return record;
}
