/**
 * Which layout to run. Force-directed fcose for exploration — `draft` quality above ~1,000 nodes
 * (measured: default quality took 178 s on 2,000 nodes / 4,000 edges, draft 1 s) — and layered
 * dagre for the hierarchies (sanction trace left to right, ownership top-down); concentric rings
 * by hop for exposure.
 */
import type { Mode } from '../state/route.ts';

export const layoutNames = ['fcose', 'dagre', 'concentric', 'grid'] as const;
export type LayoutName = (typeof layoutNames)[number];

export const draftAbove = 1000;
/** Animating thousands of nodes costs more than it shows. */
const animateBelow = 300;

export function defaultLayout(mode: Mode): LayoutName {
  switch (mode) {
    case 'trace':
    case 'ownership':
      return 'dagre';
    case 'exposure':
      return 'concentric';
    default:
      return 'fcose';
  }
}

/**
 * Edge types that point against a mode's reading order: the trace reads listing → list → memorandum
 * → measure → agencies → bearers, but TRIGGERED_BY points from the memorandum/measure to the list,
 * BEARS and the bearers' ties from the person to the measure/company. The canvas swaps them for the
 * layered layout and keeps the arrowhead where the relationship really points.
 */
export function againstFlow(mode: Mode): ReadonlySet<string> {
  if (mode === 'trace') return new Set(['TRIGGERED_BY', 'BEARS', 'LEGAL_REPRESENTATIVE_OF', 'OFFICER_OF', 'ACTUAL_CONTROLLER_OF', 'CONTROLLING_SHAREHOLDER_OF']);
  return new Set();
}

/** Trace: bearers one rank beyond the agencies (the measure → bearer edge spans two ranks). */
const traceMinLen = (edge: { data(key: string): unknown }) => (edge.data('type') === 'BEARS' ? 2 : 1);

export interface LayoutRequest {
  name: LayoutName;
  mode: Mode;
  nodeCount: number;
  /** Lay out only new nodes around the ones already placed (after an expansion). */
  incremental?: boolean;
}

/** Cytoscape layout options (plain data; extensions registered by the canvas). */
export function layoutOptions(request: LayoutRequest): Record<string, unknown> {
  const animate = request.nodeCount < animateBelow;
  const common = { fit: !request.incremental, padding: 30, animate, animationDuration: 300 };
  switch (request.name) {
    case 'fcose':
      return {
        ...common,
        name: 'fcose',
        quality: request.nodeCount > draftAbove ? 'draft' : 'default',
        randomize: !request.incremental,
        nodeDimensionsIncludeLabels: request.nodeCount <= draftAbove,
        idealEdgeLength: 90,
        nodeRepulsion: 6000,
        packComponents: true,
      };
    case 'dagre':
      return {
        ...common,
        name: 'dagre',
        rankDir: request.mode === 'ownership' ? 'TB' : 'LR',
        nodeSep: 18,
        rankSep: request.mode === 'ownership' ? 70 : 110,
        edgeSep: 8,
        ...(request.mode === 'trace' ? { minLen: traceMinLen, nodeSep: 6, rankSep: 40, nodeDimensionsIncludeLabels: true } : {}),
      };
    case 'concentric':
      // Rings by hop from the subject (data.ring: 0 = subject); nodes without a ring go outside.
      return {
        ...common,
        name: 'concentric',
        concentric: (node: { data(key: string): unknown }) => 100 - Number(node.data('ring') ?? 99),
        levelWidth: () => 1,
        minNodeSpacing: 24,
      };
    case 'grid':
      return { ...common, name: 'grid', avoidOverlap: true };
  }
}
