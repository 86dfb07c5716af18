/**
 * The propagation rules, built into the reference data from ../shared/domain/propagation.json (the
 * researched rules, documents added and corrections) by build.ts. A rule is the unit of truth of the
 * sanction trace: (document, list, measure) → bearers, condition, article-level basis, period,
 * sources and confidence. What this step decides, each with its reason:
 * - `*` rules (a memorandum's target clause) become one rule per measure the memorandum defines,
 *   except where a rule names the measure itself (the narrower rule wins);
 * - bearer words of the research map onto graph/model.ts BearerRole (`bearerWords`);
 * - citations map onto document ids where the cited text is one (`citedDocuments`);
 * - documents and lists the rules need are added, the dates the research verified are corrected;
 * - memoranda triggered by a list, and a list regime's own rules, that define a measure no researched
 *   rule covers get a `derived` rule: only the listed subject bears it, confidence low (their target
 *   clauses were not read); general policy documents and basic lists never trigger anything alone;
 * - national basic-list editions cover the measures they define; an edition whose rows were not
 *   extracted is taken to cover what its predecessor covered (low confidence, said in the link).
 */
import { BearerRole } from '../../graph/model.ts';
import type { Confidence } from '../../graph/model.ts';
import { parseIssued } from './dates.ts';
import type { BasicListEntryData, Citation, DocumentData, ListData, ReferenceData, RuleData, Source } from './data.ts';
import { fitBearers, memorandumMeasures, memorandumRules, mergeRules, withReadClauses } from './memorandumMeasures.ts';

// The fact base is untyped JSON read field by field; the builder checks what it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fact = Record<string, any>;

const sources = (item: Fact): Source[] => (item.sources ?? []).map((s: Fact) => ({ title: String(s.title), url: s.url ?? null }));
const isoDate = (text: unknown): string | null => (typeof text === 'string' ? (/^\d{4}-\d{2}-\d{2}/.exec(text)?.[0] ?? null) : null);
/** The day after an inclusive last day: rules, like every `until` in the graph, end exclusively. */
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The research's bearer words → BearerRole (one word may name several roles). */
const bearerWords: Record<string, BearerRole[]> = {
  entity: ['entity'],
  individual: ['individual'],
  legal_representative: ['legal_representative'],
  principal_responsible_person: ['principal_responsible_person'],
  directly_responsible_person: ['directly_responsible_person'],
  finance_officer: ['finance_officer'],
  actual_controller: ['actual_controller'],
  controlling_shareholder: ['controlling_shareholder'],
  directors_supervisors_senior_managers: ['director', 'supervisor', 'senior_manager'],
};

/** Documents the research names under another id than the reference data. */
const documentAliases: Record<string, string> = {
  // The reference data keeps one node for the Civil Procedure Law; its articles are dated per text.
  law_civil_procedure_2023: 'law_civil_procedure',
};

/** Cited texts (文号 or title, without remarks) → the document node they are, where there is one. */
const citedDocuments: Record<string, string | null> = {
  '最高人民法院公告 2010-07-01': 'jud_spc_high_consumption',
  same: 'jud_spc_high_consumption',
  '法释〔2015〕17号': 'jud_spc_high_consumption_amend_2015',
  '中办发〔2016〕64号': 'pol_2016_cpc_judgment_debtor_opinions',
  '发改财金〔2016〕141号': 'mou_2016_judgment_debtors',
  '公司法 (2023修订)': 'law_company_2023',
  '公司法 (2018修正)': 'law_company_2018',
  // The 2013 text then in force, not a node of its own.
  公司法: null,
  '发改财金〔2014〕3062号': 'mou_2014_tax',
  国家税务总局公告2014年第40号: 'rule_sat_tax_credit_2014',
  国家税务总局公告2014年第41号: 'rule_sat_tax_violation_2014',
  '税收征收管理法 (2015)': 'law_tax_collection_admin',
  税收征收管理法: 'law_tax_collection_admin',
  税收征收管理法实施细则: 'reg_tax_collection_admin_rules',
  企业法人法定代表人登记管理规定: null,
  '发改财金〔2016〕2798号': 'mou_2016_tax',
  '发改财金〔2018〕385号': 'pol_2018_flight_restriction',
  '发改财金〔2018〕384号': 'pol_2018_train_restriction',
  国务院令第654号: 'reg_enterprise_info_disclosure',
  国家工商行政管理总局令第83号: 'rule_saic_order83',
  '发改财金〔2015〕2045号': 'mou_2015_dishonest_enterprises',
  '发改财金〔2017〕427号': 'mou_2017_customs_dishonest',
  保障农民工工资支付条例: 'reg_migrant_wages',
  '民事诉讼法 (2023)': 'law_civil_procedure',
  '民事诉讼法 (2021)': 'law_civil_procedure',
};

/**
 * Condition codes: a condition the data can decide, or at least name. `personally_listed` is met by
 * the listed person themself; `also_judgment_debtor` by a listed company also on the dishonest
 * judgment-debtor list at D; the others are facts the graph does not hold (the chain stays conditional).
 */
export const conditionCodes = [
  'personally_listed',
  'also_judgment_debtor',
  'tax_owed',
  'able_but_refuses',
  'criminal_sentence',
  'large_personal_debt',
  'abnormal_three_years',
  'licence_revoked_responsible',
  'per_other_law',
] as const;
export type ConditionCode = (typeof conditionCodes)[number];

/** Condition codes per researched rule (document|list|measure), read off the rule's condition text. */
const conditionCodeOf: Record<string, ConditionCode> = {
  'law_company_2023|spc_dishonest_judgment_debtors|m_position_restriction': 'personally_listed',
  'law_company_2018|spc_dishonest_judgment_debtors|m_position_restriction': 'large_personal_debt',
  'mou_2014_tax|sat_major_tax_violation|m_exit_restriction': 'tax_owed',
  'law_tax_collection_admin|sat_major_tax_violation|m_exit_restriction': 'tax_owed',
  'mou_2014_tax|sat_major_tax_violation|m_position_restriction': 'criminal_sentence',
  'pol_2018_flight_restriction|sat_major_tax_violation|m_flight_restriction': 'able_but_refuses',
  'pol_2018_train_restriction|sat_major_tax_violation|m_train_restriction': 'able_but_refuses',
  'pol_2018_train_restriction|social_insurance_serious|m_train_restriction': 'able_but_refuses',
  'reg_enterprise_info_disclosure|samr_serious_illegal_dishonest|m_position_restriction': 'abnormal_three_years',
  'rule_saic_order83|samr_serious_illegal_dishonest|m_position_restriction': 'abnormal_three_years',
  'law_company_2023|samr_licence_revoked_enterprises|m_position_restriction': 'licence_revoked_responsible',
  'mou_2017_customs_dishonest|gacc_dishonest_enterprises|m_high_consumption_restriction': 'also_judgment_debtor',
  'reg_migrant_wages|mohrss_wage_arrears|*': 'per_other_law',
  ...Object.fromEntries(
    ['m_gov_procurement_ban', 'm_bidding_disqualification', 'm_land_supply_restriction', 'm_honors_exclusion'].flatMap((m) =>
      ['samr_abnormal_operations', 'samr_serious_illegal_dishonest'].map((l) => [`reg_enterprise_info_disclosure|${l}|${m}`, 'per_other_law']),
    ),
  ),
};

/**
 * Corrections of the research's rules, each with its reason. The research keeps a condition's
 * unverifiable parts in its text; where its bearer list mixes the target clauses of several kinds of
 * subject, the roles that fit a listed company or person are kept.
 */
const ruleCorrections: Array<{ key: string; bearers?: BearerRole[]; reason: string }> = [
  {
    key: 'mou_2014_tax|sat_major_tax_violation|*',
    bearers: ['entity', 'individual', 'legal_representative', 'finance_officer'],
    reason:
      "3062号 part 一 names, for an enterprise, the enterprise, its legal representative and the finance officer directly responsible; 'person in charge' (principal responsible person) is for other economic organisations, which the graph does not hold",
  },
  ...['samr_abnormal_operations', 'samr_serious_illegal_dishonest', 'samr_licence_revoked_enterprises'].map((list) => ({
    key: `mou_2015_dishonest_enterprises|${list}|*`,
    bearers: ['entity', 'legal_representative', 'controlling_shareholder', 'directly_responsible_person'] as BearerRole[],
    reason:
      "2045号 part 二's definitions (Siping copy, research memorandum-measures.json): 负责人 and 主要负责人 mean the enterprise's legal representative, so no other principal responsible person bears",
  })),
];

/**
 * Rules the research's sources state but its rule list leaves out, each with the source it rests on.
 * The 2015 provisions list flights (art 3(1)(1)) and soft sleepers, G-trains and first-class EMU seats
 * (art 3(1)(2)) among the restricted consumption, for the same persons as the restriction itself.
 */
const addedRules = (propagation: Fact): Fact[] => {
  const base = propagation.rules.find(
    (r: Fact) => r.document_id === 'jud_spc_high_consumption_amend_2015' && r.list_id === 'spc_dishonest_judgment_debtors',
  );
  return ['m_flight_restriction', 'm_train_restriction'].map((measure, i) => ({
    ...base,
    measure_id: measure,
    conditions: `Restricted consumption of art 3(1)(${i + 1}) (${i === 0 ? 'flights' : 'soft sleepers, all G-train seats, first-class+ EMU seats'}), mandatory for debtors on the dishonest list (art 1 para 2).`,
    legal_basis: [
      { doc_number: '法释〔2015〕17号', article: '1 para 2' },
      { doc_number: '法释〔2015〕17号', article: `3(1)(${i + 1})` },
    ],
  }));
};

/** The Civil Procedure Law's exit-restriction article by text in force (propagation.json's article correction). */
const civilProcedureExitArticles: Citation[] = [
  { document: 'law_civil_procedure', docNumber: null, title: '民事诉讼法', article: '255', from: null, until: '2022-01-01' },
  { document: 'law_civil_procedure', docNumber: null, title: '民事诉讼法', article: '262', from: '2022-01-01', until: '2024-01-01' },
  { document: 'law_civil_procedure', docNumber: null, title: '民事诉讼法', article: '266', from: '2024-01-01', until: null },
];

function citation(raw: Fact): Citation {
  const text = String(raw.doc_number ?? raw.title ?? '');
  const key = text.replace(/\s*\((?:number unverified|doc number not captured)\)$/, '').trim();
  if (!(key in citedDocuments)) throw new Error(`propagation.json: citation '${text}' has no entry in citedDocuments (seed/reference/propagation.ts)`);
  const isNumber = /〔\d{4}〕|令第|公告/.test(key);
  return {
    document: citedDocuments[key] ?? null,
    docNumber: isNumber ? key : null,
    title: isNumber ? null : key.replace(/\s*\(.*\)$/, ''),
    article: String(raw.article),
    from: null,
    until: null,
  };
}

function bearersOf(words: readonly string[], where: string): BearerRole[] {
  const roles = words.flatMap((word) => {
    const mapped = bearerWords[word];
    if (!mapped) throw new Error(`${where}: unknown bearer '${word}'`);
    return mapped;
  });
  return BearerRole.filter((role) => roles.includes(role));
}

const ruleId = (document: string, list: string, measure: string, n = 0) => `rule:${document}:${list}:${measure}${n ? `:${n + 1}` : ''}`;

/** The researched rules, `*` expanded, corrected, with added rules. */
function researchedRules(propagation: Fact, defines: (document: string) => string[]): RuleData[] {
  const raw = [...propagation.rules, ...addedRules(propagation)];
  const rules: RuleData[] = [];
  const specific = new Set(raw.filter((r) => r.measure_id !== '*').map((r) => `${documentAliases[r.document_id] ?? r.document_id}|${r.list_id}|${r.measure_id}`));
  for (const r of raw) {
    const document = documentAliases[r.document_id] ?? r.document_id;
    const key = `${r.document_id}|${r.list_id}|${r.measure_id}`;
    const correction = ruleCorrections.find((c) => c.key === key);
    const bearers = correction?.bearers ?? bearersOf(r.bearers, `propagation.json rule ${key}`);
    const code = conditionCodeOf[key] ?? null;
    const until = isoDate(r.in_force_until);
    const basis = document === 'law_civil_procedure' && r.measure_id === 'm_exit_restriction' ? civilProcedureExitArticles : r.legal_basis.map(citation);
    const measures = r.measure_id === '*' ? defines(document).filter((m) => !specific.has(`${document}|${r.list_id}|${m}`)) : [r.measure_id];
    for (const measure of measures) {
      const n = rules.filter((x) => x.document === document && x.list === r.list_id && x.measure === measure).length;
      rules.push({
        id: ruleId(document, r.list_id, measure, n),
        document,
        list: r.list_id,
        measure,
        bearers: r.measure_id === '*' ? fitBearers(bearers, measure) : bearers,
        condition: r.conditions ? { text: String(r.conditions), textZh: null, code } : null,
        basis,
        inForceFrom: isoDate(r.in_force_from),
        inForceUntil: until ? dayAfter(until) : null,
        origin: r.measure_id === '*' ? 'target_clause' : 'researched',
        notes: [r.notes, correction?.reason && `corrected: ${correction.reason}`].filter(Boolean).join('; ') || null,
        confidence: r.confidence as Confidence,
        sources: sources(r),
      });
    }
  }
  return rules;
}

/** General documents speak for no list by themselves (issue 14: 国发〔2016〕33号 alone triggers nothing). */
const generalTypes = new Set(['policy', 'basic_list']);

/** Derived rules for (document, list, measure) links of the fact base no researched rule covers. */
function derivedRules(data: ReferenceData, researched: readonly RuleData[]): RuleData[] {
  const covered = new Set(researched.map((r) => `${r.document}|${r.list}`));
  const rules: RuleData[] = [];
  const add = (document: DocumentData, list: ListData, measure: string, why: string) => {
    if (covered.has(`${document.id}|${list.id}`)) return;
    if (rules.some((r) => r.document === document.id && r.list === list.id && r.measure === measure)) return;
    rules.push({
      id: ruleId(document.id, list.id, measure),
      document: document.id,
      list: list.id,
      measure,
      bearers: fitBearers(['entity', 'individual'], measure),
      condition: null,
      basis: [{ document: document.id, docNumber: document.docNumber, title: document.docNumber ? null : document.nameZh, article: null, from: null, until: null }],
      inForceFrom: null,
      inForceUntil: null,
      origin: 'derived',
      notes: `derived from the fact base (${why}); the document's target clause was not researched, so only the listed subject is taken to bear it`,
      confidence: 'low',
      sources: document.sources,
    });
  };
  for (const list of data.lists) {
    for (const document of data.documents) {
      if (generalTypes.has(document.type)) continue;
      if (document.triggeredBy.includes(list.id)) for (const m of document.defines) add(document, list, m, 'memorandum triggered by the list defines the measure');
      const regime = document.establishes.includes(list.id) || list.legalBasis.includes(document.id);
      if (!regime) continue;
      for (const m of document.defines) {
        const measure = data.measures.find((x) => x.id === m);
        if (measure?.triggeredBy.includes(list.id)) add(document, list, m, "the list's own regime defines a measure the list triggers");
      }
    }
  }
  return rules;
}

/** Research dates and facts applied to existing documents (propagation.json document_corrections). */
const documentDates: Record<string, Partial<DocumentData>> = {
  reg_enterprise_info_disclosure: { issued: '2014-08-07', issuedPrecision: 'day', effective: '2014-10-01' },
  law_company_2023: { effective: '2024-07-01' },
  jud_spc_high_consumption: { issued: '2010-07-01', issuedPrecision: 'day', effective: '2010-10-01' },
  jud_spc_2013_list: { issued: '2013-07-16', issuedPrecision: 'day', effective: '2013-10-01' },
  pol_2020_opinions_49: { issued: '2020-12-07', issuedPrecision: 'day' },
  pol_2016_cpc_judgment_debtor_opinions: { issued: '2016-09-25', issuedPrecision: 'day' },
  rule_saic_order83: { issued: '2015-12-30', issuedPrecision: 'day', effective: '2016-04-01' },
  // Released at the SCIO press conference of 2017-03-28 (Xinhua that day: 今天起正式对外发布); the 03-30
  // date was a repost's (research memorandum-measures.json `published`).
  mou_2017_customs_dishonest: { dateText: '2017-03-14 (signed; released 2017-03-28)' },
};

const addedDocumentTypes: Record<string, DocumentData['type']> = { mou: 'memorandum', law: 'law', administrative_regulation: 'administrative_regulation', judicial_interpretation: 'judicial_interpretation' };

/** Dates of the added documents the research states only in prose. */
const addedDocumentDates: Record<string, Partial<DocumentData>> = {
  // Signing reported 'recently' on 2015-12-18.
  mou_2015_dishonest_enterprises: { issued: '2015-12-01', issuedPrecision: 'month' },
  jud_spc_high_consumption_amend_2015: { issued: '2015-07-20', issuedPrecision: 'day', effective: '2015-07-22' },
  law_company_2018: { issued: '2018-10-26', issuedPrecision: 'day', effective: '2018-10-26', repealed: '2024-07-01', repealedNote: 'superseded by law_company_2023 from 2024-07-01' },
};

/**
 * Measures 2045号 defines, from its summary (market-entry and position restrictions applied by the
 * AIC in 12 fields; coordinated supervision; financing and credit among the joint punishments).
 */
const memorandum2045Measures = ['m_market_entry_ban', 'm_position_restriction', 'm_increased_inspection', 'm_financial_risk_pricing'];

function addedDocument(d: Fact): DocumentData {
  const type = addedDocumentTypes[d.type];
  if (!type) throw new Error(`propagation.json: document ${d.id} has type '${d.type}' without a DocumentType`);
  const issued = parseIssued(String(d.issued ?? ''));
  return {
    id: d.id,
    nameZh: d.title_zh,
    nameEn: d.title_en,
    docNumber: d.doc_number ?? null,
    docNumberNote: null,
    docNumberVerified: Boolean(d.doc_number),
    type,
    typeDetail: d.type,
    summary: d.summary,
    notes: null,
    dateText: String(d.issued ?? ''),
    issued: issued.iso,
    issuedPrecision: issued.precision,
    effective: isoDate(d.effective),
    repealed: null,
    repealedNote: null,
    issuers: d.issuers ?? [],
    signatories: [],
    signatoryCount: d.signatory_count ?? null,
    signatoriesZh: d.signatories_zh ?? [],
    establishes: [],
    triggeredBy: d.triggered_by_lists ?? [],
    defines: d.id === 'mou_2015_dishonest_enterprises' ? memorandum2045Measures : [],
    supersedes: [],
    amends: d.amends ? [d.amends] : [],
    measureBasisCategories: [],
    confidence: d.confidence,
    sources: sources(d),
    ...addedDocumentDates[d.id],
  };
}

/** The list 2045号 and Company Law art 178(1)(4) name, which the fact base does not have. */
const licenceRevokedList: ListData = {
  id: 'samr_licence_revoked_enterprises',
  nameZh: '被吊销营业执照企业',
  nameEn: 'Enterprises whose business licence was revoked',
  kind: 'blacklist',
  subjectTypes: ['enterprise'],
  entryCriteria: 'Business licence revoked by the market regulator (published on the enterprise credit publicity system).',
  termAndRemoval: 'Company Law 2023 art 178(1)(4): the personally responsible legal representative is barred for 3 years from the revocation.',
  affectedPersons: ['legal_representative'],
  maintainedBy: 'samr',
  legalBasis: ['law_company_2023'],
  publishedOn: [],
  jointPunishmentMemoranda: ['mou_2015_dishonest_enterprises'],
  jointIncentiveMemoranda: [],
  relatedGradeScheme: null,
  notes: 'added for the propagation rules (propagation.json conventions: new list id)',
  confidence: 'medium',
  // The texts that name the list: Company Law 2023 art 178(1)(4) and the 2045号 memorandum.
  sources: [
    { title: 'LawRefBook/Laws (GitHub mirror of official text) – 公司法 (2023 revision) art 178', url: 'https://github.com/LawRefBook/Laws/blob/2f4c5c23716267af9dbebbbbd6cbbf732b101981/民法商法/公司法(2023-12-29).md' },
    { title: 'Credit Dandong (gov.cn) – text of 失信企业协同监管和联合惩戒合作备忘录 (发改财金〔2015〕2045号)', url: 'https://ddcredit.dandong.gov.cn/zh_m/newsList/2/918' },
  ],
};

/** National basic-list editions in date order; local supplementary lists are not editions. */
export const basicListEditions = ['pol_2021_basic_list', 'pol_2022_basic_list_2022', 'pol_2024_basic_list'];

/**
 * An edition's date and number as the research read them (seed/reference/research/basic-lists.json):
 * issued on the stated date and, "现予印发实施", in force from it; an unverified number stays marked.
 */
function withEditionFacts(document: DocumentData, edition: Fact): DocumentData {
  const issued = isoDate(edition.issued);
  const number = edition.docNumber ?? document.docNumber;
  return {
    ...document,
    ...(issued ? { issued, issuedPrecision: 'day' as const, dateText: String(edition.issued) } : {}),
    docNumber: number,
    docNumberVerified: Boolean(edition.docNumberVerified),
    docNumberNote: edition.docNumberVerified ? null : (edition.docNumberNote ?? 'number unverified'),
    notes: [document.notes, edition.note].filter(Boolean).join(' | ') || null,
    sources: [...document.sources, ...sources(edition).filter((s) => !document.sources.some((k) => k.url === s.url))],
  };
}

/** The extracted basic-list rows (propagation.json basic_list_entries). */
function basicListEntries(propagation: Fact): BasicListEntryData[] {
  const edition = (year: string) => basicListEditions.find((id) => id.includes(year))!;
  return propagation.basic_list_entries.map((e: Fact, i: number) => ({
    id: `ble:${edition(e.edition)}:${e.number ?? `row${e.row_order_in_clt_table ?? i + 1}`}`,
    edition: edition(e.edition),
    number: e.number ?? null,
    nameZh: e.name_zh ?? null,
    nameEn: e.name_en ?? null,
    category: e.category ?? null,
    basis: (e.legal_basis as Fact[]).map((b) => ({ document: null, docNumber: null, title: String(b.title).replace(/\s*\(.*$/, ''), article: String(b.article), from: null, until: null })),
    targets: e.targets ?? [],
    trigger: e.trigger ?? null,
    implementingAgencies: e.implementing_agencies ?? [],
    measure: e.maps_to_measure ?? null,
    notes: [e.number_note, e.notes].filter(Boolean).join('; ') || null,
    confidence: e.confidence,
    sources: sources(e),
  }));
}

/** Applies propagation.json to the reference data built from the fact base (pure). */
export function withPropagation(data: ReferenceData, propagation: Fact, basicLists: Fact, memoranda: Fact): ReferenceData {
  const documents = data.documents.map((d): DocumentData => {
    const corrections = (propagation.document_corrections as Fact[]).filter((c) => c.id === d.id);
    const known = new Set(d.sources.map((s) => s.url ?? s.title));
    const extra = corrections.flatMap(sources).filter((s) => !known.has(s.url ?? s.title) && known.add(s.url ?? s.title));
    const notes = corrections.map((c) => `${c.field}: ${c.new}`).join(' | ');
    return { ...d, ...documentDates[d.id], notes: [d.notes, notes].filter(Boolean).join(' | ') || null, sources: [...d.sources, ...extra] };
  });
  for (const edition of basicLists.editions as Fact[]) {
    const i = documents.findIndex((d) => d.id === basicListEditions.find((id) => id.includes(String(edition.edition))));
    if (i >= 0) documents[i] = withEditionFacts(documents[i]!, edition);
  }
  for (const added of propagation.documents_added as Fact[]) {
    if (documentAliases[added.id]) continue;
    documents.push(addedDocument(added));
  }
  // A local supplementary list is a local rule, not an edition of the national basic list.
  const localised = documents.map((d): DocumentData => (d.type === 'basic_list' && !basicListEditions.includes(d.id) ? { ...d, type: 'local_rule' } : d));
  const lists = data.lists.some((l) => l.id === licenceRevokedList.id) ? data.lists : [...data.lists, licenceRevokedList];
  const withDocs: ReferenceData = { ...data, documents: localised, lists, measures: [...data.measures, ...memorandumMeasures(memoranda, data.measures, data.agencies)] };

  const definesOf = (id: string) => withDocs.documents.find((d) => d.id === id)?.defines ?? [];
  const researched = withReadClauses(mergeRules(researchedRules(propagation, definesOf), memorandumRules(memoranda, withDocs.documents)), memoranda);
  const rules = [...researched, ...derivedRules(withDocs, researched)].sort((a, b) => a.id.localeCompare(b.id));
  for (const rule of rules) {
    if (!withDocs.documents.some((d) => d.id === rule.document)) throw new Error(`rule ${rule.id}: unknown document ${rule.document}`);
    if (!withDocs.lists.some((l) => l.id === rule.list)) throw new Error(`rule ${rule.id}: unknown list ${rule.list}`);
    if (!withDocs.measures.some((m) => m.id === rule.measure)) throw new Error(`rule ${rule.id}: unknown measure ${rule.measure}`);
  }

  // A document defines every measure a rule of it propagates, and is triggered by the rule's list
  // when it is a memorandum; a measure's bearers and lists are those of its rules.
  const finalDocuments = withCoverage(
    withDocs.documents.map((d) => {
      const own = rules.filter((r) => r.document === d.id);
      return {
        ...d,
        defines: [...new Set([...d.defines, ...own.map((r) => r.measure)])].sort(),
        triggeredBy: d.type === 'memorandum' ? [...new Set([...d.triggeredBy, ...own.map((r) => r.list)])].sort() : d.triggeredBy,
      };
    }),
  );
  const measures = withDocs.measures.map((m) => {
    const own = rules.filter((r) => r.measure === m.id);
    return {
      ...m,
      definedIn: [...new Set([...m.definedIn, ...own.map((r) => r.document)])].sort(),
      appliesTo: BearerRole.filter((role) => own.some((r) => r.bearers.includes(role))),
      triggeredBy: [...new Set(own.map((r) => r.list))].sort(),
    };
  });
  return { ...withDocs, documents: finalDocuments, measures, rules, basicListEntries: basicListEntries(propagation) };
}

/**
 * Basic-list coverage: an edition covers the measures it defines; an edition with no extracted rows
 * inherits its predecessor's coverage (the `coverageInherited` flag says so; the trace reads it as low
 * confidence).
 */
function withCoverage(documents: DocumentData[]): DocumentData[] {
  let previous: string[] = [];
  const covered = new Map<string, { defines: string[]; inherited: boolean }>();
  for (const id of basicListEditions) {
    const edition = documents.find((d) => d.id === id);
    if (!edition) continue;
    const inherited = edition.defines.length === 0;
    const defines = inherited ? previous : edition.defines;
    covered.set(id, { defines, inherited });
    previous = defines;
  }
  return documents.map((d) => {
    const coverage = covered.get(d.id);
    if (!coverage) return d;
    return {
      ...d,
      defines: coverage.defines,
      coverageInherited: coverage.inherited,
      notes: coverage.inherited ? [d.notes, "rows not extracted: taken to cover what the previous edition covered (low confidence)"].filter(Boolean).join(' | ') : d.notes,
    };
  });
}

