/// <reference lib="dom" />
/**
 * Runs in headless Chromium (bundled by frontend.ts): the explorer's own element mapping,
 * stylesheet and layout options on a synthetic view of N elements, timed with the page's clock.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { toElements, type GraphViewLike, type ViewNodeLike } from '../../../web/src/graph/elements.ts';
import { defaultLayout, flowOf, layoutOptions } from '../../../web/src/graph/layout.ts';
import { stylesheet } from '../../../web/src/graph/style.ts';
import { layoutInWorker } from '../../../web/src/graph/workerLayout.ts';
import { Random } from '../../../seed/synthetic/random.ts';

cytoscape.use(fcose);

export interface RenderFigures {
  elements: number;
  nodes: number;
  edges: number;
  /** Element creation + first frame drawn. */
  renderMs: number;
  /** The explorer's layout for this size (fcose, draft above 1,000 nodes) until the frame after it stops. */
  layoutMs: number;
  /** Animation frames per second while the view was panned by a step every frame. */
  panFps: number;
  /** The longest the page went without a frame while the layout computed positions (before drawing them): how long the layout froze it. */
  layoutFreezeMs: number;
  /** What the renderer actually used (WebGL silently falls back to canvas when no context). */
  renderer: string;
}

const kinds: Array<[string, number]> = [
  ['Company', 0.6],
  ['Person', 0.3],
  ['Listing', 0.05],
  ['Agency', 0.05],
];

/** A company-graph-like view: a random tree plus cross links, 40 % nodes and 60 % edges. */
export function syntheticView(elements: number, seed: number): GraphViewLike {
  const random = new Random(seed);
  const nodeCount = Math.round(elements * 0.4);
  const edgeCount = elements - nodeCount;
  const nodes: ViewNodeLike[] = [];
  for (let i = 0; i < nodeCount; i++) {
    let roll = random.next();
    const kind = kinds.find(([, share]) => (roll -= share) < 0)?.[0] ?? 'Company';
    nodes.push({ id: `n${i}`, kind, label: `${kind === 'Person' ? '张' : '示例'}${i}${kind === 'Company' ? '科技有限公司' : ''}`, activeListKinds: random.chance(0.02) ? ['blacklist'] : [] });
  }
  const edges = [];
  const seen = new Set<string>();
  for (let e = 0; edges.length < edgeCount; e++) {
    const target = e < nodeCount - 1 ? e + 1 : random.int(nodeCount);
    const source = random.int(e < nodeCount - 1 ? target : nodeCount);
    const id = `n${source}-SHAREHOLDER_OF-n${target}`;
    if (source === target || seen.has(id)) continue;
    seen.add(id);
    edges.push({ id, source: `n${source}`, target: `n${target}`, type: 'SHAREHOLDER_OF', share: random.between(1, 100) / 100 });
  }
  return { nodes, edges, truncated: [] };
}

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Two animation frames: the one that draws, and the one after it (so the draw has completed). */
async function settled(): Promise<void> {
  await nextFrame();
  await nextFrame();
}

/**
 * What a large view could switch to (the fix the 10k row measures): straight haystack edges, no
 * labels, and Cytoscape's viewport shortcuts (a bitmap of the graph while panning, edges hidden).
 */
const leanStyle: cytoscape.StylesheetJson = [
  { selector: 'node', style: { label: '' } },
  { selector: 'edge', style: { 'curve-style': 'haystack', label: '', 'target-arrow-shape': 'none' } },
];
const leanOptions = { hideEdgesOnViewport: true, textureOnViewport: true, pixelRatio: 1 };

/** Watches animation frames until stopped: the longest gap between two frames seen is how long the page could not respond. */
function frameWatch(): () => number {
  let last = performance.now();
  let longest = 0;
  let on = true;
  const tick = (now: number) => {
    if (!on) return;
    longest = Math.max(longest, now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return () => {
    on = false;
    return longest;
  };
}

/**
 * `workerCode`: the explorer's layout worker (layoutWorker.ts bundled): the layout runs there, as the
 * explorer runs it for large views, and its positions land as a preset layout.
 * `cached`: the view was laid out before, so the explorer draws it with a preset layout from its
 * position cache (web/src/graph/positionCache.ts); the positions come from an untimed run first.
 */
export async function measureRender(elementCount: number, webgl: boolean, panSeconds: number, lean = false, cached = false, workerCode: string | null = null): Promise<RenderFigures> {
  const container = document.getElementById('cy')!;
  const view = syntheticView(elementCount, 42);
  const elements = toElements(view, { lang: 'zh' });
  const remembered = cached ? await laidOutPositions(container, elements) : null;

  const start = performance.now();
  const cy = cytoscape({
    container,
    elements: elements as cytoscape.ElementDefinition[],
    style: lean ? [...stylesheet(), ...leanStyle] : stylesheet(),
    layout: { name: 'grid' },
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    ...(lean ? leanOptions : {}),
  } as cytoscape.CytoscapeOptions);
  await settled();
  const renderMs = performance.now() - start;

  const layoutStart = performance.now();
  const watch = frameWatch();
  // What the explorer runs for a neighbourhood in Explore mode (fcose, draft quality above 1,000 nodes).
  const request = { name: defaultLayout('explore'), flow: flowOf('explore', true), nodeCount: cy.nodes().length };
  const fromWorker = workerCode ? await workerPositions(cy, layoutOptions(request), workerCode) : null;
  const preset = remembered ?? fromWorker;
  // Positions known without computing on the page (worker, cache): the freeze so far is all there is.
  const presetFreeze = preset ? watch() : null;
  const options = preset
    ? { name: 'preset', positions: (node: cytoscape.NodeSingular) => preset.get(node.id()) ?? { x: 0, y: 0 }, fit: true, animate: false }
    : layoutOptions(request);
  const layout = cy.layout(options as unknown as cytoscape.LayoutOptions);
  const stopped = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  layout.run();
  await stopped;
  // The frame after a main-thread layout: the watch has seen the gap the computation left, not yet the redraw.
  if (presetFreeze === null) await nextFrame();
  const layoutFreezeMs = presetFreeze ?? watch();
  await settled();
  const layoutMs = performance.now() - layoutStart;

  // Frames the page produced while panning by a step per frame: a slow redraw delays the next frame.
  let frames = 0;
  const panStart = performance.now();
  while (performance.now() - panStart < panSeconds * 1000) {
    cy.panBy({ x: 3, y: 2 });
    await nextFrame();
    frames++;
  }
  const panFps = frames / ((performance.now() - panStart) / 1000);

  const renderer = webgl && hasWebgl() ? 'webgl' : 'canvas';
  const counts = { elements: elements.length, nodes: cy.nodes().length, edges: cy.edges().length };
  cy.destroy();
  return { ...counts, renderMs, layoutMs, panFps, layoutFreezeMs, renderer };
}

/** The layout run in the explorer's worker (workerLayout.ts), the worker started from its bundled code. */
async function workerPositions(cy: cytoscape.Core, options: Record<string, unknown>, code: string): Promise<Map<string, { x: number; y: number }>> {
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  const job = layoutInWorker(
    {
      nodes: cy.nodes().map((node) => ({ id: node.id(), width: node.outerWidth(), height: node.outerHeight() })),
      edges: cy.edges().map((edge) => ({ id: edge.id(), source: edge.source().id(), target: edge.target().id() })),
      options,
    },
    () => new Worker(url),
  );
  const positions = await job.positions;
  URL.revokeObjectURL(url);
  return new Map(Object.entries(positions));
}

/** The explorer's fresh layout of these elements, run once headless (not timed). */
async function laidOutPositions(container: HTMLElement, elements: readonly unknown[]): Promise<Map<string, { x: number; y: number }>> {
  const scratch = cytoscape({ container, elements: elements as cytoscape.ElementDefinition[], style: stylesheet(), layout: { name: 'grid' } } as cytoscape.CytoscapeOptions);
  const request = { name: defaultLayout('explore'), flow: flowOf('explore', true), nodeCount: scratch.nodes().length };
  const layout = scratch.layout(layoutOptions(request) as unknown as cytoscape.LayoutOptions);
  const stopped = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  layout.run();
  await stopped;
  const positions = new Map(scratch.nodes().map((node) => [node.id(), { ...node.position() }] as const));
  scratch.destroy();
  return positions;
}

function hasWebgl(): boolean {
  return Boolean(document.createElement('canvas').getContext('webgl2'));
}

(window as unknown as { scsBench: unknown }).scsBench = { measureRender };
