/**
 * The memoranda's measure rows as propagation rules, from the research file
 * seed/reference/research/memorandum-measures.json (a reviewed copy of /work/research/…: 61 rows of
 * 3062号, 2798号, 141号 and 2045号, each with its text, agencies, article-level basis, sources and
 * confidence). Each row becomes one rule per (memorandum, list the memorandum names, measure):
 * - bearers: the memorandum's target clause (`memoranda[].clause`), narrowed where a row's measure
 *   reaches only some of them (`rows[].bearers`, with the reason); a memorandum whose target clause
 *   was not read (141号) takes the row's own bearers;
 * - condition: the row's, its code mapped onto the trace's codes (`researchCodes`), with the Chinese
 *   wording where the row's text states it verbatim (checked: it must be an excerpt of `textZh`);
 * - basis: the memorandum's item, then the row's statutes and rules at article level;
 * - confidence: the row's, lowered to the target clause's when the bearers come from it;
 * - measures: an existing measure where the row is the same measure, else one of `addedMeasures`.
 * Rows of one memorandum that reach the same measure make one rule (`mergeRows`). Where a rule already
 * stands for the same (document, list, measure), the two are merged (`mergeRules`): the research wins
 * where it is at least as confident or the standing rule only applied a target clause; citations and
 * sources are united. A target clause read verbatim checks and sources the standing rules that
 * expand it (`withReadClauses`). Nothing here sets a period: rules last as their memorandum, and the
 * reform by date (graph/domain/sanctions.ts rule 3) ends those the basic list in force leaves out.
 */
import { BearerRole } from '../../graph/model.ts';
import type { Confidence, LegalBasisLevel } from '../../graph/model.ts';
import type { AgencyData, Citation, DocumentData, MeasureData, RuleData, Source } from './data.ts';

// The research file is untyped JSON read field by field; the builder checks what it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fact = Record<string, any>;

/** Measures only a person can bear (a post, an office): a target clause's `entity` does not bear them. */
const personalMeasures = new Set(['m_position_restriction', 'm_civil_service_restriction']);
export const fitBearers = (bearers: readonly BearerRole[], measure: string): BearerRole[] =>
  personalMeasures.has(measure) ? bearers.filter((b) => b !== 'entity') : [...bearers];

const confidenceRank: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };
const lower = (a: Confidence, b: Confidence): Confidence => (confidenceRank[a] <= confidenceRank[b] ? a : b);

const chineseDigits = '零一二三四五六七八九';
/** 1–99 as Chinese numerals (the memoranda number their items （一）…（十八）). */
const chineseNumber = (n: number): string =>
  n < 10 ? chineseDigits[n]! : `${n >= 20 ? chineseDigits[Math.floor(n / 10)] : ''}十${n % 10 ? chineseDigits[n % 10] : ''}`;
/** Chinese numerals up to 999 as a number (第一百四十六条 → 146). */
function numberOfChinese(text: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    const d = chineseDigits.indexOf(ch);
    const unit = ch === '百' ? 100 : ch === '十' ? 10 : 0;
    if (d >= 0) digit = d;
    if (unit) {
      total += (digit || 1) * unit;
      digit = 0;
    }
  }
  return total + digit;
}

/**
 * An article as the rule data writes it: 第四十四条 → 44, 第八条第一款 → 8 para 1, 第一百四十六条第一款第（二）项 →
 * 146(1)(2), 第四条第（四）项 → 4(4), 第七条、第二十一条 → 7, 21; anything else (a policy's 第二部分) as written.
 */
export function articleOf(text: string | null): string | null {
  if (!text) return null;
  const parts = text.split('、').map((part) => {
    const m = /^第([零一二三四五六七八九十百]+)条(?:第([零一二三四五六七八九十]+)款)?(?:第（([零一二三四五六七八九十]+)）项)?$/.exec(part);
    if (!m) return null;
    const [, article, paragraph, item] = m;
    const n = numberOfChinese(article!);
    if (paragraph && item) return `${n}(${numberOfChinese(paragraph)})(${numberOfChinese(item)})`;
    if (paragraph) return `${n} para ${numberOfChinese(paragraph)}`;
    return item ? `${n}(${numberOfChinese(item)})` : String(n);
  });
  return parts.every((p) => p !== null) ? parts.join(', ') : text;
}

/** How each memorandum's rows become rules. */
interface MemorandumRules {
  /** The lists the memorandum names (its target clause). */
  lists: string[];
  /** Its target clause as bearer roles; null: not read (rows name their own bearers). */
  clause: BearerRole[] | null;
  /** How the memorandum numbers the items of the rows a rule rests on. */
  article(numbers: string[]): string;
}

const memoranda: Record<string, MemorandumRules> = {
  // 3062号 part 一 (read verbatim): an enterprise, its legal representative and the directly
  // responsible finance officer; a natural person himself. Items are 二（一）…（十八）.
  mou_2014_tax: {
    lists: ['sat_major_tax_violation'],
    clause: ['entity', 'individual', 'legal_representative', 'finance_officer'],
    article: (numbers) => `二(${numbers.map((n) => chineseNumber(Number(n))).join('、')})`,
  },
  // 2798号's target clause lies beyond the page read; the research keeps the 2014 clause as the
  // inference (confidence low). Items as numbered in the list of titles read, (1)…(25): the
  // document's own headings for them were not read.
  mou_2016_tax: {
    lists: ['sat_major_tax_violation'],
    clause: ['entity', 'individual', 'legal_representative', 'finance_officer'],
    article: (numbers) => numbers.map((n) => `(${n})`).join(', '),
  },
  // 141号: items quoted as 第N条; the target clause was not read.
  mou_2016_judgment_debtors: { lists: ['spc_dishonest_judgment_debtors'], clause: null, article: (numbers) => numbers.join(', ') },
  // 2045号 part 一 (Siping copy): the enterprise and its legal representative (负责人), the corporate
  // and natural-person shareholders responsible under law, other persons responsible; its definitions
  // make 负责人 and 主要负责人 the legal representative, so no other principal responsible person bears.
  mou_2015_dishonest_enterprises: {
    lists: ['samr_licence_revoked_enterprises', 'samr_abnormal_operations', 'samr_serious_illegal_dishonest'],
    clause: ['entity', 'legal_representative', 'controlling_shareholder', 'directly_responsible_person'],
    article: (numbers) => compressRows(numbers),
  },
  // 427号 part 一 (read verbatim in two copies of the national text): the customs-dishonest enterprise
  // and its legal representative (负责人), directors, supervisors and senior managers. No measure row was
  // read, so the clause only checks and sources the standing target-clause rules (`withReadClauses`).
  mou_2017_customs_dishonest: {
    lists: ['gacc_dishonest_enterprises'],
    clause: ['entity', 'legal_representative', 'director', 'supervisor', 'senior_manager'],
    article: (numbers) => numbers.join(', '),
  },
};

/** II.1, II.2, …, II.13, IV.2 → "II.1–13, IV.2": runs of consecutive rows of one part. */
function compressRows(numbers: string[]): string {
  const runs: Array<{ part: string; from: number; to: number }> = [];
  for (const number of numbers) {
    const [part, item] = number.split('.') as [string, string];
    const last = runs.at(-1);
    if (last && last.part === part && last.to + 1 === Number(item)) last.to = Number(item);
    else runs.push({ part, from: Number(item), to: Number(item) });
  }
  return runs.map((r) => `${r.part}.${r.from}${r.to > r.from ? `–${r.to}` : ''}`).join(', ');
}

/** The research's condition codes → the trace's (seed/reference/propagation.ts conditionCodes). */
const researchCodes: Record<string, string> = {
  tax_owed: 'tax_owed',
  criminal_sentence_within_5y: 'criminal_sentence',
  // A court lists the party on the dishonest judgment-debtor list: decided on the data.
  court_enforcement_listed: 'also_judgment_debtor',
};

/** One row's mapping: its measures, narrowed bearers, verbatim Chinese condition, code; each with why. */
interface RowRule {
  measures: string[];
  /** Bearer roles the measure reaches among the target clause's (or, without a clause, the row's own). */
  bearers?: BearerRole[];
  /** The condition as the row's Chinese text states it (an excerpt of `textZh`). */
  conditionZh?: string;
  /** A condition code where the research has none. */
  code?: string;
  /** The row whose condition this title-only row carries over (same title and position). */
  conditionOf?: string;
  why?: string;
}

const taxpayer: BearerRole[] = ['entity', 'individual'];
const enterprise: BearerRole[] = ['entity'];
const listedParty: BearerRole[] = ['entity', 'individual'];

const rows: Record<string, RowRule> = {
  'mou_2014_tax#1': { measures: ['m_tax_d_grade'], bearers: taxpayer, why: 'a tax credit grade is the taxpayer’s' },
  'mou_2014_tax#2': {
    measures: ['m_exit_restriction'],
    bearers: ['individual', 'legal_representative'],
    conditionZh: '对欠缴查补税款的当事人，在出境前未按照规定结清应纳税款、滞纳金或者提供纳税担保的',
    why: 'Tax Collection Administration Law art 44: the taxpayer or its legal representative',
  },
  'mou_2014_tax#3': { measures: ['m_position_restriction'], conditionZh: '因税收违法行为，触犯刑事法律，被判处刑罚，执行期满未逾五年的当事人' },
  'mou_2014_tax#4': { measures: ['m_financial_risk_pricing'] },
  'mou_2014_tax#5': { measures: ['m_high_consumption_restriction'], conditionZh: '对税务机关申请人民法院强制执行的行政处罚案件的当事人，由执行法院依法纳入失信被执行人名单' },
  'mou_2014_tax#6': { measures: ['m_public_disclosure'], bearers: listedParty, why: 'the case information of the listed party is published' },
  'mou_2014_tax#7': { measures: ['m_land_supply_restriction'] },
  'mou_2014_tax#8': { measures: ['m_increased_inspection'], bearers: enterprise, why: 'import/export enterprises in the inspection authority’s credit system' },
  'mou_2014_tax#9': { measures: ['m_gov_procurement_ban'] },
  'mou_2014_tax#10': { measures: ['m_customs_aeo_denial'], bearers: enterprise, why: 'customs certification is an enterprise’s' },
  'mou_2014_tax#11': { measures: ['m_securities_market_restriction'], bearers: enterprise, why: 'the enterprise as applicant, shareholder or issuer' },
  'mou_2016_tax#1': { measures: ['m_tax_d_grade'], bearers: taxpayer, why: 'a tax credit grade is the taxpayer’s' },
  'mou_2016_tax#2': { measures: ['m_exit_restriction'], bearers: ['individual', 'legal_representative'], conditionOf: 'mou_2014_tax#2' },
  'mou_2016_tax#3': { measures: ['m_position_restriction'], conditionOf: 'mou_2014_tax#3' },
  'mou_2016_tax#4': { measures: ['m_financial_risk_pricing'] },
  'mou_2016_tax#5': { measures: ['m_high_consumption_restriction'], conditionOf: 'mou_2014_tax#5' },
  'mou_2016_tax#6': { measures: ['m_public_disclosure'], bearers: listedParty, why: 'the case information of the listed party is published' },
  'mou_2016_tax#7': { measures: ['m_land_supply_restriction'] },
  'mou_2016_tax#8': { measures: ['m_increased_inspection'], bearers: enterprise, why: 'as 3062号 item 8' },
  'mou_2016_tax#9': { measures: ['m_gov_procurement_ban'] },
  'mou_2016_tax#10': { measures: ['m_customs_aeo_denial'], bearers: enterprise, why: 'customs certification is an enterprise’s' },
  'mou_2016_tax#11': { measures: ['m_securities_market_restriction'], bearers: enterprise, why: 'as 3062号 item 11' },
  'mou_2016_tax#12': { measures: ['m_insurance_market_restriction'] },
  'mou_2016_tax#13': { measures: ['m_toll_road_rights_ban'], bearers: enterprise, why: 'the row names the listed enterprise' },
  'mou_2016_tax#14': { measures: ['m_subsidy_restriction'] },
  'mou_2016_tax#15': { measures: ['m_bond_issuance_restriction'], bearers: enterprise, why: 'the enterprise as issuer' },
  'mou_2016_tax#16': { measures: ['m_tariff_quota_restriction'] },
  'mou_2016_tax#17': { measures: ['m_public_disclosure'], bearers: listedParty, why: 'the case information of the listed party is published' },
  'mou_2016_tax#18': { measures: ['m_production_licence_restriction'] },
  'mou_2016_tax#19': { measures: ['m_internet_info_service_restriction'] },
  'mou_2016_tax#20': { measures: ['m_public_resource_trading_restriction'] },
  'mou_2016_tax#21': { measures: ['m_concession_restriction'] },
  'mou_2016_tax#22': { measures: ['m_market_entry_ban'] },
  'mou_2016_tax#23': { measures: ['m_honors_exclusion'] },
  'mou_2016_tax#24': { measures: ['m_association_discipline'] },
  'mou_2016_tax#25': { measures: ['m_forex_management'] },
  'mou_2016_judgment_debtors#1': { measures: ['m_bond_issuance_restriction'], bearers: enterprise, why: 'the row: the listed entity as issuer' },
  'mou_2016_judgment_debtors#3': {
    measures: ['m_financial_institution_setup_restriction', 'm_position_restriction'],
    bearers: listedParty,
    why: 'the listed entity or person as founder; the listed person as director, supervisor or senior manager',
  },
  'mou_2016_judgment_debtors#10': { measures: ['m_subsidy_restriction'], bearers: listedParty },
  'mou_2016_judgment_debtors#11': {
    measures: ['m_preferential_policy_restriction'],
    bearers: enterprise,
    why: 'the institution applying; the text also reaches institutions whose officers are listed, which the trace does not model',
  },
  'mou_2016_judgment_debtors#12': {
    measures: ['m_increased_inspection'],
    bearers: listedParty,
    why: 'the text also reaches units whose officers are listed, which the trace does not model',
  },
  'mou_2016_judgment_debtors#15': { measures: ['m_public_disclosure'], bearers: listedParty },
  'mou_2016_judgment_debtors#25': { measures: ['m_forest_grassland_project_restriction'], bearers: listedParty },
  ...Object.fromEntries(
    Array.from({ length: 13 }, (_, i) => [
      `mou_2015_dishonest_enterprises#II.${i + 1}`,
      { measures: ['m_market_entry_ban', 'm_position_restriction'], code: 'per_other_law', why: 'each field applies its own statutory bar' },
    ]),
  ),
  ...Object.fromEntries(
    [1, 2, 3].map((i) => [`mou_2015_dishonest_enterprises#III.${i}`, { measures: ['m_increased_inspection'], bearers: enterprise, why: 'coordinated supervision of the enterprise' }]),
  ),
  'mou_2015_dishonest_enterprises#IV.1': { measures: ['m_internet_info_service_restriction'] },
  'mou_2015_dishonest_enterprises#IV.2': { measures: ['m_position_restriction'] },
};

/** Measures the rows name that the reference data lacks; names from the rows' titles (or text, said so). */
const addedMeasures: Array<Pick<MeasureData, 'id' | 'nameZh' | 'nameEn' | 'category' | 'legalBasisLevel' | 'description'> & { from: string[] }> = [
  {
    id: 'm_customs_aeo_denial',
    nameZh: '禁止适用海关认证企业管理',
    nameEn: 'No customs certified-enterprise (AEO) management',
    category: 'tax_and_customs_status',
    legalBasisLevel: 'departmental_rule',
    description: 'Parties of published major tax violation cases are not admitted to customs certified-enterprise management (海关总署令第225号 art 9).',
    from: ['mou_2014_tax#10', 'mou_2016_tax#10'],
  },
  {
    id: 'm_securities_market_restriction',
    nameZh: '限制证券期货市场部分经营行为',
    nameEn: 'Limits on some securities and futures market activities',
    category: 'finance',
    legalBasisLevel: 'law',
    description: 'Securities regulators take the listing into account when licensing securities, fund and futures companies, approving 5 % shareholders, IPOs or backdoor listings and refinancing.',
    from: ['mou_2014_tax#11', 'mou_2016_tax#11'],
  },
  {
    id: 'm_insurance_market_restriction',
    nameZh: '限制保险市场部分经营行为',
    nameEn: 'Limits on some insurance market activities',
    category: 'finance',
    legalBasisLevel: 'law',
    description: 'The listing is an important reference in vetting shareholders of insurers and insurance asset managers and in approving their directors, supervisors and senior managers (Insurance Law arts 68, 82).',
    from: ['mou_2016_tax#12'],
  },
  {
    id: 'm_toll_road_rights_ban',
    nameZh: '禁止受让收费公路权益',
    nameEn: 'Ban on acquiring toll-road rights',
    category: 'market_access',
    legalBasisLevel: 'departmental_rule',
    description: 'The listed party may not acquire toll-road rights (收费公路权益转让办法 art 12 para 2).',
    from: ['mou_2016_tax#13'],
  },
  {
    id: 'm_tariff_quota_restriction',
    nameZh: '依法限制进口关税配额分配',
    nameEn: 'Limits on import tariff quota allocation under law',
    category: 'tax_and_customs_status',
    legalBasisLevel: 'mou_only',
    description: 'Title only (2798号 item 16); text and basis not read.',
    from: ['mou_2016_tax#16'],
  },
  {
    id: 'm_production_licence_restriction',
    nameZh: '从严控制生产许可证发放',
    nameEn: 'Strict control of production licences',
    category: 'market_access',
    legalBasisLevel: 'mou_only',
    description: 'Title only (2798号 item 18); text and basis not read.',
    from: ['mou_2016_tax#18'],
  },
  {
    id: 'm_internet_info_service_restriction',
    nameZh: '限制从事互联网信息服务',
    nameEn: 'Restriction on engaging in internet information services',
    category: 'market_access',
    legalBasisLevel: 'mou_only',
    description: 'Title only (2798号 item 19; 2045号 part 四 item 1); text and basis not read.',
    from: ['mou_2016_tax#19', 'mou_2015_dishonest_enterprises#IV.1'],
  },
  {
    id: 'm_public_resource_trading_restriction',
    nameZh: '依法限制参与有关公共资源交易活动',
    nameEn: 'Limits on public resource trading under law',
    category: 'procurement_and_bidding',
    legalBasisLevel: 'mou_only',
    description: 'Title only (2798号 item 20); text and basis not read.',
    from: ['mou_2016_tax#20'],
  },
  {
    id: 'm_concession_restriction',
    nameZh: '依法限制参与基础设施和公用事业特许经营',
    nameEn: 'Limits on infrastructure and public-utility concessions under law',
    category: 'market_access',
    legalBasisLevel: 'mou_only',
    description: 'Title only (2798号 item 21); text and basis not read.',
    from: ['mou_2016_tax#21'],
  },
  {
    id: 'm_association_discipline',
    nameZh: '支持行业协会商会对失信会员实行警告、行业内通报批评、公开谴责、不予接纳、劝退等',
    nameEn: 'Support for trade associations’ warnings, criticism, censure, refusal or expulsion of dishonest members',
    category: 'supervision',
    legalBasisLevel: 'mou_only',
    description: 'Title only (2798号 item 24); text and basis not read.',
    from: ['mou_2016_tax#24'],
  },
  {
    id: 'm_forex_management',
    nameZh: '强化外汇管理',
    nameEn: 'Stricter foreign-exchange management',
    category: 'supervision',
    legalBasisLevel: 'mou_only',
    description: 'Title only, cut off after 强化外汇管 in the page read (2798号 item 25); text and basis not read.',
    from: ['mou_2016_tax#25'],
  },
  {
    // Named from the item's own words: the memorandum's heading for it was not read.
    id: 'm_preferential_policy_restriction',
    nameZh: '实施投资、税收、进出口等优惠性政策时审慎性参考',
    nameEn: 'Prudent consideration when granting investment, tax, import/export and other preferential policies',
    category: 'subsidies_and_honours',
    legalBasisLevel: 'mou_only',
    description: '141号 item 11: the institution and its legal representative, actual controller, directors, supervisors and senior managers are checked against the list.',
    from: ['mou_2016_judgment_debtors#11'],
  },
  {
    // Named from the item's own words: the memorandum's heading for it was not read.
    id: 'm_forest_grassland_project_restriction',
    nameZh: '限制使用国有林地、申报重点林业建设项目及国有草原占地、重点草原保护建设项目',
    nameEn: 'Restriction on state forest-land and grassland projects and key forestry and grassland projects',
    category: 'market_access',
    legalBasisLevel: 'mou_only',
    description: '141号 item 25.',
    from: ['mou_2016_judgment_debtors#25'],
  },
];

/** The research's agency names (before any remark in brackets) → agency ids. Inferred agencies (推断) are left out. */
const agencyNames: Record<string, string> = {
  税务总局: 'sat',
  公安部: 'mps',
  工商总局: 'saic',
  最高人民法院: 'spc',
  银监会: 'cbrc',
  人民银行: 'pboc',
  国土资源部: 'mlr',
  质检总局: 'aqsiq',
  财政部: 'mof',
  海关总署: 'gacc',
  证监会: 'csrc',
};
const agenciesOf = (row: Fact): string[] =>
  (row.implementingAgencies as string[]).filter((a) => !a.includes('推断')).flatMap((a) => {
    const id = agencyNames[a.replace(/（.*$/, '')];
    return id ? [id] : [];
  });

/** Statute and rule names as the research writes them → the document node they are (null: the text in force then is no node). */
const citedNames: Record<string, string | null> = {
  中华人民共和国税收征收管理法: 'law_tax_collection_admin',
  中华人民共和国税收征收管理法实施细则: 'reg_tax_collection_admin_rules',
  中华人民共和国政府采购法: 'law_gov_procurement',
  中华人民共和国招标投标法: 'law_bidding',
  // The 2013 text (and, in 2798号's local copy, the 2005 numbering) is not a node of its own.
  '中华人民共和国公司法（2013）': null,
  中华人民共和国公司法: null,
};

/** A cited document: a node by name or by its number, else the number or the title as written. */
function citedDocument(text: string, documents: readonly DocumentData[]): Pick<Citation, 'document' | 'docNumber' | 'title'> {
  const number = /(?:国家税务总局公告\d{4}年第\d+号|[^（）〔]*〔\d{4}〕\d+号|海关总署令第\d+号)(?=）?$)/.exec(text)?.[0]?.replace(/^.*（/, '');
  const byNumber = number ? documents.find((d) => d.docNumber === number) : undefined;
  const named = text in citedNames ? citedNames[text] : documents.find((d) => d.nameZh === text)?.id;
  const id = byNumber?.id ?? named ?? null;
  const title = text.replace(/^中华人民共和国/, '').replace(/（\d{4}）$/, '');
  return { document: id, docNumber: number ?? null, title: number ? null : title };
}

const sourcesOf = (item: Fact): Source[] => (item.sources ?? []).map((s: Fact) => ({ title: String(s.title), url: s.url ?? null }));
const unionSources = (...lists: Source[][]): Source[] => {
  const seen = new Set<string>();
  return lists.flat().filter((s) => !seen.has(s.url ?? s.title) && seen.add(s.url ?? s.title));
};
const citationKey = (c: Citation) => `${c.document ?? c.docNumber ?? c.title}|${c.article}|${c.from}|${c.until}`;
const uncaptured = (c: Citation) => c.article === null || c.article === 'not captured';
/** Citations united; a citation of a document without its article gives way to one with it. */
function unionCitations(...lists: Citation[][]): Citation[] {
  const all = lists.flat();
  const seen = new Set<string>();
  return all.filter((c) => {
    const doc = c.document ?? c.docNumber ?? c.title;
    if (uncaptured(c) && all.some((o) => !uncaptured(o) && (o.document ?? o.docNumber ?? o.title) === doc)) return false;
    return !seen.has(citationKey(c)) && seen.add(citationKey(c));
  });
}

/** One research row read into what its rule needs. */
interface RowReading {
  key: string;
  memorandum: string;
  number: string;
  measures: string[];
  bearers: BearerRole[];
  condition: RuleData['condition'];
  basis: Citation[];
  confidence: Confidence;
  sources: Source[];
  notes: string[];
}

function readRow(memorandum: Fact, row: Fact, research: Fact, documents: readonly DocumentData[]): RowReading {
  const id = String(memorandum.memorandumId);
  const key = `${id}#${row.number}`;
  const where = `seed/reference/research/memorandum-measures.json ${key}`;
  const mapping = rows[key];
  const config = memoranda[id];
  if (!mapping || !config) throw new Error(`${where}: no mapping in seed/reference/memorandumMeasures.ts (rows)`);
  const clause = config.clause;
  if (!clause && !mapping.bearers) throw new Error(`${where}: the memorandum has no target clause, so the row must name its bearers`);
  const bearers = clause ? clause.filter((b) => !mapping.bearers || mapping.bearers.includes(b)) : mapping.bearers!;
  const clauseConfidence = (memorandum.bearersClause?.confidence ?? 'low') as Confidence;
  const confidence = clause ? lower(row.confidence, clauseConfidence) : (row.confidence as Confidence);

  let condition: RuleData['condition'] = null;
  if (mapping.conditionOf) {
    const [otherId, otherNumber] = mapping.conditionOf.split('#') as [string, string];
    const other = research.memoranda.find((m: Fact) => m.memorandumId === otherId)?.measures.find((r: Fact) => String(r.number) === otherNumber);
    const carried = other && readRow(research.memoranda.find((m: Fact) => m.memorandumId === otherId), other, research, documents).condition;
    if (!carried) throw new Error(`${where}: conditionOf ${mapping.conditionOf} has no condition`);
    // The Chinese words are the other edition's, so they are not quoted as this one's.
    condition = { ...carried, textZh: null, text: `As ${other.memorandumDocNumber} item ${otherNumber} (same title and position; this edition's own text not read): ${carried.text}` };
  } else if (row.conditions?.text) {
    const code = mapping.code ?? (row.conditions.code ? researchCodes[row.conditions.code] : null) ?? null;
    if (row.conditions.code && !researchCodes[row.conditions.code]) throw new Error(`${where}: condition code '${row.conditions.code}' has no trace code (researchCodes)`);
    if (mapping.conditionZh && !String(row.textZh ?? '').includes(mapping.conditionZh)) throw new Error(`${where}: conditionZh is not an excerpt of the row's textZh`);
    condition = { text: String(row.conditions.text), textZh: mapping.conditionZh ?? null, code };
  }

  const item: Citation = { document: id, docNumber: String(memorandum.docNumber).replace(/\s*\(.*\)$/, ''), title: null, article: config.article([String(row.number)]), from: null, until: null };
  const statutes = (row.legalBasis as Fact[]).map((b): Citation => ({ ...citedDocument(String(b.document), documents), article: articleOf(b.article ?? null), from: null, until: null }));
  const unverified = (row.legalBasis as Fact[]).filter((b) => b.statuteCheck?.result === 'not verified').map((b) => `${b.document} ${b.article}: ${b.statuteCheck.note}`);
  return {
    key,
    memorandum: id,
    number: String(row.number),
    measures: mapping.measures,
    bearers,
    condition,
    basis: [item, ...statutes],
    confidence,
    sources: unionSources(sourcesOf(row), clause ? sourcesOf(memorandum.bearersClause ?? {}) : []),
    notes: [
      `research row ${key} (${confidence}${clause && confidence !== row.confidence ? `: row ${row.confidence}, target clause ${clauseConfidence}` : ''})`,
      mapping.why && `bearers narrowed: ${mapping.why}`,
      row.note,
      ...unverified.map((u) => `not verified: ${u}`),
    ].filter(Boolean) as string[],
  };
}

const ruleId = (document: string, list: string, measure: string) => `rule:${document}:${list}:${measure}`;

/**
 * Rows of one memorandum reaching one measure make one rule: bearers united, citations united (the
 * memorandum's items in one citation), the lowest confidence; conditional only when every row is (an
 * unconditional row makes the measure apply unconditionally, as rule 6 of sanctions.ts reads rules).
 */
function mergeRows(readings: RowReading[], measure: string, list: string): RuleData {
  const first = readings[0]!;
  const config = memoranda[first.memorandum]!;
  const conditions = readings.map((r) => r.condition);
  const condition = conditions.every(Boolean) ? conditions[0]! : null;
  const item = { ...first.basis[0]!, article: config.article(readings.map((r) => r.number)) };
  return {
    id: ruleId(first.memorandum, list, measure),
    document: first.memorandum,
    list,
    measure,
    bearers: fitBearers(BearerRole.filter((b) => readings.some((r) => r.bearers.includes(b))), measure),
    condition,
    basis: unionCitations([item], ...readings.map((r) => r.basis.slice(1))),
    inForceFrom: null,
    inForceUntil: null,
    origin: 'researched',
    notes: readings.flatMap((r) => r.notes).join('; '),
    confidence: readings.map((r) => r.confidence).reduce(lower),
    sources: unionSources(...readings.map((r) => r.sources)),
  };
}

/** The research's rows as rules (one per memorandum, list and measure). */
export function memorandumRules(research: Fact, documents: readonly DocumentData[]): RuleData[] {
  const readings = (research.memoranda as Fact[]).flatMap((m) => (m.measures as Fact[]).map((row) => readRow(m, row, research, documents)));
  const rules: RuleData[] = [];
  for (const [memorandum, config] of Object.entries(memoranda)) {
    const own = readings.filter((r) => r.memorandum === memorandum);
    for (const measure of [...new Set(own.flatMap((r) => r.measures))]) {
      for (const list of config.lists) rules.push(mergeRows(own.filter((r) => r.measures.includes(measure)), measure, list));
    }
  }
  return rules;
}

/**
 * A standing rule and the research's for the same (document, list, measure): the research's bearers,
 * condition and confidence where it is at least as confident or the standing rule only applied a target
 * clause (or was derived); citations and sources united either way.
 */
export function mergeRules(standing: readonly RuleData[], researched: readonly RuleData[]): RuleData[] {
  const merged = [...standing];
  for (const rule of researched) {
    const i = merged.findIndex((r) => r.document === rule.document && r.list === rule.list && r.measure === rule.measure);
    if (i < 0) {
      merged.push(rule);
      continue;
    }
    const old = merged[i]!;
    const prefer = old.origin !== 'researched' || confidenceRank[rule.confidence] >= confidenceRank[old.confidence];
    const kept = prefer ? rule : old;
    merged[i] = {
      ...old,
      bearers: kept.bearers,
      condition: kept.condition && { ...kept.condition, textZh: kept.condition.textZh ?? (rule.condition?.code === kept.condition.code ? (rule.condition?.textZh ?? null) : null) },
      basis: unionCitations(rule.basis, old.basis),
      origin: 'researched',
      confidence: kept.confidence,
      notes: [old.notes, `merged with ${rule.notes}${prefer ? '' : ' (the standing rule is more confident: its bearers and condition kept)'}`].filter(Boolean).join('; '),
      sources: unionSources(old.sources, rule.sources),
    };
  }
  return merged;
}

/**
 * Target clauses read verbatim (the research's `bearersClause.textZh`) applied to the standing rules
 * that expand them (origin `target_clause`): their bearers must be the clause's (a clear error names
 * the rule otherwise), and they gain the clause's sources and words, also as the Chinese of their
 * code-less condition (which, on these rules, restates the targets). Their confidence stays: the clause
 * says who bears, not which measures the memorandum defines.
 */
export function withReadClauses(rules: readonly RuleData[], research: Fact): RuleData[] {
  return rules.map((rule) => {
    const config = memoranda[rule.document];
    const memorandum = (research.memoranda as Fact[]).find((m) => m.memorandumId === rule.document);
    const clause = memorandum?.bearersClause;
    if (rule.origin !== 'target_clause' || !config?.clause || !config.lists.includes(rule.list) || !clause?.textZh) return rule;
    const expected = fitBearers(config.clause, rule.measure);
    if (expected.join() !== rule.bearers.join()) {
      throw new Error(
        `rule ${rule.id}: bearers [${rule.bearers.join(', ')}] differ from the target clause read verbatim [${expected.join(', ')}] (seed/reference/research/memorandum-measures.json ${rule.document} bearersClause)`,
      );
    }
    return {
      ...rule,
      condition: rule.condition && !rule.condition.code ? { ...rule.condition, textZh: String(clause.textZh) } : rule.condition,
      notes: [rule.notes, `target clause read verbatim (${clause.confidence}): ${clause.textZh}`].filter(Boolean).join('; '),
      sources: unionSources(rule.sources, sourcesOf(clause)),
    };
  });
}

/** The measures the rows need that the reference data lacks, with the agencies the rows name. */
export function memorandumMeasures(research: Fact, known: readonly MeasureData[], agencies: readonly AgencyData[]): MeasureData[] {
  const rowsByKey = new Map<string, Fact>(
    (research.memoranda as Fact[]).flatMap((m) => (m.measures as Fact[]).map((row): [string, Fact] => [`${m.memorandumId}#${row.number}`, row])),
  );
  return addedMeasures
    .filter((m) => !known.some((k) => k.id === m.id))
    .map(({ from, ...m }) => {
      const rowsOf = from.map((key) => rowsByKey.get(key)).filter(Boolean) as Fact[];
      const implementedBy = [...new Set(rowsOf.flatMap(agenciesOf))].filter((id) => agencies.some((a) => a.id === id)).sort();
      const confidence = rowsOf.map((r) => r.confidence as Confidence).reduce((a, b) => (confidenceRank[a] >= confidenceRank[b] ? a : b));
      return {
        ...m,
        legalBasisLevel: m.legalBasisLevel as LegalBasisLevel,
        polarity: 'punishment',
        appliesTo: [],
        appliesToSource: [],
        notes: `added from the memoranda's measure rows (${from.join(', ')})`,
        implementedBy,
        triggeredBy: [],
        definedIn: [],
        confidence,
        sources: unionSources(...rowsOf.map(sourcesOf)),
      } as MeasureData;
    });
}
