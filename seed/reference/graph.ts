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
import type { ReferenceData, Source } from './data.ts';

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

/** Maps the reference data files onto graph/model.ts nodes and links (pure). */
export function referenceGraph(data: ReferenceData): ReferenceGraph {
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
  const links: ReferenceLinkRow[] = [];
  // A link carries the provenance of the item whose record states it.
  const link = (type: Rel, fromId: string, toId: string, statedBy: Sourced, extra: Record<string, string | null> = {}) =>
    links.push({
      type,
      fromId,
      toId,
      props: {
        source: statedBy.sources[0]?.title ?? data.meta.compiledFrom,
        sourceUrl: statedBy.sources[0]?.url ?? null,
        recordedAt,
        confidence: statedBy.confidence,
        ...extra,
      },
    });

  const agencies = data.agencies.map((a): AgencyRow => {
    if (a.parent) link(Rel.PART_OF, a.id, a.parent, a);
    if (a.successor) link(Rel.SUCCEEDED_BY, a.id, a.successor, a);
    return {
      id: a.id,
      nameZh: a.nameZh,
      nameEn: a.nameEn,
      abbreviation: a.abbreviation,
      level: a.level,
      region: a.region,
      role: a.role,
      ...provenance(a),
    };
  });

  const platforms = data.platforms.map((p): PlatformRow => {
    if (p.operator) link(Rel.OPERATED_BY, p.id, p.operator, p);
    if (p.supervisor && p.supervisor !== p.operator) link(Rel.SUPERVISED_BY, p.id, p.supervisor, p);
    return {
      id: p.id,
      nameZh: p.nameZh,
      nameEn: p.nameEn,
      url: p.url,
      role: p.role,
      launched: p.launched,
      operatorText: p.operatorText,
      ...provenance(p),
    };
  });

  const lists = data.lists.map((l): CreditListRow => {
    link(Rel.MAINTAINS, l.maintainedBy, l.id, l);
    for (const doc of l.legalBasis) link(Rel.LEGAL_BASIS, l.id, doc, l);
    for (const platform of l.publishedOn) link(Rel.PUBLISHED_ON, l.id, platform, l);
    return {
      id: l.id,
      nameZh: l.nameZh,
      nameEn: l.nameEn,
      kind: l.kind,
      subjectTypes: l.subjectTypes,
      entryCriteria: l.entryCriteria,
      termAndRemoval: l.termAndRemoval,
      affectedPersons: l.affectedPersons,
      ...provenance(l),
    };
  });

  const documents = data.documents.map((d): PolicyDocumentRow => {
    for (const agency of d.issuers) link(Rel.ISSUED, agency, d.id, d);
    for (const agency of d.signatories) link(Rel.SIGNED, agency, d.id, d);
    for (const list of d.establishes) link(Rel.ESTABLISHES, d.id, list, d);
    for (const list of d.triggeredBy) link(Rel.TRIGGERED_BY, d.id, list, d);
    for (const measure of d.defines) link(Rel.DEFINES, d.id, measure, d);
    for (const older of d.supersedes) link(Rel.SUPERSEDES, d.id, older, d);
    for (const older of d.amends) link(Rel.AMENDS, d.id, older, d);
    return {
      id: d.id,
      nameZh: d.nameZh,
      nameEn: d.nameEn,
      docNumber: d.docNumber,
      docNumberNote: d.docNumberNote,
      docNumberVerified: d.docNumberVerified,
      type: d.type,
      typeDetail: d.typeDetail,
      summary: d.summary,
      dateText: d.dateText,
      issued: d.issued,
      issuedPrecision: d.issuedPrecision,
      effective: d.effective,
      repealed: d.repealed,
      repealedNote: d.repealedNote,
      signatoryCount: d.signatoryCount,
      signatoriesZh: d.signatoriesZh,
      measureBasisCategories: d.measureBasisCategories,
      ...provenance(d),
    };
  });

  const measures = data.measures.map((m): MeasureRow => {
    for (const agency of m.implementedBy) link(Rel.IMPLEMENTED_BY, m.id, agency, m);
    for (const list of m.triggeredBy) link(Rel.TRIGGERED_BY, m.id, list, m);
    return {
      id: m.id,
      nameZh: m.nameZh,
      nameEn: m.nameEn,
      polarity: m.polarity,
      appliesTo: m.appliesTo as BearerRole[],
      legalBasisLevel: m.legalBasisLevel,
      category: m.category,
      description: m.description,
      ...provenance(m),
    };
  });

  const gradeSchemes = data.gradeSchemes.map((g): GradeSchemeRow => {
    link(Rel.ISSUED_BY, g.id, g.issuer, g);
    for (const doc of g.definedIn) link(Rel.DEFINED_IN, g.id, doc, g);
    return {
      id: g.id,
      nameZh: g.nameZh,
      nameEn: g.nameEn,
      levels: g.levels.map((l) => l.code),
      levelNamesZh: g.levels.map((l) => l.nameZh ?? ''),
      levelMeanings: g.levels.map((l) => l.meaning ?? ''),
      ...provenance(g),
    };
  });

  return { agencies, platforms, lists, documents, measures, gradeSchemes, links };
}
