import { validateUscc } from '../../../graph/domain/uscc.ts';
import { leiProblem } from '../../../graph/domain/lei.ts';
import type { CompanyNode } from '../../../graph/model.ts';
import { sourceOf, type MapContext } from '../context.ts';
import { error, warning, type Problem } from '../problems.ts';
import { groupsRead, lei as col } from './columns.ts';

/**
 * One level-1 LEI record → a company: keyed by its USCC when the registration number is one (the
 * record then meets the company however else it came in), else by `lei-<LEI>`; the LEI kept as
 * `lei` and in `identifiers`. The Chinese legal or alternative-language name becomes `nameZh`, a
 * Latin one `nameEn`; previous legal names become former names.
 */

export type Row = Record<string, string>;

export interface MappedEntity {
  company: (Partial<CompanyNode> & { id: string }) | null;
  problems: Problem[];
}

const hasHan = (text: string) => /\p{Script=Han}/u.test(text);
/** The jurisdictions imported by default: mainland China, Hong Kong, Macao. */
export const defaultCountries = ['CN', 'HK', 'MO'];

/** Two-letter country of a record: its legal jurisdiction (`CN`, `CN-BJ`), else its legal address. */
export const countryOf = (row: Row): string => (row[col.jurisdiction] || row[col.country] || '').split('-')[0]!.toUpperCase();

export const leiNodeId = (ctx: MapContext, code: string) => `${ctx.namespace}lei-${code}`;

export function mapEntity(row: Row, line: number, ctx: MapContext): MappedEntity {
  const problems: Problem[] = [];
  const code = (row[col.lei] ?? '').trim().toUpperCase();
  const bad = leiProblem(code);
  if (bad) return { company: null, problems: [error(line, col.lei, bad)] };
  const names = [{ name: row[col.legalName] ?? '', type: 'LEGAL_NAME' }];
  for (let n = 1; n <= groupsRead; n++) {
    const other = row[col.otherName(n)];
    if (other) names.push({ name: other, type: row[col.otherNameType(n)] ?? '' });
    const transliterated = row[col.transliterated(n)];
    if (transliterated) names.push({ name: transliterated, type: 'TRANSLITERATED' });
  }
  const current = names.filter((n) => n.name.trim() !== '' && n.type !== 'PREVIOUS_LEGAL_NAME');
  const nameZh = current.find((n) => hasHan(n.name))?.name.trim() ?? null;
  const nameEn = current.find((n) => !hasHan(n.name))?.name.trim() ?? null;
  if (!nameZh && !nameEn) return { company: null, problems: [error(line, col.legalName, `LEI ${code} has no legal name`)] };
  const registration = (row[col.registrationNumber] ?? '').trim();
  const country = countryOf(row);
  let uscc: string | null = null;
  if (registration && country === 'CN') {
    const check = validateUscc(registration);
    if (check.valid) uscc = check.normalized;
    else problems.push(warning(line, col.registrationNumber, `${registration} is not a valid USCC (${check.errors[0]?.message}); the company is keyed by its LEI`));
  }
  const created = (row[col.creationDate] ?? '').slice(0, 10);
  const company: Partial<CompanyNode> & { id: string } = {
    id: uscc ?? leiNodeId(ctx, code),
    lei: code,
    identifiers: [`LEI:${code}`, ...(registration && !uscc ? [`${row[col.registrationAuthority] || 'REG'}:${registration}`] : [])],
    nameEn,
    formerNames: names.filter((n) => n.type === 'PREVIOUS_LEGAL_NAME' && n.name.trim()).map((n) => n.name.trim()),
    established: /^\d{4}-\d{2}-\d{2}$/.test(created) ? created : null,
    address: [row[col.firstAddressLine], row[col.city]].filter(Boolean).join(', ') || null,
    jurisdiction: country === 'CN' ? null : country.toLowerCase(),
    source: sourceOf(ctx, line),
    sourceId: code,
    sourceUrl: `https://search.gleif.org/#/record/${code}`,
  };
  // A Chinese name is never blanked by a record that has none (the company may have come from a registry).
  if (nameZh) company.nameZh = nameZh;
  if (uscc) company.uscc = uscc;
  return { company, problems };
}
