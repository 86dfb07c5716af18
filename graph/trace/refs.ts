import type { PartyKind } from '../domain/sanctions.ts';
import type { BearerRole, DocumentType, ListingStatus, ListKind, NodeKind } from '../model.ts';
import { displayLabel, englishLabel } from '../queries/nodeRecord.ts';
import { readBasis } from './ruleBasis.ts';
import type { AgencyRef, DocumentRef, EditionRef, ListingRef, ListRef, MeasureRef, TraceParty, RuleRef } from './types.ts';

/** Row mappers shared by the trace queries: a node's property map → the ref the trace returns. */

export type Props = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
const label = (kind: NodeKind, props: Props) => displayLabel({ id: String(props.id), kind, props });


export function toParty(kind: PartyKind, props: Props): TraceParty {
  return { id: String(props.id), kind, props, name: label(kind, props), nameEn: englishLabel(kind, props), synthetic: props.synthetic === true };
}

export function toAgency(props: Props): AgencyRef {
  return { id: String(props.id), kind: 'Agency', props, name: label('Agency', props), nameEn: text(props.nameEn), abbreviation: text(props.abbreviation) };
}

export function toList(props: Props, maintainedBy: unknown): ListRef {
  return {
    id: String(props.id),
    kind: 'CreditList',
    props,
    name: label('CreditList', props),
    nameEn: text(props.nameEn),
    listKind: text(props.kind) as ListKind | null,
    maintainedBy: texts(maintainedBy),
  };
}

export function toDocument({ document: props }: DocumentRow): DocumentRef {
  return {
    id: String(props.id),
    kind: 'PolicyDocument',
    props,
    docNumber: text(props.docNumber),
    name: label('PolicyDocument', props),
    nameEn: text(props.nameEn),
    type: String(props.type) as DocumentType,
    issued: text(props.issued),
    effective: text(props.effective),
    repealed: text(props.repealed),
    confidence: text(props.confidence),
  };
}

/** Category of a measure the reference data leaves without one. */
export const uncategorised = 'uncategorised';

export interface MeasureRow {
  measure: Props;
  agencies: Props[];
  documents: DocumentRow[];
}

export function toMeasure(row: MeasureRow): MeasureRef {
  const props = row.measure;
  return {
    id: String(props.id),
    kind: 'Measure',
    props,
    name: label('Measure', props),
    nameEn: text(props.nameEn),
    polarity: text(props.polarity),
    appliesTo: texts(props.appliesTo),
    legalBasisLevel: text(props.legalBasisLevel),
    category: text(props.category) ?? uncategorised,
    confidence: text(props.confidence),
    agencies: row.agencies.map(toAgency).sort(byId),
    definedIn: row.documents.map(toDocument).sort(byId),
  };
}

/** Cypher map of a measure with its implementing agencies and, unless `lean`, its defining documents (`MeasureRow`). */
export const measureRowProjection = (m: string, lean = false) => `{
  measure: properties(${m}),
  agencies: [(${m})-[:IMPLEMENTED_BY]->(ia:Agency) | properties(ia)],
  documents: ${lean ? '[]' : `[(dd:PolicyDocument)-[:DEFINES]->(${m}) | ${documentProjection('dd')}]`}
}`;

/** Cypher map of a document (`DocumentRow`). */
export const documentProjection = (d: string) => `{document: properties(${d})}`;

export interface DocumentRow {
  document: Props;
}

/** Cypher map of the rule on PROPAGATES link `r` from document `d`, with the documents it cites (`RuleRow`). */
export const ruleProjection = (r: string, d: string) => `{
  rule: properties(${r}),
  document: ${documentProjection(d)},
  cited: COLLECT { MATCH (cd:Node:PolicyDocument) WHERE cd.id IN ${r}.basisDocuments RETURN ${documentProjection('cd')} }
}`;

export interface RuleRow {
  rule: Props;
  document: DocumentRow;
  cited: DocumentRow[];
}

export function toRule(row: RuleRow, measureId: string): RuleRef {
  const props = row.rule;
  const cited = new Map(row.cited.map((c) => [String(c.document.id), toDocument(c)]));
  return {
    id: String(props.ruleId),
    document: toDocument(row.document),
    listId: String(props.list),
    measureId,
    bearers: texts(props.bearers) as BearerRole[],
    condition: text(props.conditionText) ? { text: String(props.conditionText), textZh: text(props.conditionTextZh), code: text(props.conditionCode) } : null,
    basis: readBasis(props).map((citation) => ({ ...citation, document: citation.document ? (cited.get(citation.document) ?? null) : null })),
    inForceFrom: text(props.inForceFrom),
    inForceUntil: text(props.inForceUntil),
    origin: text(props.origin) ?? 'researched',
    confidence: text(props.confidence),
    notes: text(props.notes),
    sourceTitles: texts(props.sourceTitles),
    sourceUrls: texts(props.sourceUrls),
  };
}

/** Cypher COLLECT of the national basic-list editions with the measures each covers (`EditionRow`). */
export const editionsCollect = `COLLECT {
  MATCH (ed:PolicyDocument) WHERE ed.type = 'basic_list'
  RETURN {document: ${documentProjection('ed')}, covers: [(ed)-[:DEFINES]->(cm:Measure) | cm.id]} AS edition
}`;

export interface EditionRow {
  document: DocumentRow;
  covers: string[];
}

export function toEdition(row: EditionRow): EditionRef {
  const document = toDocument(row.document);
  return { document, covers: row.covers, coverageInherited: document.props.coverageInherited === true };
}

/** Cypher map of a list with its maintaining agencies (`toList`). */
export const listProjection = (l: string) => `{list: properties(${l}), maintainedBy: [(${l})<-[:MAINTAINS]-(ma:Agency) | ma.id]}`;

export interface ListingRow {
  listing: Props;
  list: { list: Props; maintainedBy: unknown };
  decidedBy: Props | null;
}

/** Cypher map of listing `l` on list `list` (`toListing`). */
export const listingProjection = (l: string, list: string) =>
  `{listing: properties(${l}), list: ${listProjection(list)}, decidedBy: head([(${l})-[:DECIDED_BY]->(da:Agency) | properties(da)])}`;

export function toListing(row: ListingRow, party: TraceParty): ListingRef {
  const props = row.listing;
  return {
    id: String(props.id),
    kind: 'Listing',
    props,
    from: String(props.from),
    until: text(props.until),
    status: String(props.status) as ListingStatus,
    endedOn: text(props.endedOn),
    reason: text(props.reason),
    caseNumber: text(props.caseNumber),
    party,
    list: toList(row.list.list, row.list.maintainedBy),
    decidedBy: row.decidedBy ? toAgency(row.decidedBy) : null,
  };
}

export const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
