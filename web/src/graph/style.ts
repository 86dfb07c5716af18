/**
 * The Cytoscape stylesheet. Labels are culled when zoomed out (`min-zoomed-font-size`) so a
 * 5,000-element view stays smooth; kinds come from kinds.ts; list status is a border mark.
 */
import type { StylesheetJson } from 'cytoscape';
import type { Flow } from './layout.ts';
import { kindLooks, kindNames, markedListKinds } from './kinds.ts';
import { moreKind } from './elements.ts';
import { groupKind } from './grouping.ts';
import { largeViewStyle } from './levelOfDetail.ts';

/**
 * Labels wrap only at whitespace, in both languages: lineBreaks.ts marks where a Chinese label may
 * break (never before closing punctuation); `large`: the level of detail of a large view (levelOfDetail.ts).
 */
export function stylesheet(flow: Flow = 'free', large = false): StylesheetJson {
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 11,
        'min-zoomed-font-size': 7,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-overflow-wrap': 'whitespace',
        'text-max-width': '150px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        width: 28,
        height: 28,
        'border-width': 1,
        'border-color': '#333333',
      },
    },
    ...kindNames.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: { shape: kindLooks[kind].shape, 'background-color': kindLooks[kind].colour },
    })) as StylesheetJson,
    { selector: 'node[kind = "Company"], node[kind = "Agency"]', style: { width: 34, height: 30 } },
    {
      selector: `node[kind = "${moreKind}"]`,
      style: {
        shape: 'round-rectangle',
        'background-color': '#ffffff',
        'border-style': 'dashed',
        'border-color': '#555555',
        label: 'data(label)',
        'text-valign': 'center',
        'text-margin-y': 0,
        width: 40,
        height: 20,
        'font-weight': 'bold',
      },
    },
    // A group of like nodes (grouping.ts): its members' shape and colour, bigger, with a dashed ring.
    ...kindNames.map((kind) => ({
      selector: `node[kind = "${groupKind}"][memberKind = "${kind}"]`,
      style: { shape: kindLooks[kind].shape, 'background-color': kindLooks[kind].colour },
    })) as StylesheetJson,
    {
      selector: `node[kind = "${groupKind}"]`,
      style: { width: 44, height: 44, 'border-width': 3, 'border-style': 'dashed', 'border-color': '#333333', 'font-weight': 'bold' },
    },
    ...markedListKinds.map(({ look }) => ({
      selector: `node.${look.className}`,
      style: { 'border-width': look.width, 'border-color': look.colour, 'border-style': look.style },
    })),
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#8a8a8a',
        'target-arrow-color': '#8a8a8a',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': 9,
        'min-zoomed-font-size': 9,
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
      },
    },
    { selector: 'edge[type = "SHAREHOLDER_OF"]', style: { 'line-color': '#0072B2', 'target-arrow-color': '#0072B2' } },
    { selector: 'edge[type = "LEGAL_REPRESENTATIVE_OF"], edge[type = "OFFICER_OF"]', style: { 'line-style': 'dashed' } },
    { selector: 'edge[type = "MORE"]', style: { 'line-style': 'dotted', 'target-arrow-shape': 'none' } },
    { selector: 'edge.against', style: { 'source-arrow-shape': 'triangle', 'source-arrow-color': '#8a8a8a', 'target-arrow-shape': 'none' } },
    { selector: 'edge[type = "BEARS"]', style: { 'line-style': 'dashed', 'line-color': '#b07aa1', 'source-arrow-color': '#b07aa1', 'target-arrow-color': '#b07aa1' } },
    { selector: 'node.flagged', style: { 'border-width': 4, 'border-style': 'dashed', 'border-color': '#D55E00' } },
    { selector: 'node.marked', style: { 'font-weight': 'bold', 'border-width': 3, 'border-color': '#7a4d00' } },
    { selector: '.inactive', style: { opacity: 0.25 } },
    { selector: 'node.pinned', style: { 'outline-width': 2, 'outline-color': '#555555', 'outline-offset': 2 } },
    // The label moves out by the halo's padding, so the halo never runs under its first line.
    { selector: 'node.highlighted', style: { 'underlay-color': '#F0E442', 'underlay-opacity': 0.6, 'underlay-padding': 8, 'text-margin-y': 4 + 8 } },
    { selector: 'edge.highlighted', style: { width: 4, 'line-color': '#D55E00', 'target-arrow-color': '#D55E00', 'source-arrow-color': '#D55E00' } },
    { selector: ':selected', style: { 'overlay-color': '#0072B2', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    {
      selector: 'node.ring-guide',
      style: {
        shape: 'ellipse',
        width: 'data(diameter)',
        height: 'data(diameter)',
        'background-opacity': 0,
        'border-width': 1,
        'border-style': 'dashed',
        'border-color': '#9aa7b0',
        'text-valign': 'bottom',
        'text-margin-y': -16,
        color: '#6b7a86',
        'font-size': 11,
        'text-background-opacity': 0,
        events: 'no',
        'z-index': 0,
      },
    },
    ...(flow === 'leftToRight' ? leftToRight : []),
    ...(flow === 'topDown' ? topDown : []),
  ];
  return large ? largeViewStyle(sheet) : sheet;
}

/** Ownership reads top down: shares on the edges stay horizontal. */
const topDown: StylesheetJson = [{ selector: 'edge', style: { 'text-rotation': 'none', 'text-wrap': 'wrap', 'font-size': 10, 'min-zoomed-font-size': 6, 'control-point-step-size': 80 } }];

/**
 * The trace and the first screen read left to right in columns: small nodes with the label beside them, so a column of
 * thirty agencies still fits the screen at a zoom where the labels are drawn.
 */
const leftToRight: StylesheetJson = [
  {
    selector: 'node',
    style: { width: 16, height: 16, 'font-size': 10, 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 3, 'text-margin-y': 0, 'text-max-width': '118px', 'min-zoomed-font-size': 6 },
  },
  { selector: 'node[kind = "Company"], node[kind = "Agency"]', style: { width: 18, height: 16 } },
  { selector: 'edge', style: { label: '', 'curve-style': 'straight', opacity: 0.6 } },
  { selector: 'node.highlighted', style: { 'text-margin-y': 0, 'text-margin-x': 3 + 8 } },
  { selector: 'edge.highlighted', style: { opacity: 1 } },
];
