import type { FixtureGraph, Props } from './fixtures.ts';

/**
 * Hand-built subjects on the reference graph's real lists, for the golden traces (test/trace/golden.test.ts):
 * one company per list (and a person on the judgment-debtor list), each listed from 2017-01-01 with no
 * end, each with a legal representative `lr`, officers `chair`, `gm` (general manager), `cfo`
 * (finance officer), `dir` (director), `sup` (supervisor), and a person `owner` holding 70 % (its
 * controlling shareholder and actual controller). Ids: `${prefix}${company}-${role}`.
 */
export const goldenLists = {
  jd: 'spc_dishonest_judgment_debtors',
  tax: 'sat_major_tax_violation',
  samr: 'samr_serious_illegal_dishonest',
  abn: 'samr_abnormal_operations',
  cus: 'gacc_dishonest_enterprises',
  wage: 'mohrss_wage_arrears',
} as const;

const officerRoles: Array<[string, string]> = [
  ['chair', 'chair'],
  ['gm', 'general_manager'],
  ['cfo', 'finance_officer'],
  ['dir', 'director'],
  ['sup', 'supervisor'],
];

export function goldenStory(p: string): FixtureGraph {
  const companies: Props[] = [];
  const persons: Props[] = [];
  const listings: Props[] = [];
  const relationships: FixtureGraph['relationships'] = [];
  for (const [name, list] of Object.entries(goldenLists)) {
    const c = `${p}${name}`;
    companies.push({ id: c, nameZh: `${name}测试有限公司`, synthetic: true });
    for (const person of ['lr', 'owner', ...officerRoles.map(([short]) => short)]) persons.push({ id: `${c}-${person}`, nameZh: `${name}${person}某`, synthetic: true });
    listings.push({ id: `${c}-listing`, from: '2017-01-01', until: null, status: 'active', caseNumber: `(2017)测${name}号`, synthetic: true });
    relationships.push(['LISTED', c, `${c}-listing`], ['ON_LIST', `${c}-listing`, list]);
    relationships.push(['LEGAL_REPRESENTATIVE_OF', `${c}-lr`, c, { from: '2015-01-01' }]);
    for (const [short, role] of officerRoles) relationships.push(['OFFICER_OF', `${c}-${short}`, c, { role, from: '2015-01-01' }]);
    relationships.push(['SHAREHOLDER_OF', `${c}-owner`, c, { fraction: 0.7, from: '2015-01-01' }]);
  }
  const person = `${p}jdperson`;
  persons.push({ id: person, nameZh: '失信某', synthetic: true });
  listings.push({ id: `${person}-listing`, from: '2017-01-01', until: null, status: 'active', caseNumber: '(2017)测个人号', synthetic: true });
  relationships.push(['LISTED', person, `${person}-listing`], ['ON_LIST', `${person}-listing`, goldenLists.jd]);
  return { nodes: { Company: companies, Person: persons, Listing: listings }, relationships };
}
