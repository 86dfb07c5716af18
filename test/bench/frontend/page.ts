/// <reference lib="dom" />
/**
 * Runs in headless Chromium (bundled by frontend.ts): the explorer's own element mapping,
 * stylesheet and layout options on a synthetic view of N elements, timed with the page's clock.
 */
import './seededRandom.ts';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { toElements, type Element } from '../../../web/src/graph/elements.ts';
import { defaultLayout, flowOf, layoutOptions } from '../../../web/src/graph/layout.ts';
import { isLargeView, markDetail, setViewportShortcuts } from '../../../web/src/graph/levelOfDetail.ts';
import { startReadable } from '../../../web/src/graph/viewport.ts';
import { addWindowFirst, fitWhole } from '../../../web/src/graph/windowFirst.ts';
import { definition, positionsOf } from '../../../web/src/graph/placement.ts';
import type { Positions } from '../../../web/src/graph/positionCache.ts';
import { stylesheet } from '../../../web/src/graph/style.ts';
import { layoutInWorker, prepareWorker } from '../../../web/src/graph/workerLayout.ts';
import { overlappingShare, type Box } from './overlap.ts';
import { subjectId, syntheticView } from './syntheticView.ts';

cytoscape.use(fcose);

export interface RenderFigures {
  elements: number;
  nodes: number;
  edges: number;
  /**
   * Element creation, style, fit and the frame drawn once the view is on the canvas, laid out (all but
   * computing positions); a large view at known positions is drawn once its start window is complete
   * (the rest joins when the viewport reaches it: windowFirst.ts), `elementsAtStart` says how much that is.
   */
  renderMs: number;
  /** Until the start window is drawn complete: `renderMs` + `layoutMs` (kept for the rows of earlier sessions). */
  firstViewMs: number;
  /** Elements on the canvas when the view is first drawn (all of them, but for a large view at known positions). */
  elementsAtStart: number;
  /** Computing the positions: the explorer's layout for this size (fcose, draft above 1,000 nodes) on the page or in its worker; 0 when cached. */
  layoutMs: number;
  /** Animation frames per second while the view was dragged with the mouse by a step every frame. */
  panFps: number;
  /** The same, panned in code (`cy.panBy`), which Cytoscape's viewport shortcuts do not apply to. */
  panByFps: number;
  /** The Fit button afterwards until drawn: every element of the view added (what still waited off screen) and on screen. */
  fitMs: number;
  /**
   * Until every element of the view is on the canvas and drawn, laid out: `firstViewMs`, plus `fitMs`
   * when the start window left some off the canvas (an analyst who presses Fit as soon as the view appears).
   */
  wholeViewMs: number;
  /** The longest the page went without a frame while the layout computed positions (before drawing them): how long the layout froze it. */
  layoutFreezeMs: number;
  /** What the renderer actually used (WebGL silently falls back to canvas when no context). */
  renderer: string;
  /** Readability of the layout: the share of nodes whose drawn body overlaps another node's (0–1). */
  overlapping: number;
  /** Nodes (partly) inside the window the view starts with. */
  startInView: number;
}

/** The nodes' drawn bodies (without labels) in model coordinates. */
function bodies(cy: cytoscape.Core): Box[] {
  return cy.nodes().map((node) => node.boundingBox({ includeLabels: false, includeOverlays: false }));
}

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Two animation frames: the one that draws, and the one after it (so the draw has completed). */
async function settled(): Promise<void> {
  await nextFrame();
  await nextFrame();
}

/** Watches animation frames until stopped: the longest gap between two frames seen is how long the page could not respond. */
function frameWatch(): () => number {
  let last = performance.now();
  let longest = 0;
  let on = true;
  // The page's clock, not the frame's timestamp (a frame may be stamped before a long task that delayed it ended).
  const tick = () => {
    if (!on) return;
    const now = performance.now();
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

/** What `drawView` leaves for `measureMotion`: the drawn view and its figures so far. */
interface Drawn {
  cy: cytoscape.Core;
  container: HTMLElement;
  webgl: boolean;
  figures: Omit<RenderFigures, 'panFps' | 'panByFps' | 'fitMs' | 'wholeViewMs' | 'overlapping' | 'renderer'>;
}
let drawn: Drawn | null = null;

/**
 * The explorer's canvas path (Canvas.tsx) for one fresh view, with the explorer's own stylesheet
 * (style.ts, the large-view level of detail included: levelOfDetail.ts), viewport shortcuts and
 * placement (placement.ts):
 * - `cached`: the view was laid out before, so its nodes are added at their remembered positions
 *   (web/src/graph/positionCache.ts) and nothing is laid out; the positions come from an untimed run first;
 * - a worker (`prepareView`'s `workerCode`): the explorer's layout worker (layoutWorker.ts bundled) computes the positions
 *   while the page keeps drawing frames, then the nodes are added at them;
 * - neither: the nodes are added and the layout runs on the page.
 * `render ms` is everything but computing positions (adding, styling, fitting, the frame drawn once
 * every element is on the canvas), `layout ms` computing them; their sum is the wait until the whole
 * laid-out view is on the canvas. A large view at known positions (cached, worker) is added window
 * first, as the explorer does: `first view ms` is the wait until its start window is drawn complete.
 * Two steps, so the harness can read the page's CPU time around the first (`drawView`, then `measureMotion`).
 */
/**
 * The view `prepareView` built for `drawView` (untimed work: the synthetic view, its cached positions,
 * and the layout worker started ahead, as the explorer's canvas starts one when it mounts).
 */
let prepared: { container: HTMLElement; elements: Element[]; large: boolean; style: cytoscape.StylesheetJson; options: Record<string, unknown>; remembered: Positions | null; makeWorker: (() => Worker) | null } | null = null;

export async function prepareView(elementCount: number, cached = false, workerCode: string | null = null): Promise<void> {
  const container = document.getElementById('cy')!;
  const view = syntheticView(elementCount, 42);
  const elements = toElements(view, { lang: 'zh' });
  const large = isLargeView(elements.length);
  const style = stylesheet(flowOf('explore', true), large);
  const nodeCount = elements.filter((element) => element.group === 'nodes').length;
  // What the explorer runs for a neighbourhood in Explore mode (fcose, draft quality above 1,000 nodes).
  const options = layoutOptions({ name: defaultLayout('explore'), flow: flowOf('explore', true), nodeCount });
  const remembered = cached ? await laidOutPositions(container, elements, style, options) : null;
  const makeWorker = workerCode ? workerMaker(workerCode) : null;
  if (makeWorker) {
    prepareWorker(makeWorker);
    // The canvas starts its worker when it mounts, long before a large view arrives: booted by the time drawView asks for it.
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  prepared = { container, elements, large, style, options, remembered, makeWorker };
}

export async function drawView(webgl: boolean): Promise<void> {
  if (!prepared) throw new Error('drawView before prepareView');
  const { container, elements, large, style, options, remembered, makeWorker } = prepared;
  const start = performance.now();
  const cy = cytoscape({ container, style, ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}) } as cytoscape.CytoscapeOptions);
  setViewportShortcuts(cy, large);
  const watch = frameWatch();
  let layoutMs = 0;
  let layoutFreezeMs = 0;
  let firstViewMs: number | null = null;
  /** As the explorer draws a view at known positions (Canvas.tsx): a large one window first, drawn once that window is complete. */
  const place = async (positions: Positions) => {
    if (!large) return cy.batch(() => cy.add(elements.map((element) => definition(element, positions))));
    addWindowFirst(cy, elements, positions, subjectId, flowOf('explore', true));
    markDetail(cy, true);
    await settled();
    firstViewMs = performance.now() - start;
  };
  if (remembered) {
    watch();
    await place(remembered);
  } else if (makeWorker) {
    const computing = performance.now();
    const positions = await layoutInWorker({ elements, style, options }, makeWorker).positions;
    layoutMs = performance.now() - computing;
    // Positions computed off the page: the freeze so far is all there is.
    layoutFreezeMs = watch();
    await place(positions);
  } else {
    cy.batch(() => cy.add(elements.map((element) => definition(element))));
    const computing = performance.now();
    const layout = cy.layout({ ...options, fit: false } as unknown as cytoscape.LayoutOptions);
    const stopped = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layout.run();
    await stopped;
    layoutMs = performance.now() - computing;
    // The frame after a main-thread layout: the watch has seen the gap the computation left, not yet the redraw.
    await nextFrame();
    layoutFreezeMs = watch();
  }
  if (firstViewMs === null) {
    cy.fit(undefined, 30);
    // As the explorer starts a view (Canvas.tsx): readable at the subject when the whole is too small to read.
    startReadable(cy, cy.elements(), subjectId, flowOf('explore', true));
    markDetail(cy, large);
    await settled();
  }
  const renderMs = (firstViewMs ?? performance.now() - start) - layoutMs;
  const extent = cy.extent();
  const startInView = cy.nodes().filter((node) => {
    const box = node.boundingBox({ includeLabels: false });
    return box.x2 > extent.x1 && box.x1 < extent.x2 && box.y2 > extent.y1 && box.y1 < extent.y2;
  }).length;
  const nodes = elements.filter((element) => element.group === 'nodes').length;
  const counts = { elements: elements.length, nodes, edges: elements.length - nodes, elementsAtStart: cy.elements().length };
  drawn = { cy, container, webgl, figures: { ...counts, renderMs, firstViewMs: renderMs + layoutMs, layoutMs, layoutFreezeMs, startInView } };
}

/** What `measureMotion` leaves for `measureFit`. */
let panned: { drawn: Drawn; panFps: number; panByFps: number } | null = null;

/** Panning the view `drawView` drew (then `measureFit`: three steps, so the harness can read the page's CPU time around the fit too). */
export async function measureMotion(panSeconds: number): Promise<void> {
  if (!drawn) throw new Error('measureMotion before drawView');
  const { cy, container } = drawn;
  const panFps = await dragPanFps(cy, container, panSeconds);
  const panByFps = await panByFpsOf(cy, panSeconds);
  panned = { drawn, panFps, panByFps };
  drawn = null;
}

/** The whole view at once (the Fit button): every element added and drawn; then the figures, and the view is destroyed. */
export async function measureFit(): Promise<RenderFigures> {
  if (!panned) throw new Error('measureFit before measureMotion');
  const { drawn: { cy, webgl, figures }, panFps, panByFps } = panned;
  panned = null;
  const fitting = performance.now();
  fitWhole(cy);
  await settled();
  const fitMs = performance.now() - fitting;
  if (cy.elements().length !== figures.elements) throw new Error(`the Fit button left ${figures.elements - cy.elements().length} elements off the canvas`);
  const overlapping = overlappingShare(bodies(cy));
  const renderer = webgl && hasWebgl() ? 'webgl' : 'canvas';
  cy.destroy();
  const wholeViewMs = figures.firstViewMs + (figures.elementsAtStart < figures.elements ? fitMs : 0);
  return { ...figures, panFps, panByFps, fitMs, wholeViewMs, overlapping, renderer };
}

/**
 * Frames the page produced while the view was dragged with the mouse, a step per frame (mouse
 * events dispatched on the canvas, as a user's drag arrives): what Cytoscape's viewport shortcuts
 * (a bitmap while panning) key on. A slow redraw delays the next frame. The drag's start (where a
 * large view draws its bitmap, once) is not counted.
 */
async function dragPanFps(cy: cytoscape.Core, container: HTMLElement, panSeconds: number): Promise<number> {
  const target = container.querySelector('canvas:last-of-type') ?? container;
  const box = container.getBoundingClientRect();
  // A drag that starts on a node would move the node: for the measurement, nodes pan the view like the background does.
  cy.nodes().panify();
  let x = box.left + box.width / 2;
  let y = box.top + box.height / 2;
  const before = { ...cy.pan() };
  const mouse = (type: string, on: EventTarget) => on.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0, buttons: 1, view: window }));
  mouse('mousedown', target);
  // Past Cytoscape's drag threshold first: the drag begins (a large view takes its bitmap then, once); the frames of the pan itself are counted.
  for (let step = 0; step < 4; step++) {
    x += 3;
    y += 2;
    mouse('mousemove', window);
  }
  await settled();
  let frames = 0;
  const panStart = performance.now();
  while (performance.now() - panStart < panSeconds * 1000) {
    x += 3;
    y += 2;
    mouse('mousemove', window);
    await nextFrame();
    frames++;
  }
  const fps = frames / ((performance.now() - panStart) / 1000);
  mouse('mouseup', window);
  cy.nodes().unpanify();
  await settled();
  if (cy.pan().x === before.x && cy.pan().y === before.y) throw new Error('the drag did not pan the view');
  return fps;
}

/** Frames while the view was panned by a step per frame in code (`cy.panBy`): no viewport shortcuts, a full redraw each frame. */
async function panByFpsOf(cy: cytoscape.Core, panSeconds: number): Promise<number> {
  let frames = 0;
  const panStart = performance.now();
  while (performance.now() - panStart < panSeconds * 1000) {
    cy.panBy({ x: 3, y: 2 });
    await nextFrame();
    frames++;
  }
  return frames / ((performance.now() - panStart) / 1000);
}

/** Starts the explorer's worker (workerLayout.ts) from its bundled code (the page lives for one view: the URL is never revoked). */
function workerMaker(code: string): () => Worker {
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  return () => new Worker(url);
}

/** The explorer's fresh layout of these elements, run once headless (not timed). */
async function laidOutPositions(container: HTMLElement, elements: Element[], style: cytoscape.StylesheetJson, options: Record<string, unknown>): Promise<Positions> {
  const scratch = cytoscape({ container, elements: elements.map((element) => definition(element)), style } as cytoscape.CytoscapeOptions);
  const layout = scratch.layout(options as unknown as cytoscape.LayoutOptions);
  const stopped = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  layout.run();
  await stopped;
  const positions = positionsOf(scratch.nodes());
  scratch.destroy();
  return positions;
}

function hasWebgl(): boolean {
  return Boolean(document.createElement('canvas').getContext('webgl2'));
}

(window as unknown as { scsBench: unknown }).scsBench = { prepareView, drawView, measureMotion, measureFit };
