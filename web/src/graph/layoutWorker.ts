/**
 * The web worker of workerLayout.ts: a headless Cytoscape with the canvas's sizing rules (so the nodes
 * have their drawn sizes) runs the requested layout (fcose, no animation) and posts the positions back.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutAnswer, LayoutJob } from './workerLayout.ts';
import { positionsOf } from './placement.ts';

cytoscape.use(fcose);

// The worker's global scope (this file compiles with the DOM library, not the worker one).
const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<LayoutJob>) => void) | null; postMessage(answer: LayoutAnswer): void };

scope.onmessage = (event) => {
  try {
    const { elements, style, options } = event.data;
    // Only the rules that size nodes (sizingJob.ts): no labels to measure (that needs a document; draft quality does not count them).
    // A draft layout gets none: then nothing is styled at all.
    const styled = (style as unknown[]).length > 0;
    const cy = cytoscape({ headless: true, styleEnabled: styled, ...(styled ? { style } : {}), elements: elements as cytoscape.ElementDefinition[] });
    const layout = cy.layout({ ...options, animate: false, fit: false } as unknown as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => {
      const positions = positionsOf(cy.nodes());
      cy.destroy();
      scope.postMessage({ positions });
    });
    layout.run();
  } catch (error) {
    scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
