import type {
  AgencyRow,
  CreditListRow,
  GradeSchemeRow,
  MeasureRow,
  PlatformRow,
  PolicyDocumentRow,
  ReferenceLinkRow,
  ReferenceProvenance,
} from '../../graph/load/index.ts';
import { Rel, type BearerRole } from '../../graph/model.ts';
import { storedBasis } from '../../graph/trace/ruleBasis.ts';
import type { ReferenceData, Source, TextsZh } from './data.ts';

/** The reference graph as loader rows: nodes per kind and every link, each carrying provenance. */
export interface ReferenceGraph {
  agencies: AgencyRow[];
  platforms: PlatformRow[];
  lists: CreditListRow[];
  documents: PolicyDocumentRow[];
  measures: MeasureRow[];
  gradeSchemes: GradeSchemeRow[];
  links: ReferenceLinkRow[];
}

interface Sourced {
  notes: string | null;
  confidence: ReferenceProvenance['confidence'];
  sources: Source[];
}

/** Maps the reference data files (and the Chinese of their free texts, by node id) onto graph/model.ts nodes and links (pure). */
export function referenceGraph(data: ReferenceData, textsZh: Readonly<Record<string, TextsZh>> = {}): ReferenceGraph {
  const recordedAt = data.meta.recordedAt;
  const provenance = (item: Sourced): ReferenceProvenance => ({
    source: item.sources[0]?.title ?? data.meta.compiledFrom,
    sourceUrl: item.sources[0]?.url ?? null,
    recordedAt,
    confidence: item.confidence,
    sourceTitles: item.sources.map((s) => s.title),
    sourceUrls: item.sources.map((s) => s.url ?? ''),
    notes: item.notes,
  });
  // A node's Chinese free texts: `<field>Zh` beside each English field, and where the Chinese comes from.
  const chinese = (id: string): Record<string, string> => {
    const zh = textsZh[id];
    if (!zh) return {};
    return { ...Object.fromEntries(Object.entries(zh.texts).map(([field, text]) => [`${field}Zh`, text])), textsZhOrigin: zh.origin };
  };
  const links: ReferenceLinkRow[] = [];
  // A link carries the provenance of the item whose record states it.
  const link = (type: Rel, fromId: string, toId: string, statedBy: Sourced, extra: Record<string, unknown> = {}, key?: string) =>
    links.push({
      type,
      fromId,
      toId,
      ...(key ? { key } : {}),
      props: {
        source: statedBy.sources[0]?.title ?? data.meta.compiledFrom,
        sourceUrl: statedBy.sources[0]?.url ?? null,
        recordedAt,
        confidence: statedBy.confidence,
        ...(extra as Partial<ReferenceLinkRow['props']>),
      },
    });

  // Each item: its links are written out, the rest of its own fields become the node's properties.
  const agencies = data.agencies.map(({ parent, successor, notes, confidence, sources, ...own }): AgencyRow => {
    const item = { notes, confidence, sources };
    if (parent) link(Rel.PART_OF, own.id, parent, item);
    if (successor) link(Rel.SUCCEEDED_BY, own.id, successor, item);
    return { ...own, ...chinese(own.id), ...provenance(item) };
  });

  const platforms = data.platforms.map(({ operator, supervisor, notes, confidence, sources, ...own }): PlatformRow => {
    const item = { notes, confidence, sources };
    if (operator) link(Rel.OPERATED_BY, own.id, operator, item);
    if (supervisor && supervisor !== operator) link(Rel.SUPERVISED_BY, own.id, supervisor, item);
    return { ...own, ...chinese(own.id), ...provenance(item) };
  });

  const lists = data.lists.map(
    ({
      maintainedBy,
      legalBasis,
      publishedOn,
      jointPunishmentMemoranda,
      jointIncentiveMemoranda,
      notes,
      confidence,
      sources,
      ...own
    }): CreditListRow => {
      // The joint memoranda already are the memoranda's TRIGGERED_BY links (build.ts).
      const item = { notes, confidence, sources };
      link(Rel.MAINTAINS, maintainedBy, own.id, item);
      for (const doc of legalBasis) link(Rel.LEGAL_BASIS, own.id, doc, item);
      for (const platform of publishedOn) link(Rel.PUBLISHED_ON, own.id, platform, item);
      return { ...own, ...chinese(own.id), ...provenance(item) };
    },
  );

  const documents = data.documents.map(
    ({
      issuers,
      signatories,
      establishes,
      triggeredBy,
      defines,
      supersedes,
      amends,
      notes,
      confidence,
      sources,
      ...own
    }): PolicyDocumentRow => {
      const item = { notes, confidence, sources };
      for (const agency of issuers) link(Rel.ISSUED, agency, own.id, item);
      for (const agency of signatories) link(Rel.SIGNED, agency, own.id, item);
      for (const list of establishes) link(Rel.ESTABLISHES, own.id, list, item);
      for (const list of triggeredBy) link(Rel.TRIGGERED_BY, own.id, list, item);
      // An edition without extracted rows covers its predecessor's measures only by assumption.
      const coverage = own.coverageInherited ? { confidence: 'low', notes: 'coverage taken over from the previous edition (rows not extracted)' } : {};
      for (const measure of defines) link(Rel.DEFINES, own.id, measure, item, coverage);
      for (const older of supersedes) link(Rel.SUPERSEDES, own.id, older, item);
      for (const older of amends) link(Rel.AMENDS, own.id, older, item);
      return { ...own, ...chinese(own.id), ...provenance(item) };
    },
  );

  const measures = data.measures.map(
    ({ implementedBy, triggeredBy, definedIn, appliesTo, appliesToSource, notes, confidence, sources, ...own }): MeasureRow => {
      // DEFINES links come from the documents' side (build.ts made both sides agree).
      const item = { notes, confidence, sources };
      for (const agency of implementedBy) link(Rel.IMPLEMENTED_BY, own.id, agency, item);
      for (const list of triggeredBy) link(Rel.TRIGGERED_BY, own.id, list, item);
      return { ...own, ...chinese(own.id), appliesTo: appliesTo as BearerRole[], ...provenance(item) };
    },
  );

  const gradeSchemes = data.gradeSchemes.map(
    ({ issuer, definedIn, levels, notes, confidence, sources, ...own }): GradeSchemeRow => {
      const item = { notes, confidence, sources };
      link(Rel.ISSUED_BY, own.id, issuer, item);
      for (const doc of definedIn) link(Rel.DEFINED_IN, own.id, doc, item);
      return {
        ...own,
        ...chinese(own.id),
        levels: levels.map((l) => l.code),
        levelNamesZh: parallelTexts(levels.map((l) => l.nameZh)),
        levelMeanings: parallelTexts(levels.map((l) => l.meaning)),
        ...provenance(item),
      };
    },
  );

  // Each rule is a PROPAGATES link document → measure carrying the rule; its citations as parallel lists.
  for (const rule of data.rules) {
    const item = { notes: rule.notes, confidence: rule.confidence, sources: rule.sources };
    link(
      Rel.PROPAGATES,
      rule.document,
      rule.measure,
      item,
      {
        ruleId: rule.id,
        list: rule.list,
        bearers: rule.bearers,
        conditionText: rule.condition?.text ?? null,
        conditionTextZh: rule.condition?.textZh ?? null,
        conditionCode: rule.condition?.code ?? null,
        ...storedBasis(rule.basis),
        inForceFrom: rule.inForceFrom,
        inForceUntil: rule.inForceUntil,
        origin: rule.origin,
        notes: rule.notes,
        sourceTitles: rule.sources.map((s) => s.title),
        sourceUrls: rule.sources.map((s) => s.url ?? ''),
      },
      rule.id,
    );
  }

  return { agencies, platforms, lists, documents, measures, gradeSchemes, links };
}

/**
 * A list parallel to `levels`: '' where one level lacks the text, and no list at all when every level
 * lacks it (a list of empty strings cannot be told from no list by Neo4j's offline importer).
 */
function parallelTexts(values: ReadonlyArray<string | null | undefined>): string[] {
  return values.every((value) => !value) ? [] : values.map((value) => value ?? '');
}
