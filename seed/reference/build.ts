/**
 * One-off transformation of the researched fact base (../shared/domain/scs-facts.json) into the
 * project's own reference data files, seed/reference/data/*.json, which are committed, reviewed and
 * loaded at run time (the app never reads ../shared). Run: `npx tsx seed/reference/build.ts [scs-facts.json] [propagation.json]`;
 * the propagation rules and corrections are applied by propagation.ts.
 *
 * What it does beyond renaming fields to graph/model.ts words:
 * - document types → model DocumentType (MOUs → memorandum, guiding opinions/plans/notices → policy…),
 *   keeping the fact base's own type as `typeDetail`;
 * - free-text dates → ISO `issued` (+ precision) and `effective`, the text kept as `dateText`;
 * - 文号 remarks such as "(number unverified)" split off into `docNumberNote`;
 * - links stated on one side only are completed on the other (a measure's `defined_in` ↔ a document's
 *   `defines_measures`; a list's joint-punishment/incentive memoranda → the memorandum's triggers);
 * - supersession between documents, from the fact base's summaries (table below, each with its basis).
 */
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../graph/config.ts';
import { BearerRole, DocumentType, LegalBasisLevel, ListKind } from '../../graph/model.ts';
import { referenceDataDir, type AgencyData, type ReferenceData, type Source } from './data.ts';
import { parseDocNumber, parseEffective, parseIssued } from './dates.ts';
import { withPropagation } from './propagation.ts';
import { withSignatories } from './signatories.ts';

// The fact base's JSON is untyped and build.ts is its one reader; the rows it writes are typed.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fact = Record<string, any>;

const documentTypes: Record<string, DocumentType> = {
  law: 'law',
  administrative_regulation: 'administrative_regulation',
  judicial_interpretation: 'judicial_interpretation',
  departmental_rule: 'departmental_rule',
  guiding_opinion: 'policy',
  planning_outline: 'policy',
  notice: 'policy',
  implementation_plan: 'policy',
  basic_catalogue: 'policy',
  mou: 'memorandum',
  basic_list: 'basic_list',
  law_draft: 'draft',
  local_regulation: 'local_rule',
  local_rule: 'local_rule',
  standard: 'standard',
};

/** Bearer roles the fact base spells differently from graph/model.ts BearerRole. */
const bearerAliases: Record<string, BearerRole> = { individual_judgment_debtor: 'individual' };

/** Measure categories, assigned here (the fact base has none); used for the trace's counts by category. */
const measureCategories: Record<string, string> = {
  m_high_consumption_restriction: 'consumption_and_travel',
  m_flight_restriction: 'consumption_and_travel',
  m_train_restriction: 'consumption_and_travel',
  m_exit_restriction: 'consumption_and_travel',
  m_gov_procurement_ban: 'procurement_and_bidding',
  m_bidding_disqualification: 'procurement_and_bidding',
  m_market_entry_ban: 'market_access',
  m_land_supply_restriction: 'market_access',
  m_position_restriction: 'positions_and_employment',
  m_civil_service_restriction: 'positions_and_employment',
  m_financial_institution_setup_restriction: 'finance',
  m_bond_issuance_restriction: 'finance',
  m_financial_risk_pricing: 'finance',
  m_subsidy_restriction: 'subsidies_and_honours',
  m_honors_exclusion: 'subsidies_and_honours',
  m_increased_inspection: 'supervision',
  m_reduced_inspection: 'supervision',
  m_customs_strict_control: 'supervision',
  m_tax_d_grade: 'tax_and_customs_status',
  m_public_disclosure: 'disclosure',
  m_green_channel: 'facilitation',
  m_credit_commitment_fast_track: 'facilitation',
  m_customs_aeo_facilitation: 'facilitation',
  m_tax_a_grade_benefits: 'facilitation',
};

/**
 * Supersession and amendment between documents. `repeal: true` sets the older document's `repealed`
 * to the newer one's entry-into-force date; it is left false where the fact base does not record the
 * newer edition's measures, so the older edition keeps standing for them (said in `repealedNote`).
 */
const successions: Array<{ newer: string; older: string; kind: 'supersedes' | 'amends'; repeal: boolean; basis: string; keptBecause?: string }> = [
  {
    newer: 'jud_spc_2017_list',
    older: 'jud_spc_2013_list',
    kind: 'amends',
    repeal: false,
    basis: 'its title: decision amending 法释〔2013〕17号',
  },
  {
    newer: 'rule_samr_order44',
    older: 'rule_saic_order83',
    kind: 'supersedes',
    repeal: true,
    basis: "Order 83's summary: 'Predecessor of SAMR Order 44'",
  },
  {
    newer: 'rule_gacc_order237',
    older: 'rule_gacc_order225',
    kind: 'supersedes',
    repeal: true,
    basis: 'customs credit orders succeed each other 225 → 237 → 251 → 282 (domain README §5)',
  },
  {
    newer: 'rule_gacc_order251',
    older: 'rule_gacc_order237',
    kind: 'supersedes',
    repeal: true,
    basis: 'customs credit orders succeed each other 225 → 237 → 251 → 282 (domain README §5)',
  },
  {
    newer: 'rule_gacc_order282',
    older: 'rule_gacc_order251',
    kind: 'supersedes',
    repeal: true,
    basis: "Order 282's summary: 'Replaces Order 251'",
  },
  {
    newer: 'rule_samr_abnormal_2025',
    older: 'rule_saic_abnormal_2014',
    kind: 'supersedes',
    repeal: true,
    basis: "the 2025 measures' summary: 'Revised directory rules'",
  },
  {
    newer: 'mou_2016_tax',
    older: 'mou_2014_tax',
    kind: 'supersedes',
    repeal: false,
    basis: "the 2016 edition's summary: 'Expanded the 2014 tax MOU'",
    keptBecause:
      "2798号's items were read mostly as titles while 3062号's carry their articles (research memorandum-measures.json); pkulaw marks 3062号 expired, on a date not read",
  },
  {
    newer: 'pol_2022_basic_list_2022',
    older: 'pol_2021_basic_list',
    kind: 'supersedes',
    repeal: false,
    basis: "the 2022 edition's summary: 'replacing the 2021 editions'",
  },
  {
    newer: 'pol_2022_basic_list_2022',
    older: 'pol_2021_pci_catalogue',
    kind: 'supersedes',
    repeal: true,
    basis: "the 2022 edition's summary: 'replacing the 2021 editions'",
  },
  {
    newer: 'pol_2024_basic_list',
    older: 'pol_2022_basic_list_2022',
    kind: 'supersedes',
    repeal: false,
    basis: "the 2024 edition's summary: 'Latest published edition of the basic list'",
  },
];

export { parseDocNumber, parseEffective, parseIssued, type ParsedDate } from './dates.ts';

const sources = (item: Fact): Source[] => (item.sources ?? []).map((s: Fact) => ({ title: String(s.title), url: s.url ?? null }));
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const union = (...lists: string[][]) => [...new Set(lists.flat())].sort();

export function buildReferenceData(facts: Fact, recordedAt: string, propagation: Fact, research: { signatories: Fact; basicLists: Fact; memorandumMeasures: Fact }): ReferenceData {
  const agencyIds = new Set<string>(facts.agencies.map((a: Fact) => a.id));
  const measuresByDoc = new Map<string, string[]>();
  for (const m of facts.measures)
    for (const doc of ids(m.defined_in)) measuresByDoc.set(doc, [...(measuresByDoc.get(doc) ?? []), m.id]);
  const triggersByMemo = new Map<string, string[]>();
  for (const l of facts.lists) {
    for (const memo of [...ids(l.joint_punishment_mous), ...ids(l.joint_incentive_mous)]) {
      triggersByMemo.set(memo, [...(triggersByMemo.get(memo) ?? []), l.id]);
    }
  }
  const docsById = new Map<string, Fact>(facts.documents.map((d: Fact) => [d.id, d]));
  const inForceFrom = (id: string) => {
    const doc = docsById.get(id)!;
    return parseEffective(doc.date) ?? parseIssued(doc.date).iso;
  };

  const agencies = facts.agencies.map((a: Fact): AgencyData => ({
    id: a.id,
    nameZh: a.name_zh,
    nameEn: a.name_en,
    abbreviation: a.abbreviation === '—' ? null : a.abbreviation,
    level: a.level,
    region: a.jurisdiction ?? null,
    role: a.role ?? null,
    notes: a.notes ?? null,
    parent: a.parent ?? null,
    successor: a.successor ?? null,
    confidence: a.confidence,
    kind: 'government_agency',
    sources: sources(a),
  }));

  const platforms = facts.platforms.map((p: Fact) => ({
    id: p.id,
    nameZh: p.name_zh,
    nameEn: p.name_en,
    url: p.url ?? null,
    role: p.role ?? null,
    launched: p.launched ?? null,
    notes: p.notes ?? null,
    operator: agencyIds.has(p.operator) ? p.operator : null,
    operatorText: agencyIds.has(p.operator) ? null : p.operator,
    supervisor: p.supervisor ?? null,
    confidence: p.confidence,
    sources: sources(p),
  }));

  const lists = facts.lists.map((l: Fact) => ({
    id: l.id,
    nameZh: l.name_zh,
    nameEn: l.name_en,
    kind: l.kind,
    subjectTypes: ids(l.subject_types),
    entryCriteria: l.entry_criteria,
    termAndRemoval: l.duration_and_removal,
    affectedPersons: ids(l.affected_persons),
    maintainedBy: l.maintaining_agency,
    legalBasis: ids(l.legal_basis),
    publishedOn: ids(l.published_on),
    jointPunishmentMemoranda: ids(l.joint_punishment_mous),
    jointIncentiveMemoranda: ids(l.joint_incentive_mous),
    relatedGradeScheme: l.related_grade ?? null,
    notes: l.notes ?? null,
    confidence: l.confidence,
    sources: sources(l),
  }));

  const documents = facts.documents.map((d: Fact) => {
    const issued = parseIssued(d.date);
    const number = parseDocNumber(d.doc_number);
    const type = documentTypes[d.type];
    if (!type) throw new Error(`document ${d.id}: no DocumentType for fact-base type '${d.type}'`);
    const replacedBy = successions.find((s) => s.older === d.id && s.kind === 'supersedes');
    return {
      id: d.id,
      nameZh: d.title_zh,
      nameEn: d.title_en,
      docNumber: number.docNumber,
      docNumberNote: number.note,
      docNumberVerified: number.verified,
      type,
      typeDetail: d.type,
      summary: d.summary,
      notes: d.notes ?? null,
      dateText: d.date,
      issued: issued.iso,
      issuedPrecision: issued.precision,
      effective: parseEffective(d.date),
      repealed: replacedBy?.repeal ? inForceFrom(replacedBy.newer) : null,
      repealedNote: replacedBy
        ? replacedBy.repeal
          ? `superseded by ${replacedBy.newer} (${replacedBy.basis}); repeal date = its entry into force`
          : `superseded by ${replacedBy.newer} (${replacedBy.basis}); kept in force here because ${replacedBy.keptBecause ?? 'the fact base records the measures of this edition only'}`
        : null,
      issuers: ids(d.issuers),
      signatories: ids(d.signatories),
      signatoryCount: d.signatory_count ?? null,
      signatoriesZh: ids(d.signatories_zh),
      establishes: ids(d.establishes_lists),
      triggeredBy: union(ids(d.triggered_by_lists), triggersByMemo.get(d.id) ?? []),
      defines: union(ids(d.defines_measures), measuresByDoc.get(d.id) ?? []),
      supersedes: successions.filter((s) => s.newer === d.id && s.kind === 'supersedes').map((s) => s.older),
      amends: successions.filter((s) => s.newer === d.id && s.kind === 'amends').map((s) => s.older),
      measureBasisCategories: (d.measure_basis_categories ?? []).map((c: Fact) => `${c.category}: ${c.meaning}`),
      confidence: d.confidence,
      sources: sources(d),
    };
  });

  const definedBy = new Map<string, string[]>();
  for (const d of documents) for (const m of d.defines) definedBy.set(m, [...(definedBy.get(m) ?? []), d.id]);
  const measures = facts.measures.map((m: Fact) => {
    const appliesTo = ids(m.applies_to).map((role) => bearerAliases[role] ?? role);
    for (const role of appliesTo)
      if (!BearerRole.includes(role as BearerRole)) throw new Error(`measure ${m.id}: unknown bearer '${role}'`);
    if (!LegalBasisLevel.includes(m.legal_basis_level))
      throw new Error(`measure ${m.id}: unknown legal basis '${m.legal_basis_level}'`);
    const category = measureCategories[m.id];
    if (!category) throw new Error(`measure ${m.id}: no category assigned`);
    return {
      id: m.id,
      nameZh: m.name_zh,
      nameEn: m.name_en,
      polarity: m.polarity,
      appliesTo: [...new Set(appliesTo)],
      appliesToSource: ids(m.applies_to),
      legalBasisLevel: m.legal_basis_level,
      category,
      description: m.description,
      notes: m.notes ?? null,
      implementedBy: ids(m.implementing_agencies),
      triggeredBy: ids(m.triggered_by),
      definedIn: (definedBy.get(m.id) ?? []).sort(),
      confidence: m.confidence,
      sources: sources(m),
    };
  });

  const gradeSchemes = facts.grades.map((g: Fact) => ({
    id: g.id,
    nameZh: g.name_zh,
    nameEn: g.name_en,
    issuer: g.issuer,
    levels: (g.levels ?? []).map((level: Fact) => ({
      code: level.code,
      nameZh: level.zh ?? null,
      meaning: level.meaning ?? null,
    })),
    definedIn: ids(g.defined_in),
    notes: g.notes ?? null,
    confidence: g.confidence,
    sources: sources(g),
  }));

  for (const l of lists) if (!ListKind.includes(l.kind)) throw new Error(`list ${l.id}: unknown kind '${l.kind}'`);

  const fromFactBase: ReferenceData = {
    meta: {
      title: facts.meta.title,
      compiledFrom: 'scs-facts.json and propagation.json (developers’ guide, domain fact base)',
      factBaseCounts: facts.meta.counts,
      recordedAt,
    },
    agencies,
    platforms,
    lists,
    documents,
    measures,
    gradeSchemes,
    rules: [],
    basicListEntries: [],
  };
  return withSignatories(withPropagation(fromFactBase, propagation, research.basicLists, research.memorandumMeasures), research.signatories);
}

function main(): void {
  const domain = path.join(repoRoot, '..', 'shared', 'domain');
  const read = (file: string) => JSON.parse(fs.readFileSync(path.resolve(file), 'utf8')) as Fact;
  const facts = read(process.argv[2] ?? path.join(domain, 'scs-facts.json'));
  const propagation = read(process.argv[3] ?? path.join(domain, 'propagation.json'));
  const researchDir = path.join(import.meta.dirname, 'research');
  const research = {
    signatories: read(path.join(researchDir, 'signatories.json')),
    basicLists: read(path.join(researchDir, 'basic-lists.json')),
    memorandumMeasures: read(path.join(researchDir, 'memorandum-measures.json')),
  };
  const data = buildReferenceData(facts, new Date().toISOString(), propagation, research);
  fs.mkdirSync(referenceDataDir, { recursive: true });
  for (const [name, value] of Object.entries(data)) {
    fs.writeFileSync(path.join(referenceDataDir, `${name}.json`), `${JSON.stringify(value, null, 2)}\n`);
  }
  console.log(`wrote ${Object.keys(data).length} files to ${path.relative(process.cwd(), referenceDataDir)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
