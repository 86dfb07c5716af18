import fs from 'node:fs';
import path from 'node:path';
import type {
  AgencyRow,
  CreditListRow,
  MeasureRow,
  PlatformRow,
  PolicyDocumentRow,
  ReferenceProvenance,
} from '../../graph/load/index.ts';
import type { BearerRole, Confidence } from '../../graph/model.ts';

/**
 * The reference data files (seed/reference/data/*.json): the project's reviewed copy of the fact
 * base, in graph/model.ts words, with every link as a list of ids. Built once by build.ts; read at
 * run time from here only.
 */
export const referenceDataDir = path.join(import.meta.dirname, 'data');

export interface Source {
  title: string;
  url: string | null;
}

/** Every item keeps the fact base's confidence and sources; the graph rows' provenance is derived from them. */
interface Item {
  notes: string | null;
  confidence: Confidence;
  sources: Source[];
}

/** An item's own properties are those of its graph row (graph/load/reference.ts) less the derived provenance. */
type Own<Row> = Omit<Row, keyof ReferenceProvenance> & Item;

export interface AgencyData extends Own<Omit<AgencyRow, 'divisionCode' | 'synthetic'>> {
  /** government_agency, party_organ, peoples_organisation, soe, court, procuratorate or other (signatories.ts). */
  kind: string;
  parent: string | null;
  successor: string | null;
}

export interface PlatformData extends Own<PlatformRow> {
  operator: string | null;
  supervisor: string | null;
}

export interface ListData extends Own<CreditListRow> {
  maintainedBy: string;
  legalBasis: string[];
  publishedOn: string[];
  jointPunishmentMemoranda: string[];
  jointIncentiveMemoranda: string[];
}

export interface DocumentData extends Own<PolicyDocumentRow> {
  /** National basic-list editions only: no rows extracted, coverage taken over from the previous edition. */
  coverageInherited?: boolean;
  issuers: string[];
  signatories: string[];
  establishes: string[];
  triggeredBy: string[];
  defines: string[];
  supersedes: string[];
  amends: string[];
}

export interface MeasureData extends Own<Omit<MeasureRow, 'appliesTo'>> {
  appliesTo: string[];
  /** The fact base's own `applies_to` spelling. */
  appliesToSource: string[];
  implementedBy: string[];
  triggeredBy: string[];
  definedIn: string[];
}

export interface GradeSchemeData extends Item {
  id: string;
  nameZh: string;
  nameEn: string;
  issuer: string;
  levels: Array<{ code: string; nameZh: string | null; meaning: string | null }>;
  definedIn: string[];
}

/** An article-level citation: the document (a node id when it is one) and the article, as the source numbers it. */
export interface Citation {
  document: string | null;
  docNumber: string | null;
  title: string | null;
  article: string | null;
  /** The text in force that numbers the article so (a statute renumbered by an amendment); null: always. */
  from: string | null;
  until: string | null;
}

/**
 * A propagation rule: on a listing on `list`, `document` makes `measure` apply to `bearers`, under
 * `condition`, resting on `basis`, from `inForceFrom` until `inForceUntil` (exclusive; null: the
 * document's own period). `origin`: researched (names the measure), target_clause (a memorandum's
 * target clause applied to each measure it defines), derived (fact-base link, target clause unread).
 */
export interface RuleData extends Item {
  id: string;
  document: string;
  list: string;
  measure: string;
  bearers: BearerRole[];
  /** `textZh`: the condition in the source's Chinese words, where the research read them verbatim. */
  condition: { text: string; textZh: string | null; code: string | null } | null;
  basis: Citation[];
  inForceFrom: string | null;
  inForceUntil: string | null;
  origin: 'researched' | 'target_clause' | 'derived';
}

/** One row of a national basic list of punishment measures. */
export interface BasicListEntryData extends Item {
  id: string;
  edition: string;
  number: string | null;
  nameZh: string | null;
  nameEn: string | null;
  category: string | null;
  basis: Citation[];
  targets: string[];
  trigger: string | null;
  implementingAgencies: string[];
  measure: string | null;
}

/**
 * The Chinese of a reference node's free texts (entryCriteria → entryCriteriaZh on the node…), in
 * data/textsZh.json by node id: kept by hand, apart from the files build.ts rewrites from the English
 * fact base. `origin`: `source`
 * when the Chinese is the source's own wording, `translation` when it is scs-graph's translation of
 * the fact base's English.
 */
export interface TextsZh {
  origin: 'source' | 'translation';
  texts: Record<string, string>;
}

export interface ReferenceMeta {
  title: string;
  compiledFrom: string;
  factBaseCounts: Record<string, number>;
  /** When the files were built: the `recordedAt` of every reference node and link. */
  recordedAt: string;
}

export interface ReferenceData {
  meta: ReferenceMeta;
  agencies: AgencyData[];
  platforms: PlatformData[];
  lists: ListData[];
  documents: DocumentData[];
  measures: MeasureData[];
  gradeSchemes: GradeSchemeData[];
  rules: RuleData[];
  basicListEntries: BasicListEntryData[];
}

const files = ['meta', 'agencies', 'platforms', 'lists', 'documents', 'measures', 'gradeSchemes', 'rules', 'basicListEntries'] as const;

/** Reads the committed reference data files. */
export function readReferenceData(dir = referenceDataDir): ReferenceData {
  const read = (name: string) => JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8'));
  return Object.fromEntries(files.map((name) => [name, read(name)])) as unknown as ReferenceData;
}

/** Reads the Chinese free texts, by node id. */
export function readTextsZh(dir = referenceDataDir): Record<string, TextsZh> {
  return JSON.parse(fs.readFileSync(path.join(dir, 'textsZh.json'), 'utf8')) as Record<string, TextsZh>;
}
