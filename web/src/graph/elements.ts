/**
 * From the API's GraphView to Cytoscape element definitions, and the set arithmetic the canvas
 * needs (merge an expansion into the view, hide, diff against what is drawn). Pure: no DOM, no cy.
 */
import type { Lang } from '../state/route.ts';
import { formatShare } from '../format.ts';
import { codeListName, creditName, creditRecordName } from '../i18n.ts';
import { looksOf, markedListKinds } from './kinds.ts';
import { withLineBreaks } from './lineBreaks.ts';

export interface ViewNodeLike {
  id: string;
  /** A second drawing of a node in another role (the first screen's maintaining agencies): the real node's id. */
  ref?: string | null;
  kind: string;
  label: string;
  labelEn?: string | null;
  /** Kinds of the lists the party has an active listing on at the view's date. */
  activeListKinds?: readonly string[] | null;
  synthetic?: boolean | null;
  /** Listing in effect / document in force at the view's date; false fades the node. */
  active?: boolean | null;
  confidence?: string | null;
  /** CreditList: its kind; Listing: its list's kind (the list-kind filter). */
  listKind?: string | null;
  /** Listing: the date it starts (the listing-date filter); CreditRecord: its date. */
  from?: string | null;
  /** CreditRecord: its credit-file section (code), worded in English mode. */
  section?: string | null;
  /** Grade: its level code (worded in both languages) and the year it rates. */
  level?: string | null;
  year?: number | null;
  /** A group node (grouping.ts): its members' kind, drawn in that kind's shape and colour. */
  memberKind?: string | null;
  /** A group node standing in for its hub's "+N more" too: how many neighbours the server left out. */
  omitted?: number | null;
}

export interface ViewEdgeLike {
  id: string;
  source: string;
  target: string;
  type: string;
  /** Shareholding: the fraction held, 0–1. */
  share?: number | null;
  /** The ownership view: the integrated share of the party at the edge's far end (∑ under the direct share). */
  integrated?: number | null;
  /** Office: the officer's role; BEARS: the bearer's roles (codes). */
  roles?: readonly string[] | null;
  /** Text a view of the explorer composed itself (e.g. a listing's date). */
  label?: string | null;
}

export interface TruncationLike {
  nodeId: string;
  shown: number;
  omitted: number;
}

export interface GraphViewLike {
  nodes: readonly ViewNodeLike[];
  edges: readonly ViewEdgeLike[];
  truncated: readonly TruncationLike[];
}

export const emptyView: GraphViewLike = { nodes: [], edges: [], truncated: [] };

/** Kind of the synthetic "+N more" node that stands for a hub's omitted neighbours. */
export const moreKind = 'More';
const morePrefix = 'more:';

export function moreNodeId(hubId: string): string {
  return `${morePrefix}${hubId}`;
}

/** The hub a "+N more" node belongs to, or null for a real node. */
export function hubOfMoreNode(id: string): string | null {
  return id.startsWith(morePrefix) ? id.slice(morePrefix.length) : null;
}

export interface ElementData {
  id: string;
  [key: string]: unknown;
}
export interface Element {
  group: 'nodes' | 'edges';
  data: ElementData;
  classes?: string;
}

export interface ElementOptions {
  lang: Lang;
  /** Nodes and edges that no longer apply at the as-of date (expired listings, repealed documents): drawn faded. */
  inactive?: ReadonlySet<string>;
  hidden?: ReadonlySet<string>;
  /** Nodes and edges the view's filters leave out (filters/index.ts); a node's edges go with it. */
  filtered?: ReadonlySet<string>;
  /** Nodes to emphasise (a path, the subject). */
  highlighted?: ReadonlySet<string>;
  /** Exposure: hop distance from the subject per node (0 = the subject), for the ring layout. */
  rings?: ReadonlyMap<string, number>;
  /** Trace: measures resting on less than law / administrative regulation. */
  flagged?: ReadonlySet<string>;
  /** A mark put before the label (ownership: ♛ on ultimate owners and the actual controller). */
  marked?: ReadonlyMap<string, string>;
  /**
   * Edge types drawn against the hierarchy's flow: swapped for the layout (so a layered layout ranks
   * e.g. list → memorandum → measure), with the arrowhead kept at the true target (class `against`).
   */
  against?: ReadonlySet<string>;
  /**
   * The view's subject, where a hierarchy starts. Its own edges of those types already point along
   * the flow (the traced company bearing a measure): swapped, they would point back at the first
   * column and make a cycle, which dagre breaks at an edge that depends on the elements' order (a
   * trace opened from the first screen came out scrambled).
   */
  root?: string | null;
}

/** English mode names a credit record by its section and date: its title and number are Chinese only. */
function englishName(node: ViewNodeLike): string {
  if (node.labelEn) return node.labelEn;
  if (node.kind === 'CreditRecord' && node.section) return [creditRecordName('en', node.section), node.from].filter(Boolean).join(' ');
  return node.label;
}

/** A grade is named by its level in words and its year in both languages: the stored level is a code (`blue`). */
function nameOf(node: ViewNodeLike, lang: Lang): string {
  if (node.kind === 'Grade' && node.level) return [creditName(lang, node.level), node.year].filter((part) => part !== null && part !== undefined).join(' ');
  return lang === 'en' ? englishName(node) : node.label;
}

export function displayLabel(node: ViewNodeLike, lang: Lang): string {
  const name = nameOf(node, lang);
  const marks = looksOf(node.activeListKinds).map((look) => look.glyph).join('');
  // A no-break space keeps the mark on the name's first line when the label wraps.
  return marks ? `${marks}\u00a0${name}` : name;
}

function classesOf(flags: Record<string, boolean | null | undefined>): string | undefined {
  const names = Object.entries(flags)
    .filter(([, on]) => on)
    .map(([name]) => name);
  return names.length ? names.join(' ') : undefined;
}

/** Cytoscape elements for a view: hidden nodes (and their edges) left out, one "+N more" node per truncated hub. */
export function toElements(view: GraphViewLike, options: ElementOptions): Element[] {
  const hidden = options.hidden ?? new Set<string>();
  const inactive = options.inactive ?? new Set<string>();
  const highlighted = options.highlighted ?? new Set<string>();
  const flagged = options.flagged ?? new Set<string>();
  const against = options.against ?? new Set<string>();
  const shown = new Set<string>();
  const elements: Element[] = [];
  for (const node of view.nodes) {
    if (hidden.has(node.id) || shown.has(node.id) || options.filtered?.has(node.id)) continue;
    shown.add(node.id);
    const mark = options.marked?.get(node.id);
    elements.push({
      group: 'nodes',
      data: {
        id: node.id,
        kind: node.kind,
        // With break marks where a line may wrap (lineBreaks.ts): never before a closing bracket or comma.
        label: withLineBreaks(mark ? `${mark}\u00a0${displayLabel(node, options.lang)}` : displayLabel(node, options.lang)),
        name: node.label,
        nameEn: node.labelEn ?? null,
        ...(node.ref ? { ref: node.ref } : {}),
        ...(node.memberKind ? { memberKind: node.memberKind } : {}),
        ...(options.rings?.has(node.id) ? { ring: options.rings.get(node.id) } : {}),
      },
      classes: classesOf({
        ...Object.fromEntries(markedListKinds.map(({ kind, look }) => [look.className, node.activeListKinds?.includes(kind)])),
        synthetic: node.synthetic,
        inactive: inactive.has(node.id) || node.active === false,
        highlighted: highlighted.has(node.id),
        flagged: flagged.has(node.id),
        marked: mark !== undefined,
      }),
    });
  }
  for (const hub of view.truncated) {
    if (!shown.has(hub.nodeId) || hub.omitted <= 0) continue;
    const id = moreNodeId(hub.nodeId);
    elements.push({ group: 'nodes', data: { id, kind: moreKind, label: `+${hub.omitted}`, hub: hub.nodeId, omitted: hub.omitted } });
    elements.push({ group: 'edges', data: { id: `${id}:edge`, source: hub.nodeId, target: id, type: 'MORE', label: '' } });
  }
  const faded = new Set(view.nodes.filter((node) => node.active === false).map((node) => node.id));
  const edgeIds = new Set<string>();
  for (const edge of view.edges) {
    if (!shown.has(edge.source) || !shown.has(edge.target) || edgeIds.has(edge.id) || options.filtered?.has(edge.id)) continue;
    edgeIds.add(edge.id);
    const flip = against.has(edge.type) && edge.source !== options.root;
    elements.push({
      group: 'edges',
      data: { id: edge.id, source: flip ? edge.target : edge.source, target: flip ? edge.source : edge.target, type: edge.type, label: edgeLabel(edge, options.lang) },
      classes: classesOf({
        inactive: [edge.id, edge.source, edge.target].some((id) => inactive.has(id) || faded.has(id)),
        highlighted: highlighted.has(edge.source) && highlighted.has(edge.target),
        against: flip,
      }),
    });
  }
  return elements;
}

/** An edge in the interface language: a holding's share (and ∑ the integrated share), the roles of an office or a bearer. */
export function edgeLabel(edge: ViewEdgeLike, lang: Lang): string {
  const lines = [
    edge.share != null ? formatShare(edge.share) : null,
    edge.integrated != null ? `∑${formatShare(edge.integrated)}` : null,
    edge.roles?.length ? codeListName(lang, edge.roles) : null,
    edge.label ?? null,
  ];
  return lines.filter((line) => line).join('\n');
}

/**
 * The view after expanding: nodes and edges united by id (the newer copy wins, its flags are
 * fresher), and the expanded hubs' truncation replaced by what the expansion says.
 */
export function mergeViews(base: GraphViewLike, addition: GraphViewLike): GraphViewLike {
  const nodes = new Map(base.nodes.map((node) => [node.id, node]));
  for (const node of addition.nodes) nodes.set(node.id, node);
  const edges = new Map(base.edges.map((edge) => [edge.id, edge]));
  for (const edge of addition.edges) edges.set(edge.id, edge);
  const replaced = new Set(addition.truncated.map((hub) => hub.nodeId));
  const truncated = [...base.truncated.filter((hub) => !replaced.has(hub.nodeId)), ...addition.truncated];
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}

/** Removes one hub's "+N more" marker (after its omitted neighbours were paged in). */
export function withoutTruncation(view: GraphViewLike, hubId: string): GraphViewLike {
  return { ...view, truncated: view.truncated.filter((hub) => hub.nodeId !== hubId) };
}

export interface ElementDiff {
  add: Element[];
  remove: string[];
  /** Present on both sides with different data or classes. */
  update: Element[];
}

/** What to change on the canvas so it shows `next`, given what it shows now (id → element). */
export function diffElements(current: ReadonlyMap<string, Element>, next: readonly Element[]): ElementDiff {
  const nextIds = new Set(next.map((element) => element.data.id));
  const add: Element[] = [];
  const update: Element[] = [];
  for (const element of next) {
    const drawn = current.get(element.data.id);
    if (!drawn) add.push(element);
    else if (drawn.classes !== element.classes || JSON.stringify(drawn.data) !== JSON.stringify(element.data)) update.push(element);
  }
  const remove = [...current.keys()].filter((id) => !nextIds.has(id));
  return { add, remove, update };
}

/** Nodes adjacent to `id` in the view (for "hide" of a leaf cluster, path picking, etc.). */
export function neighbourIds(view: GraphViewLike, id: string): Set<string> {
  const result = new Set<string>();
  for (const edge of view.edges) {
    if (edge.source === id) result.add(edge.target);
    if (edge.target === id) result.add(edge.source);
  }
  return result;
}

/** Keeps, of an expansion around `id`, only the edges of one relationship type at `id` and their far ends. */
export function restrictToRelationship(view: GraphViewLike, id: string, type: string): GraphViewLike {
  const edges = view.edges.filter((edge) => edge.type === type && (edge.source === id || edge.target === id));
  const keep = new Set([id, ...edges.flatMap((edge) => [edge.source, edge.target])]);
  return { nodes: view.nodes.filter((node) => keep.has(node.id)), edges, truncated: view.truncated.filter((hub) => hub.nodeId === id) };
}

/** A hub paged with `skip`: the server counts `shown` within the page, the canvas counts from the start. */
export function offsetTruncation(view: GraphViewLike, hubId: string, skip: number): GraphViewLike {
  return { ...view, truncated: view.truncated.map((hub) => (hub.nodeId === hubId ? { ...hub, shown: hub.shown + skip } : hub)) };
}
