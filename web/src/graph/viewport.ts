/**
 * Where a freshly laid-out view starts: fitted whole, but never zoomed in absurdly far on a handful
 * of nodes, and a big view too small to read when fitted starts readable at its focus (Fit shows it
 * all). A large view then also draws only what is in that window, not all of its elements.
 */
import type { Collection, Core } from 'cytoscape';
import type { Flow } from './layout.ts';

export const comfortableZoom = 1.4;
// Labels keep their size down to labelSize.ts's hold zoom, so a view this far out still reads.
export const readableZoom = 0.7;

export function startReadable(cy: Core, content: Collection, focusId: string | null, flow: Flow): void {
  if (cy.zoom() > comfortableZoom) {
    cy.zoom(comfortableZoom);
    cy.center();
  }
  const focus = focusId ? cy.getElementById(focusId) : null;
  if (!focus?.nonempty() || cy.zoom() >= readableZoom) return;
  cy.zoom(readableZoom);
  cy.center(focus);
  // A left-to-right view is read from its first column: keep that at the left edge, the focus at mid-height.
  if (flow === 'leftToRight') cy.pan({ x: 20 - content.boundingBox().x1 * readableZoom, y: cy.pan().y });
}
