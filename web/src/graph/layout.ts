/**
 * Which layout to run. Force-directed fcose for exploration — `draft` quality above ~1,000 nodes
 * (measured: default quality took 178 s on 2,000 nodes / 4,000 edges, draft 1 s) — and layered
 * dagre for the hierarchies (sanction trace left to right, ownership top-down); hop rings around
 * the subject for exposure (rings.ts).
 */
import type { Mode } from '../state/route.ts';

export const layoutNames = ['fcose', 'dagre', 'rings', 'grid'] as const;
export type LayoutName = (typeof layoutNames)[number];

export const draftAbove = 1000;

/**
 * Draft quality is fcose's spectral step alone, which packs a view into ~900 units whatever its size
 * (the bench's 4,000 nodes: every node overlapping another, fitted at zoom ~1, all in view at once).
 * Its `nodeSeparation` (default 75) scales that result, so the area grows with its square: growing
 * it with √nodes keeps a large view at about the density the level of detail assumes (a few hundred
 * nodes in the window it starts with, at the subject at zoom 0.7). Measured on the bench's views,
 * 1,000–4,000 nodes: 230–450 nodes in that window, 25–45 % of nodes overlapping instead of 100 %
 * (BENCHMARKS.md). fcose's idealEdgeLength and nodeRepulsion only act in the force step draft skips.
 */
export function draftSeparation(nodeCount: number): number {
  return Math.round(15 * Math.sqrt(nodeCount));
}
/** Animating thousands of nodes costs more than it shows. */
const animateBelow = 300;

/**
 * How a view reads. The sanction trace and the first screen (the machinery itself) read left to
 * right in columns; the ownership tree top down; everything else is free (force-directed or rings).
 */
export type Flow = 'leftToRight' | 'topDown' | 'free';

export function flowOf(mode: Mode, hasSubject: boolean): Flow {
  if (mode === 'trace' || (mode === 'explore' && !hasSubject)) return 'leftToRight';
  if (mode === 'ownership') return 'topDown';
  return 'free';
}

export function defaultLayout(mode: Mode, hasSubject = true): LayoutName {
  if (flowOf(mode, hasSubject) !== 'free') return 'dagre';
  return mode === 'exposure' ? 'rings' : 'fcose';
}

/**
 * Edge types that point against the left-to-right reading order: the trace reads listing → list →
 * memorandum → measure → agencies → bearers (the first screen: agency → list → memorandum → measure
 * → agency), but TRIGGERED_BY points from the memorandum/measure to the list, BEARS and the bearers'
 * ties from the person to the measure/company. The canvas swaps them for the layered layout and
 * keeps the arrowhead where the relationship really points.
 */
export function againstFlow(flow: Flow): ReadonlySet<string> {
  if (flow === 'leftToRight') return new Set(['TRIGGERED_BY', 'BEARS', 'LEGAL_REPRESENTATIVE_OF', 'OFFICER_OF', 'ACTUAL_CONTROLLER_OF', 'CONTROLLING_SHAREHOLDER_OF']);
  return new Set();
}

/** Trace: bearers one rank beyond the agencies (the measure → bearer edge spans two ranks). */
const bearerMinLen = (edge: { data(key: string): unknown }) => (edge.data('type') === 'BEARS' ? 2 : 1);

export interface LayoutRequest {
  name: LayoutName;
  flow: Flow;
  nodeCount: number;
  /** Lay out only new nodes around the ones already placed (after an expansion). */
  incremental?: boolean;
}

/** Cytoscape layout options (plain data; extensions registered by the canvas). */
export function layoutOptions(request: LayoutRequest): Record<string, unknown> {
  const animate = request.nodeCount < animateBelow;
  const common = { fit: !request.incremental, padding: 30, animate, animationDuration: 300 };
  switch (request.name) {
    case 'fcose': {
      const draft = request.nodeCount > draftAbove;
      // Draft is fcose's spectral step alone, which only a randomized run takes: an expansion of a large
      // view (placed nodes kept) would skip it and fail inside fcose (relocateComponent reads a spectral
      // result that is not there), and the force step costs minutes at this size. Its newcomers stay
      // where the canvas put them, beside a neighbour (Canvas.tsx).
      if (draft && request.incremental) return { ...common, name: 'preset' };
      return {
        ...common,
        name: 'fcose',
        quality: draft ? 'draft' : 'default',
        randomize: !request.incremental,
        nodeDimensionsIncludeLabels: !draft,
        idealEdgeLength: 90,
        nodeRepulsion: 6000,
        packComponents: true,
        ...(draft ? { nodeSeparation: draftSeparation(request.nodeCount) } : {}),
      };
    }
    case 'dagre':
      return {
        ...common,
        name: 'dagre',
        rankDir: request.flow === 'topDown' ? 'TB' : 'LR',
        nodeSep: 24,
        rankSep: request.flow === 'topDown' ? 60 : 110,
        edgeSep: 8,
        // Labels are wider than the nodes: count them, or neighbours' names overlap.
        nodeDimensionsIncludeLabels: true,
        // Columns of small nodes with the label beside them (style.ts): tight rows, labels give the width.
        ...(request.flow === 'leftToRight' ? { minLen: bearerMinLen, nodeSep: 10, rankSep: 22 } : {}),
      };
    case 'rings':
      // Positions come from rings.ts (hop rings around the subject); the canvas fills them in.
      return { ...common, name: 'preset' };
    case 'grid':
      return { ...common, name: 'grid', avoidOverlap: true };
  }
}
