/**
 * The Cytoscape canvas: the instance is created once, elements are diffed into it inside
 * cy.batch(), and it is destroyed on unmount (React StrictMode mounts twice in development).
 * The instance is exposed as `window.__cy` for the end-to-end tests (`window.cy` would be the
 * container DIV through named access).
 */
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef } from 'react';
import { diffElements, type Element } from './elements.ts';
import { layoutOptions, type Flow, type LayoutRequest } from './layout.ts';
import { ringLayout, type RingEdge, type RingNode } from './rings.ts';
import { stylesheet } from './style.ts';
import { detailClass, isLargeView, markDetail, setViewportShortcuts } from './levelOfDetail.ts';
import { defaultLabelScale, labelFontSize } from './labelSize.ts';
import { cachedPositions, rememberPositions, viewKey, type Positions } from './positionCache.ts';
import { definition, moveTo, positionsOf } from './placement.ts';
import { comfortableZoom, fitPadding, startReadable } from './viewport.ts';
import { addWindowFirst, type ViewportAdd } from './windowFirst.ts';
import { canLayoutInWorker, layoutInWorker, prepareWorker, type RunningJob } from './workerLayout.ts';

cytoscape.use(fcose);
cytoscape.use(dagre);

declare global {
  interface Window {
    __cy?: Core;
  }
}

/** A large view marks what it draws in detail this long after the viewport stops moving (not during a pan). */
const detailDelayMs = 120;

export interface ContextTarget {
  id: string;
  /** Position in the page, for the menu. */
  x: number;
  y: number;
}

export interface CanvasProps {
  elements: readonly Element[];
  layout: LayoutRequest;
  /** Changing it re-runs the layout on everything (the layout switch, a new mode). */
  layoutKey: string;
  pinned: ReadonlySet<string>;
  onSelect(id: string | null): void;
  onExpand(id: string): void;
  onContextMenu(target: ContextTarget | null): void;
  /** The node under the pointer (page position for a tooltip), or null. */
  onHover?(target: ContextTarget | null): void;
  /** When the fitted view is too small to read, zoom to a readable scale centred on this node. */
  focus?: string | null;
  /** Rings layout: the label of ring n (e.g. "2 hops"). */
  ringLabel?(ring: number): string;
  /** Receives the instance once created (null when destroyed), for fit and export. */
  onReady?(cy: Core | null): void;
  /** Draw with Cytoscape's WebGL renderer (large views); fixed for the instance's life. */
  webgl?: boolean;
  /** Colour by kind (the stylesheet) or list status; size fixed or by number of links. */
  viewStyle?: { colour: 'kind' | 'status'; size: 'fixed' | 'degree' };
  /** Label size, percent of the default (labelSize.ts). */
  labelScale?: number;
}

const statusColours = { blacklisted: '#D55E00', redlisted: '#009E73', inactive: '#dddddd', other: '#bbbbbb' };

/**
 * The style panel's choices as per-node overrides on top of the stylesheet. Returns whether any are
 * set (`before`: whether any were): a default style on a large view then costs nothing.
 */
function applyViewStyle(cy: Core, style: CanvasProps['viewStyle'], before: boolean): boolean {
  const any = perNodeStyle(style);
  if (!any && !before) return false;
  cy.batch(() => {
    const nodes = cy.nodes().not(`.${ringGuideClass}`);
    nodes.removeStyle('background-color width height');
    if (style?.colour === 'status')
      nodes.forEach((node) => {
        const status = node.hasClass('blacklisted') ? 'blacklisted' : node.hasClass('redlisted') ? 'redlisted' : node.hasClass('inactive') ? 'inactive' : 'other';
        node.style('background-color', statusColours[status]);
      });
    if (style?.size === 'degree')
      nodes.forEach((node) => {
        const size = Math.round(18 + 7 * Math.sqrt(node.degree(false)));
        node.style({ width: size, height: size });
      });
  });
  return any;
}

/** Whether the style panel asks for per-node overrides (then every node of a large view must be on the canvas: sizes count all links). */
function perNodeStyle(style: CanvasProps['viewStyle']): boolean {
  return style?.colour === 'status' || style?.size === 'degree';
}

export function Canvas(props: CanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const drawn = useRef(new Map<string, Element>());
  const lastLayoutKey = useRef<string | null>(null);
  const running = useRef<cytoscape.Layouts | null>(null);
  const workerJob = useRef<RunningJob | null>(null);
  /** Elements waiting for the worker's positions before they are added. */
  const pending = useRef<Element[]>([]);
  /** A large view's elements still off screen, joining as the viewport reaches them (windowFirst.ts). */
  const reaching = useRef<ViewportAdd | null>(null);
  /** Whether the view drawn is large (levelOfDetail.ts). */
  const large = useRef(false);
  /** Whether the style panel's per-node overrides are set. */
  const viewStyled = useRef(false);
  const settle = () => container.current?.setAttribute('data-layout', 'done');
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: stylesheet(latest.current.layout.flow),
      minZoom: 0.03,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      selectionType: 'single',
      // Cytoscape ≥ 3.31 draws nodes and edges with WebGL on request; labels and the rest stay on canvas.
      ...(latest.current.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    container.current?.setAttribute('data-renderer', latest.current.webgl ? 'webgl' : 'canvas');
    // Level of detail: labels stay readable while zooming out, then fade out below min-zoomed-font-size.
    // The size moves in whole pixels, so a zoom gesture restyles the nodes a handful of times, not every frame.
    let resizing = false;
    cy.on('zoom', () => {
      if (resizing) return;
      resizing = true;
      requestAnimationFrame(() => {
        resizing = false;
        sizeLabels(cy, latest.current.labelScale, large.current, false, latest.current.layout.flow);
      });
    });
    // A large view draws labels and arrows only for what is in view when zoomed in (levelOfDetail.ts).
    let detailTimer: ReturnType<typeof setTimeout> | undefined;
    cy.on('viewport', () => {
      if (!large.current) return;
      clearTimeout(detailTimer);
      detailTimer = setTimeout(() => {
        if (cy.destroyed()) return;
        markDetail(cy, true);
        sizeLabels(cy, latest.current.labelScale, true, true, latest.current.layout.flow);
      }, detailDelayMs);
    });
    cy.on('tap', (event: EventObject) => {
      if (event.target === cy) latest.current.onSelect(null);
    });
    // A role copy (data.ref) stands for its real node: select, expand and menus act on that.
    const realId = (event: EventObject): string => (event.target.data('ref') as string | undefined) ?? event.target.id();
    cy.on('tap', 'node', (event: EventObject) => latest.current.onSelect(realId(event)));
    cy.on('dbltap', 'node', (event: EventObject) => latest.current.onExpand(realId(event)));
    const pageTarget = (event: EventObject): ContextTarget => {
      const rect = container.current?.getBoundingClientRect();
      const position = event.renderedPosition ?? event.target.renderedPosition();
      return { id: realId(event), x: (rect?.left ?? 0) + position.x, y: (rect?.top ?? 0) + position.y };
    };
    cy.on('cxttap', (event: EventObject) => {
      if (event.target === cy || !event.target.isNode()) {
        latest.current.onContextMenu(null);
        return;
      }
      latest.current.onContextMenu(pageTarget(event));
    });
    cy.on('mouseover', 'node', (event: EventObject) => latest.current.onHover?.(pageTarget(event)));
    cy.on('mouseout', 'node', () => latest.current.onHover?.(null));
    const observer = new ResizeObserver(() => keepViewOnResize(cy, latest.current.layout.flow));
    if (container.current) observer.observe(container.current);
    cyRef.current = cy;
    window.__cy = cy;
    prepareWorker();
    latest.current.onReady?.(cy);
    return () => {
      clearTimeout(detailTimer);
      observer.disconnect();
      workerJob.current?.cancel();
      reaching.current?.stop();
      reaching.current = null;
      latest.current.onReady?.(null);
      cy.destroy();
      cyRef.current = null;
      drawn.current = new Map();
      lastLayoutKey.current = null;
      if (window.__cy === cy) delete window.__cy;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.style(stylesheet(props.layout.flow, large.current));
    // Columns size labels differently (labelSize.ts): resized before the layout below makes room for them.
    sizeLabels(cy, latest.current.labelScale, large.current, true, props.layout.flow);
  }, [props.layout.flow]);

  useEffect(() => {
    if (cyRef.current) sizeLabels(cyRef.current, props.labelScale, large.current, true, props.layout.flow);
  }, [props.labelScale]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    // A layout still in the worker is replaced by this one: the nodes it was placing join the canvas now.
    workerJob.current?.cancel();
    workerJob.current = null;
    if (pending.current.length) cy.add(pending.current.map((element) => definition(element)));
    pending.current = [];
    const diff = diffElements(drawn.current, props.elements);
    // Elements of a large view still off screen stay there through a selection or a filter; a view that
    // adds elements, is laid out again or restyled per node (size by links) needs them all on the canvas first.
    const stillLarge = isLargeView(props.elements.length);
    if (reaching.current && (diff.add.length > 0 || lastLayoutKey.current !== props.layoutKey || perNodeStyle(props.viewStyle) || !stillLarge)) {
      reaching.current.complete();
      reaching.current.stop();
      reaching.current = null;
    }
    const offscreen = reaching.current?.offscreen;
    const hadNodes = cy.nodes().not(`.${ringGuideClass}`).length > 0;
    const isLarge = stillLarge;
    if (isLarge !== large.current) {
      large.current = isLarge;
      cy.style(stylesheet(props.layout.flow, isLarge));
      setViewportShortcuts(cy, isLarge);
    }

    const nodeIds = props.elements.filter((element) => element.group === 'nodes').map((element) => element.data.id);
    const relayout = lastLayoutKey.current !== props.layoutKey;
    const addedNodes = diff.add.some((element) => element.group === 'nodes');
    const needsLayout = nodeIds.length > 0 && (relayout || addedNodes);
    const incremental = needsLayout && !relayout && hadNodes;
    const ringsLayout = props.layout.name === 'rings';
    const options = layoutOptions({ ...props.layout, nodeCount: nodeIds.length, incremental });
    // A view laid out before (same layout, same nodes) gets its positions back at once: its nodes are added where they were.
    const cacheKey = viewKey(`${props.layout.name}:${props.layout.flow}`, nodeIds);
    const cached = needsLayout && !incremental && !ringsLayout ? cachedPositions(cacheKey) : null;
    const offMainThread = needsLayout && !cached && !incremental && !ringsLayout && canLayoutInWorker(options, nodeIds.length);
    // A large view from the cache starts window first (windowFirst.ts): its new elements are added after this batch.
    const windowFirst = Boolean(cached) && isLarge;
    // Off the main thread, the new elements wait for their positions: the view is then drawn once, in place.
    if (offMainThread) pending.current = diff.add;
    cy.batch(() => {
      for (const id of diff.remove) if (!offscreen?.remove(id)) cy.getElementById(id).remove();
      for (const element of diff.update) {
        if (offscreen?.update(element.data.id, element.data, element.classes)) continue;
        const target = cy.getElementById(element.data.id);
        target.data(element.data);
        target.classes(element.classes ?? '');
      }
      if (diff.add.length && !offMainThread && !windowFirst) cy.add(diff.add.map((element) => definition(element, cached)));
      if (cached) moveTo(cy, cached, new Set(diff.add.map((element) => element.data.id)));
      pinNodes(cy.nodes(), props.pinned);
    });
    drawn.current = new Map(props.elements.map((element) => [element.data.id, element]));
    viewStyled.current = applyViewStyle(cy, props.viewStyle, viewStyled.current);
    if (diff.add.length) sizeLabels(cy, props.labelScale, isLarge, true, props.layout.flow);

    if (!needsLayout) {
      if (nodeIds.length === 0) cy.nodes(`.${ringGuideClass}`).remove();
      markDetail(cy, isLarge);
      lastLayoutKey.current = props.layoutKey;
      return;
    }
    const content = () => cy.elements().not(`.${ringGuideClass}`);
    if (incremental) placeNewNodesNearNeighbours(cy, new Set(diff.add.filter((e) => e.group === 'nodes').map((e) => e.data.id)));
    lastLayoutKey.current = props.layoutKey;
    cy.nodes(`.${ringGuideClass}`).remove();
    const rings = ringsLayout ? ringLayout(ringNodes(content()), ringEdges(content()), ringCentre(content())) : null;
    if (rings) options.positions = (node: cytoscape.NodeSingular) => rings.positions.get(node.id()) ?? { x: 0, y: 0 };
    container.current?.setAttribute('data-positions', cached ? 'cached' : 'fresh');
    // A newer layout replaces one still animating (two would fight over the positions).
    const previous = running.current;
    running.current = null;
    previous?.stop();
    // Tests and screenshots wait for `data-layout="done"` instead of guessing a delay.
    container.current?.setAttribute('data-layout', 'running');
    container.current?.setAttribute('data-layout-thread', offMainThread ? 'worker' : 'main');

    /**
     * A large view at known positions: its window now, the rest as the viewport reaches it (pinned as
     * it joins); the view is settled once its window is drawn, with what a drawn view gets (pins, labels, detail).
     */
    const drawWindowFirst = (adds: readonly Element[], positions: Positions, fresh: boolean, present: Iterable<string>): void => {
      const job = addWindowFirst(cy, adds, positions, latest.current.focus ?? null, latest.current.layout.flow, {
        present,
        onAdded: (added) => cy.batch(() => pinNodes(added.nodes(), latest.current.pinned)),
        onComplete: () => {
          if (reaching.current === job) reaching.current = null;
        },
      });
      reaching.current = job.offscreen.size > 0 ? job : null;
      if (perNodeStyle(latest.current.viewStyle)) job.complete();
      cy.batch(() => pinNodes(cy.nodes(), latest.current.pinned));
      viewStyled.current = applyViewStyle(cy, latest.current.viewStyle, viewStyled.current);
      if (fresh) rememberPositions(cacheKey, positions);
      markDetail(cy, true);
      sizeLabels(cy, latest.current.labelScale, true, true, latest.current.layout.flow);
      settle();
    };
    /** After the layout: remember fresh positions, then a readable zoom and the focus. */
    const finish = (fresh: boolean): void => {
      if (rings) drawRingGuides(cy, rings.radii, latest.current.ringLabel ?? String, incremental);
      if (fresh) rememberPositions(cacheKey, positionsOf(content().nodes()));
      if (incremental) {
        markDetail(cy, large.current);
        return settle();
      }
      startReadable(cy, content(), latest.current.focus ?? null, latest.current.layout.flow);
      markDetail(cy, large.current);
      settle();
    };
    const runLayout = (chosen: Record<string, unknown>): void => {
      const run = content().layout(chosen as unknown as cytoscape.LayoutOptions);
      running.current = run;
      run.one('layoutstop', () => {
        if (running.current !== run) return;
        running.current = null;
        finish(!incremental && !rings);
      });
      run.run();
    };
    if (cached && windowFirst) return drawWindowFirst(diff.add, cached, false, cy.nodes().map((node) => node.id()));
    if (cached) {
      cy.fit(content(), fitPadding);
      return finish(false);
    }
    if (!offMainThread) return runLayout(options);
    // The page stays responsive while the worker lays out; its positions then place the new nodes and move the others, in one batch.
    const job = layoutInWorker({ elements: props.elements, style: stylesheet(props.layout.flow, isLarge), options });
    workerJob.current = job;
    job.positions.then(
      (positions) => {
        if (workerJob.current !== job || cy.destroyed()) return;
        workerJob.current = null;
        prepareWorker();
        const adds = pending.current;
        pending.current = [];
        if (large.current && !hadNodes) return drawWindowFirst(adds, positions, true, []);
        cy.batch(() => {
          cy.add(adds.map((element) => definition(element, positions)));
          moveTo(cy, positions, new Set(adds.map((element) => element.data.id)));
        });
        if (adds.length) sizeLabels(cy, latest.current.labelScale, large.current, true, latest.current.layout.flow);
        viewStyled.current = applyViewStyle(cy, latest.current.viewStyle, viewStyled.current);
        cy.fit(content(), fitPadding);
        finish(true);
      },
      () => {
        // Cancelled by a newer layout (which added the waiting elements), or the worker failed: then lay out here, as without a worker.
        if (workerJob.current !== job || cy.destroyed()) return;
        workerJob.current = null;
        cy.add(pending.current.map((element) => definition(element)));
        pending.current = [];
        container.current?.setAttribute('data-layout-thread', 'main');
        runLayout(options);
      },
    );
  }, [props.elements, props.layoutKey, props.layout, props.pinned, props.viewStyle]);

  return <div ref={container} className="canvas" data-testid="canvas" />;
}

function pinNodes(nodes: cytoscape.NodeCollection, pinned: ReadonlySet<string>): void {
  nodes.forEach((node) => {
    const pin = pinned.has(node.id());
    node.toggleClass('pinned', pin);
    if (pin) node.lock();
    else node.unlock();
  });
}

const labelSizes = new WeakMap<Core, number>();

/**
 * Node labels at the size the zoom and the label-size control ask for (labelSize.ts); `force` after a restyle.
 * A large view sizes only the labels it draws (levelOfDetail.ts): restyling thousands of nodes per zoom step would stall it.
 */
function sizeLabels(cy: Core, scale = defaultLabelScale, large = false, force = false, flow: Flow = 'free'): void {
  const size = labelFontSize(cy.zoom(), scale, flow);
  if (!force && labelSizes.get(cy) === size) return;
  labelSizes.set(cy, size);
  cy.batch(() => (large ? cy.nodes(`.${detailClass}`) : cy.nodes().not(`.${ringGuideClass}`)).style('font-size', size));
}

/**
 * The canvas changed size (the legend opened or closed, the window was resized): a graph that was
 * wholly in view is fitted into the new area; otherwise the view keeps its centre (a left-to-right
 * view its left edge, where it is read from).
 */
function keepViewOnResize(cy: Core, flow: string): void {
  const before = cy.extent();
  const width = cy.width();
  const height = cy.height();
  cy.resize();
  if (width === cy.width() && height === cy.height()) return;
  const content = cy.elements().not(`.${ringGuideClass}`);
  if (content.empty()) return;
  const box = content.boundingBox();
  const wasWhole = box.x1 >= before.x1 && box.x2 <= before.x2 && box.y1 >= before.y1 && box.y2 <= before.y2;
  if (wasWhole) {
    cy.fit(cy.elements(), 30);
    if (cy.zoom() > comfortableZoom) {
      cy.zoom(comfortableZoom);
      cy.center();
    }
    return;
  }
  const pan = cy.pan();
  cy.pan({ x: flow === 'leftToRight' ? pan.x : pan.x + (cy.width() - width) / 2, y: pan.y + (cy.height() - height) / 2 });
}

/** Class of the drawn ring circles (not part of the view: no events, not laid out). */
export const ringGuideClass = 'ring-guide';

function ringNodes(content: cytoscape.CollectionReturnValue): RingNode[] {
  return content.nodes().map((node) => ({ id: node.id(), ring: node.data('ring') as number | undefined }));
}

function ringEdges(content: cytoscape.CollectionReturnValue): RingEdge[] {
  return content.edges().map((edge) => ({ source: edge.source().id(), target: edge.target().id() }));
}

/** The node at the centre: ring 0, else the highlighted subject, else the first. */
function ringCentre(content: cytoscape.CollectionReturnValue): string {
  const nodes = content.nodes();
  const centre = nodes.filter((node) => node.data('ring') === 0)[0] ?? nodes.filter('.highlighted')[0] ?? nodes[0];
  return centre ? centre.id() : '';
}

/** Dashed circles behind the nodes, one per hop ring, labelled at the top. */
function drawRingGuides(cy: Core, radii: readonly number[], label: (ring: number) => string, keepViewport: boolean): void {
  cy.add(
    radii.slice(1).map((radius, index) => ({
      group: 'nodes' as const,
      data: { id: `${ringGuideClass}:${index + 1}`, label: label(index + 1), kind: ringGuideClass, diameter: 2 * radius },
      classes: ringGuideClass,
      position: { x: 0, y: 0 },
      selectable: false,
      grabbable: false,
      locked: true,
    })),
  );
  if (!keepViewport) cy.fit(undefined, 20);
}

/** New nodes start beside a neighbour already on screen, so an incremental layout keeps the mental map. */
function placeNewNodesNearNeighbours(cy: Core, added: ReadonlySet<string>): void {
  cy.batch(() => {
    for (const id of added) {
      const node = cy.getElementById(id);
      const anchor = node.neighborhood().nodes().filter((n) => !added.has(n.id()))[0] as cytoscape.NodeSingular | undefined;
      if (anchor) {
        const p = anchor.position();
        node.position({ x: p.x + (Math.random() - 0.5) * 80, y: p.y + (Math.random() - 0.5) * 80 });
      }
    }
  });
}
