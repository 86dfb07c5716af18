import { listingActive } from '../../graph/domain/validity.ts';
import type { CompanyRow } from '../../graph/load/index.ts';
import type { BatchBuilder } from './groups.ts';
import { Random } from './random.ts';
import { corpusAsOf } from './rows.ts';

/**
 * Grades of the schemes other than tax (seed/reference/data/gradeSchemes.json), from their own PRNG
 * stream so the rest of the corpus stays as it was. Plausible shapes, not statistics:
 * - 公共信用综合评价 (g_public_credit_comprehensive, A–D): about 40 % of companies, 2024–2025, mostly
 *   B; a company on a blacklist that year-end is D.
 * - customs (g_customs_credit_2021, GACC Order 251, 2021-11-01 to 2026-03-31): companies registered
 *   with customs — those on a customs list and about 8 % of manufacturers and traders — yearly from
 *   2022: 高级认证企业 while on the advanced-certified list, 失信企业 while on the dishonest list,
 *   else 其他注册登记和备案企业.
 * - 企业环境信用等级 (g_env_credit, 环发〔2013〕150号): about 30 % of mining, manufacturing and utility
 *   companies, 2023–2025, mostly blue (良好).
 */

/** A stream number no other part of the generator uses; ids `gs-…` apart from the tax grades' `g-…`. */
const gradeStream = 200_000;

export const publicCreditScheme = 'g_public_credit_comprehensive';
export const customsScheme = 'g_customs_credit_2021';
export const environmentScheme = 'g_env_credit';

const publicCreditDistribution: Array<[string, number]> = [['A', 15], ['B', 62], ['C', 17], ['D', 6]];
const environmentDistribution: Array<[string, number]> = [['green', 15], ['blue', 62], ['yellow', 17], ['red', 6]];
const customsLists: Record<string, string> = { gacc_advanced_certified: 'advanced_certified', gacc_dishonest_enterprises: 'dishonest' };
/** Lists whose listing makes a year's public credit evaluation D. */
const blacklists = new Set(['spc_dishonest_judgment_debtors', 'samr_serious_illegal_dishonest', 'sat_major_tax_violation', 'gacc_dishonest_enterprises']);
/** GB/T 4754 sections: B mining, C manufacturing, D utilities (environment); C and F wholesale/retail (customs). */
const polluting = new Set(['B', 'C', 'D']);
const trading = new Set(['C', 'F']);

export function addSchemeGrades(builder: BatchBuilder, companies: readonly CompanyRow[]): void {
  const r = new Random(builder.seed, gradeStream + builder.batch);
  let counter = 0;
  const listingsOf = new Map<string, Array<{ listId: string; from: string; until?: string | null; status?: string | null; endedOn?: string | null }>>();
  for (const l of builder.rows.listings) {
    const held = listingsOf.get(l.subjectId) ?? [];
    held.push(l);
    listingsOf.set(l.subjectId, held);
  }
  const onListAt = (company: string, lists: (id: string) => boolean, date: string) =>
    (listingsOf.get(company) ?? []).filter((l) => lists(l.listId) && listingActive(l, date)).map((l) => l.listId);
  const add = (company: CompanyRow, schemeId: string, grade: string, year: number) =>
    builder.rows.grades.push({ id: `gs-s${builder.seed}-${builder.batch}-${counter++}`, companyId: company.id, schemeId, grade, year, synthetic: true, ...builder.provenanceProps });

  for (const company of companies) {
    if (company.isBranch || company.jurisdiction) continue;
    const established = Number((company.established ?? '2015-01-01').slice(0, 4));
    const section = company.industryCode?.charAt(0) ?? '';
    const years = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i).filter((y) => y >= established && `${y}-12-31` <= corpusAsOf);
    if (r.chance(0.4)) {
      for (const year of years(2024, 2025)) {
        const listed = onListAt(company.id, (id) => blacklists.has(id), `${year}-12-31`).length > 0;
        add(company, publicCreditScheme, listed ? 'D' : r.weighted(publicCreditDistribution, ([, w]) => w)[0], year);
      }
    }
    const customsListed = (listingsOf.get(company.id) ?? []).some((l) => l.listId in customsLists);
    if (customsListed || (trading.has(section) && r.chance(0.08))) {
      for (const year of years(2022, 2025)) {
        const [list] = onListAt(company.id, (id) => id in customsLists, `${year}-12-31`);
        add(company, customsScheme, list ? customsLists[list]! : 'other', year);
      }
    }
    if (polluting.has(section) && r.chance(0.3)) {
      for (const year of years(2023, 2025)) add(company, environmentScheme, r.weighted(environmentDistribution, ([, w]) => w)[0], year);
    }
  }
}
