import type { ListKind, NodeKind } from './model.ts';

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
  /** Listing: the date it starts (the canvas filters listings by date). */
  from?: string | null;
}

export interface ViewEdge {
  /** Stable id: `${source}-${type}-${target}` plus a discriminator where parallel edges exist. */
  id: string;
  source: string;
  target: string;
  type: string;
  /** e.g. "51%" on a shareholding, the role on an officer edge. */
  label?: string | null;
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
