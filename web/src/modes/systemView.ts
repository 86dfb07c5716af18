/**
 * The first screen: the machinery of joint punishment as one picture — agencies maintain lists, a
 * listing triggers memoranda and measures, memoranda define measures, agencies implement them —
 * built from the lists the stats query returns (every list with its links). Pure.
 */
import type { GraphViewLike, ViewEdgeLike, ViewNodeLike } from '../graph/elements.ts';
import type { Lang } from '../state/route.ts';

interface Named {
  id: string;
  label: string;
  nameEn: string | null;
}
interface AgencyLike extends Named {
  level: string | null;
}
export interface OverviewList {
  entries: number;
  activeEntries: number;
  list: Named & {
    maintainedBy: readonly AgencyLike[];
    triggeredDocuments: readonly (Named & { docNumber: string | null; inForce: boolean; measures: readonly { id: string }[] })[];
    triggeredMeasures: readonly (Named & { implementingAgencies: readonly AgencyLike[] })[];
  };
}

const levelNames: Record<string, Record<Lang, string>> = {
  national: { zh: '国家级', en: 'national' },
  provincial: { zh: '省级', en: 'provincial' },
  municipal: { zh: '市级', en: 'municipal' },
};

export interface SystemView {
  view: GraphViewLike;
  /** Hover text: a list's entries at the date, an agency's level. */
  tips: Map<string, string>;
  /** Agencies by level (national first), for the panel. */
  agenciesByLevel: Array<{ level: string; count: number }>;
  counts: { lists: number; documents: number; measures: number; agencies: number };
}

/**
 * The maintaining agencies stand in the first column and the implementing ones in the last; an
 * agency that does both is drawn twice, the maintainer as a copy pointing at the real node (`ref`).
 */
export function maintainerId(agencyId: string): string {
  return `maintainer:${agencyId}`;
}

/** Edge ids follow the server's `source-TYPE-target`, so an expansion merges into the same edges. */
function edge(source: string, type: string, target: string): ViewEdgeLike {
  return { id: `${source}-${type}-${target}`, source, target, type };
}

export function systemView(lists: readonly OverviewList[], lang: Lang): SystemView {
  const nodes = new Map<string, ViewNodeLike>();
  const edges = new Map<string, ViewEdgeLike>();
  const tips = new Map<string, string>();
  const agencyLevels = new Map<string, string>();
  const add = (node: ViewNodeLike) => nodes.set(node.id, { ...nodes.get(node.id), ...node });
  const link = (source: string, type: string, target: string) => {
    const e = edge(source, type, target);
    edges.set(e.id, e);
  };
  /** An agency as implementer (its own id) or as maintainer (a role copy, so the columns stay apart). */
  const addAgency = (agency: AgencyLike, role: 'implements' | 'maintains'): string => {
    const level = agency.level ?? 'national';
    agencyLevels.set(agency.id, level);
    const id = role === 'maintains' ? maintainerId(agency.id) : agency.id;
    // Agencies below the national level carry it in the name, so the levels read off the picture.
    const suffix = level === 'national' ? '' : ` · ${levelNames[level]?.zh ?? level}`;
    const suffixEn = level === 'national' ? '' : ` · ${levelNames[level]?.en ?? level}`;
    add({ id, ...(id === agency.id ? {} : { ref: agency.id }), kind: 'Agency', label: `${agency.label}${suffix}`, labelEn: agency.nameEn ? `${agency.nameEn}${suffixEn}` : null });
    tips.set(agency.id, `${lang === 'en' && agency.nameEn ? agency.nameEn : agency.label}\n${levelNames[level]?.[lang] ?? level}`);
    return id;
  };

  for (const { list, entries, activeEntries } of lists) {
    add({ id: list.id, kind: 'CreditList', label: list.label, labelEn: list.nameEn });
    tips.set(list.id, lang === 'zh' ? `${list.label}\n有效记录 ${activeEntries} / 全部 ${entries}` : `${list.nameEn ?? list.label}\n${activeEntries} active of ${entries} entries`);
    for (const agency of list.maintainedBy) link(addAgency(agency, 'maintains'), 'MAINTAINS', list.id);
    const measures = new Set(list.triggeredMeasures.map((measure) => measure.id));
    for (const measure of list.triggeredMeasures) {
      add({ id: measure.id, kind: 'Measure', label: measure.label, labelEn: measure.nameEn });
      link(measure.id, 'TRIGGERED_BY', list.id);
      for (const agency of measure.implementingAgencies) link(measure.id, 'IMPLEMENTED_BY', addAgency(agency, 'implements'));
    }
    for (const document of list.triggeredDocuments) {
      add({ id: document.id, kind: 'PolicyDocument', label: document.docNumber ?? document.label, labelEn: document.docNumber ?? document.nameEn, active: document.inForce });
      tips.set(document.id, document.label);
      link(document.id, 'TRIGGERED_BY', list.id);
      for (const measure of document.measures) if (measures.has(measure.id)) link(document.id, 'DEFINES', measure.id);
    }
  }

  const levelCounts = new Map<string, number>();
  for (const level of agencyLevels.values()) levelCounts.set(level, (levelCounts.get(level) ?? 0) + 1);
  const order = ['national', 'provincial', 'municipal'];
  const rank = (level: string) => (order.includes(level) ? order.indexOf(level) : order.length);
  const kinds = [...nodes.values()];
  return {
    view: { nodes: kinds, edges: [...edges.values()], truncated: [] },
    tips,
    agenciesByLevel: [...levelCounts.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([level, count]) => ({ level, count })),
    counts: {
      lists: kinds.filter((node) => node.kind === 'CreditList').length,
      documents: kinds.filter((node) => node.kind === 'PolicyDocument').length,
      measures: kinds.filter((node) => node.kind === 'Measure').length,
      agencies: agencyLevels.size,
    },
  };
}

export function levelName(lang: Lang, level: string): string {
  return levelNames[level]?.[lang] ?? level;
}
