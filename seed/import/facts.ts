import { partyRelTypes } from '../../graph/export/parties.ts';
import { NodeKind, Rel } from '../../graph/model.ts';
import type { Problem } from './problems.ts';

/**
 * What every importer produces: records (a CSV row, an FtM entity, a BODS statement), each carrying
 * the graph facts it asserts. A record with an error is rejected whole; facts are written only
 * after every record of the file has been checked.
 */

export type Value = string | number | boolean | string[] | null;
/** Node or relationship properties in graph/model.ts names. `null` removes a property. */
export type Props = Record<string, Value>;

/** The node kinds an import may create or update (agencies and reference lists are only referred to). */
export const importedNodeKinds = [NodeKind.CreditList, NodeKind.Company, NodeKind.Person, NodeKind.Listing, NodeKind.CreditRecord, NodeKind.Grade] as const;
export type ImportedNodeKind = (typeof importedNodeKinds)[number];

/** Relationships between companies and persons, plus a listing's, a credit-file record's and a grade's links (IN_SCHEME before GRADED: the change hook reads the previous grade in the scheme). */
export const importedRelTypes = [...partyRelTypes, Rel.LISTED, Rel.ON_LIST, Rel.DECIDED_BY, Rel.HAS_RECORD, Rel.ENDS, Rel.IN_SCHEME, Rel.GRADED] as const;
export type ImportedRelType = (typeof importedRelTypes)[number];

/** Node kinds each end of a relationship may have; checked for ids already in the graph. */
export const relEnds: Record<ImportedRelType, { from: readonly NodeKind[]; to: readonly NodeKind[] }> = {
  SHAREHOLDER_OF: { from: [NodeKind.Company, NodeKind.Person, NodeKind.Agency], to: [NodeKind.Company] },
  INDIRECT_OWNER_OF: { from: [NodeKind.Company, NodeKind.Person, NodeKind.Agency], to: [NodeKind.Company] },
  HAS_INTEREST_IN: { from: [NodeKind.Company, NodeKind.Person, NodeKind.Agency], to: [NodeKind.Company] },
  LEGAL_REPRESENTATIVE_OF: { from: [NodeKind.Person], to: [NodeKind.Company] },
  OFFICER_OF: { from: [NodeKind.Person], to: [NodeKind.Company] },
  BRANCH_OF: { from: [NodeKind.Company], to: [NodeKind.Company] },
  FAMILY_OF: { from: [NodeKind.Person], to: [NodeKind.Person] },
  ASSOCIATE_OF: { from: [NodeKind.Person], to: [NodeKind.Person] },
  LISTED: { from: [NodeKind.Company, NodeKind.Person], to: [NodeKind.Listing] },
  ON_LIST: { from: [NodeKind.Listing], to: [NodeKind.CreditList] },
  DECIDED_BY: { from: [NodeKind.Listing, NodeKind.CreditRecord], to: [NodeKind.Agency] },
  HAS_RECORD: { from: [NodeKind.Company, NodeKind.Person], to: [NodeKind.CreditRecord] },
  ENDS: { from: [NodeKind.CreditRecord], to: [NodeKind.Listing, NodeKind.CreditRecord] },
  IN_SCHEME: { from: [NodeKind.Grade], to: [NodeKind.GradeScheme] },
  GRADED: { from: [NodeKind.Company], to: [NodeKind.Grade] },
};

export interface NodeFact {
  kind: ImportedNodeKind;
  id: string;
  props: Props;
  /**
   * A node several records imply alike (the CreditList of an FtM sanction authority and program):
   * not a duplicate when it recurs; the first valid record's copy is written.
   */
  shared?: boolean;
}

export interface RelFact {
  type: ImportedRelType;
  /** Deterministic, so a second import finds (and leaves alone) the same relationship. */
  id: string;
  from: string;
  to: string;
  props: Props;
  /** Which end points a `from`/`to` problem at (CSV column or JSON path). */
  fromColumn: string;
  toColumn: string;
  /** Where a shareholding's share was read from, for the sum-over-100 % warning. */
  shareColumn?: string;
}

export interface ImportRecord {
  /** 1-based line where the record starts. */
  line: number;
  /** What the record describes (`Company`, `SHAREHOLDER_OF` …): counted under it when rejected without facts. */
  kind: string;
  /** The record as it stood in the file (for the rejects file). */
  raw: string;
  nodes: NodeFact[];
  rels: RelFact[];
  problems: Problem[];
}

export const newRecord = (line: number, raw: string, kind = 'record'): ImportRecord => ({ line, kind, raw, nodes: [], rels: [], problems: [] });

/** A file's records as a mapper read them. */
export interface Mapped {
  records: ImportRecord[];
  /** Problems of the file as a whole (header, syntax); an error among them rejects every record. */
  fileProblems: Problem[];
  /** Records of kinds this importer does not map, counted by kind (FtM schemata, BODS interests). */
  skipped: Record<string, number>;
}

/** Kind (node kind or relationship type) of a fact, the unit the summary counts by. */
export const factKind = (fact: NodeFact | RelFact): string => ('kind' in fact ? fact.kind : fact.type);
