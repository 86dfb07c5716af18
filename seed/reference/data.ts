import fs from 'node:fs';
import path from 'node:path';
import type { Confidence, DocumentType, LegalBasisLevel, ListKind } from '../../graph/model.ts';

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

interface Item {
  id: string;
  nameZh: string;
  nameEn: string;
  notes: string | null;
  confidence: Confidence;
  sources: Source[];
}

export interface AgencyData extends Item {
  abbreviation: string | null;
  level: 'national' | 'provincial' | 'municipal';
  region: string | null;
  role: string | null;
  parent: string | null;
  successor: string | null;
}

export interface PlatformData extends Item {
  url: string | null;
  role: string | null;
  launched: string | null;
  operator: string | null;
  operatorText: string | null;
  supervisor: string | null;
}

export interface ListData extends Item {
  kind: ListKind;
  subjectTypes: string[];
  entryCriteria: string;
  termAndRemoval: string;
  affectedPersons: string[];
  maintainedBy: string;
  legalBasis: string[];
  publishedOn: string[];
  jointPunishmentMemoranda: string[];
  jointIncentiveMemoranda: string[];
  relatedGradeScheme: string | null;
}

export interface DocumentData extends Item {
  docNumber: string | null;
  docNumberNote: string | null;
  docNumberVerified: boolean;
  type: DocumentType;
  typeDetail: string;
  summary: string;
  dateText: string;
  issued: string | null;
  issuedPrecision: 'day' | 'month' | 'year' | null;
  effective: string | null;
  repealed: string | null;
  repealedNote: string | null;
  issuers: string[];
  signatories: string[];
  signatoryCount: number | null;
  signatoriesZh: string[];
  establishes: string[];
  triggeredBy: string[];
  defines: string[];
  supersedes: string[];
  amends: string[];
  measureBasisCategories: string[];
}

export interface MeasureData extends Item {
  polarity: 'punishment' | 'incentive';
  appliesTo: string[];
  /** The fact base's own `applies_to` spelling. */
  appliesToSource: string[];
  legalBasisLevel: LegalBasisLevel;
  category: string;
  description: string;
  implementedBy: string[];
  triggeredBy: string[];
  definedIn: string[];
}

export interface GradeSchemeData extends Item {
  issuer: string;
  levels: Array<{ code: string; nameZh: string | null; meaning: string | null }>;
  definedIn: string[];
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
}

const files = ['meta', 'agencies', 'platforms', 'lists', 'documents', 'measures', 'gradeSchemes'] as const;

/** Reads the committed reference data files. */
export function readReferenceData(dir = referenceDataDir): ReferenceData {
  const read = (name: string) => JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8'));
  return Object.fromEntries(files.map((name) => [name, read(name)])) as unknown as ReferenceData;
}
