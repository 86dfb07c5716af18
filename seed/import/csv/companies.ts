import { NodeKind } from '../../../graph/model.ts';
import { localId, sourceOf, type MapContext } from '../context.ts';
import { newRecord, type ImportRecord, type Props } from '../facts.ts';
import { error } from '../problems.ts';
import { parseAmount, parseBoolean, parseChoice, parseDate, parseList, parseUscc, text, type At } from '../values.ts';
import { Cells } from './cells.ts';
import type { CsvRow } from './read.ts';

export const companyStatuses = ['in_operation', 'revoked', 'cancelled', 'moved_out', 'liquidation'] as const;

/** The registry's own words for a company's status (国家企业信用信息公示系统 登记状态). */
export const statusAliases: Record<string, (typeof companyStatuses)[number]> = {
  存续: 'in_operation',
  在业: 'in_operation',
  开业: 'in_operation',
  在营: 'in_operation',
  吊销: 'revoked',
  '吊销，未注销': 'revoked',
  注销: 'cancelled',
  迁出: 'moved_out',
  清算: 'liquidation',
};

const divisionCode = (raw: string | undefined, at: At): string | null => {
  const value = text(raw);
  if (value !== null && !/^\d{6}$/.test(value)) at.problems.push(error(at.line, at.column, `'${value}' is not a 6-digit division code`));
  return value;
};

/** One row of a companies file → a Company node keyed by its USCC (or, without one, by its id). */
export function companyRecord(row: CsvRow, ctx: MapContext): ImportRecord {
  const record = newRecord(row.line, row.raw, NodeKind.Company);
  const cells = new Cells(row, record.problems);
  const uscc = text(cells.get('uscc')) === null ? null : parseUscc(cells.get('uscc'), cells.at('uscc'));
  const ownId = text(cells.get('id'));
  if (uscc === null && ownId === null) {
    if (text(cells.get('uscc')) === null) record.problems.push(error(row.line, cells.has('uscc') ? 'uscc' : 'id', 'a company needs a USCC (or, for a foreign company, an id)'));
    return record;
  }
  if (uscc !== null && ownId !== null && ownId.toUpperCase() !== uscc) {
    record.problems.push(error(row.line, 'id', `id '${ownId}' differs from the USCC; companies with a USCC are identified by it (leave id empty)`));
  }
  if (text(cells.get('name_zh')) === null && text(cells.get('name_en')) === null) {
    record.problems.push(error(row.line, cells.has('name_zh') ? 'name_zh' : 'name_en', 'a company needs a name'));
  }
  const props: Props = { source: sourceOf(ctx, row.line) };
  if (cells.has('uscc')) props.uscc = uscc;
  cells.put(props, 'nameZh', 'name_zh', text);
  cells.put(props, 'nameEn', 'name_en', text);
  cells.put(props, 'formerNames', 'former_names', parseList);
  cells.put(props, 'legalForm', 'legal_form', text);
  cells.put(props, 'status', 'status', (raw, at) => parseChoice(raw, companyStatuses, at, statusAliases));
  cells.put(props, 'registeredCapital', 'registered_capital', parseAmount);
  cells.put(props, 'established', 'established', (raw, at) => parseDate(raw, at));
  cells.put(props, 'divisionCode', 'division_code', divisionCode);
  cells.put(props, 'industryCode', 'industry_code', text);
  cells.put(props, 'address', 'address', text);
  cells.put(props, 'isBranch', 'is_branch', parseBoolean);
  cells.put(props, 'stateOwned', 'state_owned', parseBoolean);
  cells.put(props, 'jurisdiction', 'jurisdiction', (raw) => text(raw)?.toLowerCase() ?? null);
  cells.put(props, 'sourceUrl', 'source_url', text);
  record.nodes.push({ kind: NodeKind.Company, id: uscc ?? localId(ctx, ownId!), props });
  return record;
}
