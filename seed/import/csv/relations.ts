import { branchId, legalRepresentativeId, officerId, shareholdingId } from '../../../graph/load/ids.ts';
import { OfficerRole, Rel } from '../../../graph/model.ts';
import { localId, refId, sourceOf, type MapContext } from '../context.ts';
import { newRecord, type ImportRecord, type ImportedRelType, type Props } from '../facts.ts';
import { error } from '../problems.ts';
import { checkPeriod, parseAmount, parseChoice, parseDate, parseShare, text } from '../values.ts';
import { Cells } from './cells.ts';
import type { CsvRow } from './read.ts';

export const relationTypes = ['shareholder', 'legal_representative', 'officer', 'branch'] as const;
export type RelationType = (typeof relationTypes)[number];

export const relOfType: Record<RelationType, ImportedRelType> = {
  shareholder: Rel.SHAREHOLDER_OF,
  legal_representative: Rel.LEGAL_REPRESENTATIVE_OF,
  officer: Rel.OFFICER_OF,
  branch: Rel.BRANCH_OF,
};

const typeAliases: Record<string, RelationType> = {
  股东: 'shareholder',
  法定代表人: 'legal_representative',
  高管: 'officer',
  主要人员: 'officer',
  分支机构: 'branch',
  分公司: 'branch',
  shareholder_of: 'shareholder',
  legal_representative_of: 'legal_representative',
  officer_of: 'officer',
  branch_of: 'branch',
};

/** 主要人员 titles as the registry prints them. */
export const roleAliases: Record<string, OfficerRole> = {
  董事长: 'chair',
  执行董事: 'director',
  董事: 'director',
  监事会主席: 'supervisor',
  监事: 'supervisor',
  总经理: 'general_manager',
  经理: 'general_manager',
  高级管理人员: 'senior_manager',
  副总经理: 'senior_manager',
  财务负责人: 'finance_officer',
};

/**
 * The id a relationship gets when the file gives none: graph/load's deterministic ids, the ones the
 * seed uses too, so a row describing a seeded fact updates it instead of adding a twin.
 */
export function relationId(kind: RelationType, from: string, to: string, role: OfficerRole | null, begins: string | null): string {
  switch (kind) {
    case 'shareholder':
      return shareholdingId(from, to, begins);
    case 'legal_representative':
      return legalRepresentativeId(from, to, begins);
    case 'officer':
      return officerId(from, to, role ?? '', begins);
    case 'branch':
      return branchId(from, to);
  }
}

/** One row of a relations file → a shareholding, legal-representative, officer or branch relationship. */
export function relationRecord(row: CsvRow, ctx: MapContext): ImportRecord {
  const record = newRecord(row.line, row.raw, 'relation');
  const cells = new Cells(row, record.problems);
  const kind = parseChoice(cells.get('type'), relationTypes, cells.at('type'), typeAliases);
  if (kind !== null) record.kind = relOfType[kind];
  const fromRaw = text(cells.get('from_id'));
  const toRaw = text(cells.get('to_id'));
  if (kind === null && text(cells.get('type')) === null) record.problems.push(error(row.line, 'type', `missing; one of ${relationTypes.join(', ')}`));
  if (fromRaw === null) record.problems.push(error(row.line, 'from_id', 'missing'));
  if (toRaw === null) record.problems.push(error(row.line, 'to_id', 'missing'));
  if (kind === null || fromRaw === null || toRaw === null) return record;
  const from = refId(ctx, fromRaw);
  const to = refId(ctx, toRaw);
  if (from === to) record.problems.push(error(row.line, 'to_id', `a company cannot be its own ${kind.replace('_', ' ')}`));

  const props: Props = { source: sourceOf(ctx, row.line) };
  const begins = cells.has('from') ? parseDate(cells.get('from'), cells.at('from')) : undefined;
  const ends = cells.has('until') ? parseDate(cells.get('until'), cells.at('until'), { end: true }) : undefined;
  if (begins !== undefined) props.from = begins;
  if (ends !== undefined) props.until = ends;
  checkPeriod(begins ?? null, ends ?? null, cells.at('until'));

  const onlyFor = (column: string, type: RelationType) => {
    if (kind !== type && text(cells.get(column)) !== null) record.problems.push(error(row.line, column, `only ${type} rows have a ${column}`));
  };
  onlyFor('share', 'shareholder');
  onlyFor('subscribed_capital', 'shareholder');
  onlyFor('role', 'officer');
  let role: OfficerRole | null = null;
  if (kind === 'shareholder') {
    cells.put(props, 'fraction', 'share', (raw, at) => parseShare(raw, at));
    cells.put(props, 'subscribedCapital', 'subscribed_capital', parseAmount);
  }
  if (kind === 'officer') {
    role = parseChoice(cells.get('role'), OfficerRole, cells.at('role'), roleAliases);
    if (role === null && text(cells.get('role')) === null) record.problems.push(error(row.line, 'role', `an officer needs a role: ${OfficerRole.join(', ')}`));
    props.role = role;
  }
  cells.put(props, 'sourceUrl', 'source_url', text);
  const type = relOfType[kind];
  const ownId = text(cells.get('id'));
  const id = ownId !== null ? localId(ctx, ownId) : relationId(kind, from, to, role, begins ?? null);
  record.rels.push({ type, id, from, to, props, fromColumn: 'from_id', toColumn: 'to_id', shareColumn: 'share' });
  return record;
}
