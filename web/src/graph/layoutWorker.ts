/**
 * The web worker of workerLayout.ts: a headless Cytoscape with the nodes at their drawn sizes runs
 * the requested layout (fcose, no animation) and posts the positions back.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutAnswer, LayoutJob } from './workerLayout.ts';
import type { Positions } from './positionCache.ts';

cytoscape.use(fcose);

// The worker's global scope (this file compiles with the DOM library, not the worker one).
const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<LayoutJob>) => void) | null; postMessage(answer: LayoutAnswer): void };

scope.onmessage = (event) => {
  try {
    const { nodes, edges, options } = event.data;
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)', 'border-width': 0 } }],
      elements: [...nodes.map((node) => ({ group: 'nodes' as const, data: node })), ...edges.map((edge) => ({ group: 'edges' as const, data: edge }))],
    });
    const layout = cy.layout({ ...options, animate: false, fit: false } as unknown as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => {
      const positions: Positions = {};
      cy.nodes().forEach((node) => {
        const p = node.position();
        positions[node.id()] = { x: Math.round(p.x), y: Math.round(p.y) };
      });
      cy.destroy();
      scope.postMessage({ positions });
    });
    layout.run();
  } catch (error) {
    scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
