import { knownListKinds } from './domain/listKinds.ts';
import type { CreditSection, ListKind, NodeKind } from './model.ts';
import type { PathEdge, PathNode } from './paths/typedPath.ts';
import { englishLabel } from './queries/nodeRecord.ts';

/**
 * A subgraph in the shape the explorer's Cytoscape canvas loads directly. Every capability that
 * returns "the graph of its answer" (neighbourhood, trace, exposure, ownership, paths) returns this.
 */
export interface ViewNode {
  id: string;
  kind: NodeKind;
  /** Display label: Chinese name, else English name / document number. */
  label: string;
  labelEn?: string | null;
  /** Company/Person: the kinds of the lists it has an active listing on at the view's date (graph/domain/listKinds.ts says what each means). */
  activeListKinds?: ListKind[];
  synthetic?: boolean;
  /** Listing: in effect at the view's date; PolicyDocument: in force then. Unset for other kinds (the canvas fades `false`). */
  active?: boolean;
  /** Reference data confidence (high|medium|low). */
  confidence?: string | null;
  /** CreditList: its kind; Listing: the kind of the list it is on. */
  listKind?: ListKind | null;
  /** Listing: the date it starts (the canvas filters listings by date); CreditRecord: its date. */
  from?: string | null;
  /** CreditRecord: its credit-file section (the explorer words it: a record's title is Chinese only). */
  section?: CreditSection | null;
  /** Grade: its level code in its scheme (A, M, blue, advanced_certified…; the explorer words it) and the year it rates. */
  level?: string | null;
  year?: number | null;
}

export interface ViewEdge {
  /** Stable id: `${source}-${type}-${target}` plus a discriminator where parallel edges exist. */
  id: string;
  source: string;
  target: string;
  type: string;
  /** Shareholding: the fraction held, 0–1. Numbers and codes only: the explorer words them. */
  share?: number | null;
  /** Office: the officer's role; BEARS: the bearer's roles (codes). */
  roles?: string[] | null;
}

/** Hub nodes whose neighbours were cut to keep the view usable: how many were left out. */
export interface Truncation {
  nodeId: string;
  shown: number;
  omitted: number;
}

export interface GraphView {
  nodes: ViewNode[];
  edges: ViewEdge[];
  truncated: Truncation[];
}

/** Relationship types whose `fraction` is a share held. */
const shareTypes = new Set(['SHAREHOLDER_OF', 'INDIRECT_OWNER_OF']);

/**
 * The canvas edge of a relationship: the share of a holding, the role of an office. Numbers and
 * codes only; the explorer puts them in words in the reader's language.
 */
export function viewEdge(id: string, source: string, target: string, type: string, props: { fraction?: unknown; role?: unknown }): ViewEdge {
  const share = shareTypes.has(type) && typeof props.fraction === 'number' ? props.fraction : null;
  const roles = type === 'OFFICER_OF' && typeof props.role === 'string' ? [props.role] : null;
  return { id, source, target, type, share, roles };
}

/**
 * A node of an answer as the canvas draws it. Answers read their parties with the drawn fields
 * (graph/queries/partyFields.ts), so this needs no read.
 */
export function drawnNode(node: PathNode): ViewNode {
  const subject = node.kind === 'Company' || node.kind === 'Person';
  return {
    id: node.id,
    kind: node.kind,
    label: node.name ?? node.id,
    labelEn: englishLabel(node.kind, { nameZh: node.name, nameEn: node.nameEn }),
    activeListKinds: subject ? knownListKinds(node.activeListKinds) : undefined,
    synthetic: node.synthetic,
    confidence: null,
  };
}

/**
 * The canvas view of an answer: its nodes (each once) and the typed edges between them (each once,
 * edges to a node the answer does not hold are left out). The one projector of exposure, paths and
 * ownership answers; no I/O.
 */
export function projectView(nodes: Iterable<PathNode>, edges: Iterable<PathEdge>, truncated: Truncation[] = []): GraphView {
  const drawn = new Map<string, ViewNode>();
  for (const node of nodes) if (!drawn.has(node.id)) drawn.set(node.id, drawnNode(node));
  const drawnEdges = new Map<string, ViewEdge>();
  for (const edge of edges) {
    const id = `${edge.from}-${edge.type}-${edge.to}`;
    if (!drawnEdges.has(id) && drawn.has(edge.from) && drawn.has(edge.to)) drawnEdges.set(id, viewEdge(id, edge.from, edge.to, edge.type, edge));
  }
  return { nodes: [...drawn.values()], edges: [...drawnEdges.values()], truncated };
}
