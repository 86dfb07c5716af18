import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { detailClass, detailZoom, markDetail, maxDetailNodes } from '../../web/src/graph/levelOfDetail.ts';
import { startReadable } from '../../web/src/graph/viewport.ts';
import { stylesheet } from '../../web/src/graph/style.ts';

/**
 * A headless canvas has a 1 × 1 viewport: at zoom 1 and pan 0 its extent is the unit square, so
 * nodes placed inside it are "in view". `leaves` nodes hang off the hub n0; `loners` have no links.
 */
function view(leaves: number, loners: number) {
  const inside = (i: number) => ({ x: (i % 100) / 100, y: Math.floor(i / 100) / 100 });
  const elements: cytoscape.ElementDefinition[] = [{ data: { id: 'n0' }, position: inside(0) }];
  for (let i = 1; i <= leaves; i++) elements.push({ data: { id: `leaf${i}` }, position: inside(i) }, { data: { id: `e${i}`, source: 'n0', target: `leaf${i}` } });
  for (let i = 0; i < loners; i++) elements.push({ data: { id: `loner${i}` }, position: inside(leaves + 1 + i) });
  elements.push({ data: { id: 'far' }, position: { x: 50, y: 50 } }, { data: { id: 'toFar', source: 'n0', target: 'far' } });
  // Added after creation: the constructor would lay the nodes out.
  const cy = cytoscape({ headless: true });
  cy.add(elements);
  cy.zoom(1);
  cy.pan({ x: 0, y: 0 });
  return cy;
}

describe('level of detail of a large view', () => {
  it('draws every node in view in detail, with the edges among them, when few are in view', () => {
    const cy = view(20, 5);
    markDetail(cy, true);
    expect(cy.nodes(`.${detailClass}`).length).toBe(26);
    expect(cy.getElementById('far').hasClass(detailClass)).toBe(false);
    expect(cy.getElementById('e3').hasClass(detailClass)).toBe(true);
    expect(cy.getElementById('toFar').hasClass(detailClass)).toBe(false);
  });

  it('draws at most the cap in detail when a dense view puts more in view, the best connected and the highlighted first', () => {
    const cy = view(maxDetailNodes - 10, 50);
    cy.getElementById('loner7').addClass('highlighted');
    markDetail(cy, true);
    const detailed = cy.nodes(`.${detailClass}`);
    expect(detailed.length).toBe(maxDetailNodes);
    expect(detailed.map((node) => node.id())).toEqual(expect.arrayContaining(['n0', 'loner7', 'leaf1', `leaf${maxDetailNodes - 10}`]));
    // The hub and its leaves (linked) come before the unlinked nodes: 291 linked + the highlighted loner leave room for 8 more loners.
    expect(detailed.filter((node) => node.id().startsWith('loner')).length).toBe(9);
  });

  it('draws nothing in detail zoomed out, and nothing in a view that is not large', () => {
    const cy = view(20, 0);
    markDetail(cy, true);
    cy.zoom(detailZoom / 2);
    markDetail(cy, true);
    expect(cy.elements(`.${detailClass}`).length).toBe(0);
    cy.zoom(1);
    markDetail(cy, false);
    expect(cy.elements(`.${detailClass}`).length).toBe(0);
  });

  it('labels the window a large view starts with, at its subject', () => {
    const cy = view(20, 0);
    // Fitted whole, too small to read: the view starts readable at its subject.
    cy.zoom(0.01);
    startReadable(cy, cy.elements(), 'n0', 'free');
    markDetail(cy, true);
    expect(cy.getElementById('n0').hasClass(detailClass)).toBe(true);
  });
});

describe('stylesheet of a large view', () => {
  /** A company (its kind's shape and colour) and a person linked by a shareholding; `detail` marks both and the edge. */
  function styled(flow: 'free' | 'leftToRight', detail: boolean) {
    const classes = detail ? detailClass : '';
    return cytoscape({
      headless: true,
      styleEnabled: true,
      style: stylesheet(flow, true),
      elements: [
        { data: { id: 'c', kind: 'Company', label: 'Example Co.' }, classes },
        { data: { id: 'p', kind: 'Person', label: 'Zhang San' }, classes },
        { data: { id: 's', source: 'p', target: 'c', type: 'SHAREHOLDER_OF', label: '40%' }, classes },
      ],
    });
  }

  it('draws bodies only outside the detail: no labels, straight edges without arrowheads, the kinds still apart', () => {
    const cy = styled('free', false);
    const company = cy.getElementById('c');
    expect(company.style('label')).toBe('');
    expect(company.style('shape')).toBe('round-rectangle');
    expect(company.style('width')).toBe('34px');
    expect(cy.getElementById('p').style('shape')).toBe('ellipse');
    const edge = cy.getElementById('s');
    expect(edge.style('curve-style')).toBe('haystack');
    expect(edge.style('target-arrow-shape')).toBe('none');
    expect(edge.style('label')).toBe('');
    expect(edge.style('line-color')).toBe('rgb(0,114,178)');
  });

  it('draws the detail as the full stylesheet does: labels, curved edges with arrowheads and their colour', () => {
    const cy = styled('free', true);
    expect(cy.getElementById('c').style('label')).toBe('Example Co.');
    expect(cy.getElementById('c').style('text-background-opacity')).toBe('0.75');
    const edge = cy.getElementById('s');
    expect(edge.style('curve-style')).toBe('bezier');
    expect(edge.style('target-arrow-shape')).toBe('triangle');
    expect(edge.style('target-arrow-color')).toBe('rgb(0,114,178)');
    expect(edge.style('label')).toBe('40%');
  });

  it('keeps a reading direction\'s own detail (left to right: labels beside the nodes, straight unlabelled edges)', () => {
    const cy = styled('leftToRight', true);
    expect(cy.getElementById('c').style('text-halign')).toBe('right');
    expect(cy.getElementById('s').style('curve-style')).toBe('straight');
    expect(cy.getElementById('s').style('label')).toBe('');
  });
});
