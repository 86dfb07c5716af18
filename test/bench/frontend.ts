import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { chromium, type Page } from 'playwright-core';
import type { RenderFigures } from './frontend/page.ts';
import { failure, measured, notMeasured, type ResultRow, type RowSpec } from './report.ts';

export const chromiumPath = '/usr/bin/chromium';
/** stack.md §6: the machine's closed network refuses Chromium's background connections. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Lets WebGL fall back to SwiftShader (software) with the GPU disabled, so the WebGL row can run at all.
  '--enable-unsafe-swiftshader',
];

export const elementCounts = [1_000, 5_000, 10_000];
// Browser CPU is not counted (Chromium's renderer and GPU processes); the load average stands beside each row.
// A view starts readable at its subject (Canvas.tsx, viewport.ts); `fit all ms`: then the Fit button, every element drawn.
// `pan fps`: a mouse drag (what a user does; Cytoscape pans a bitmap of a large view); `panBy fps`: panned in code, a full redraw per frame.
// `render+layout ms` (= `first view ms`): until the view is drawn laid out, complete in its start window. A large view at known positions (cached, from the worker) then has
// only what that window shows on the canvas (`elements at start`); the rest joins as the viewport reaches it (windowFirst.ts), all of it with the Fit button: `fit all ms`.
// `whole view ms`: until every element is on the canvas and drawn (the "10k elements drawn and laid out"): `first view ms`, plus `fit all ms` when the start window left some out; `whole view CPU ms` and `fit all CPU ms` the main thread's CPU for them.
// `render+layout CPU ms`: the page's main thread's CPU time for the same span (a loaded machine stretches wall time, less so this; a layout worker's CPU is not in it).
// `overlapping %`: nodes whose body overlaps another node's (how readable the layout is); `start in view`: nodes in the start window.
const renderKeys = ['elements', 'elements at start', 'render ms', 'layout ms', 'render+layout ms', 'first view ms', 'whole view ms', 'render+layout CPU ms', 'whole view CPU ms', 'pan fps', 'panBy fps', 'fit all ms', 'fit all CPU ms', 'layout freeze ms', 'overlapping %', 'start in view', 'load avg'] as const;

interface RenderCase extends RowSpec {
  elements: number;
  webgl: boolean;
  /** A view seen before: preset layout from the explorer's position cache. */
  cached?: boolean;
  /** The layout in the explorer's web worker (workerLayout.ts), as large views run it. */
  worker?: boolean;
}

function renderCases(): RenderCase[] {
  const cases: RenderCase[] = [false, true].flatMap((webgl) =>
    elementCounts.map((elements) => ({
      name: `frontend.${webgl ? 'webgl' : 'canvas'}.${elements / 1000}k`,
      section: 'frontend' as const,
      title: `${webgl ? 'WebGL (experimental)' : 'canvas'}, ${elements / 1000}k elements`,
      keys: renderKeys,
      elements,
      webgl,
    })),
  );
  const largest = elementCounts[elementCounts.length - 1]!;
  cases.push({
    name: `frontend.canvas-worker.${largest / 1000}k`,
    section: 'frontend',
    title: `canvas, ${largest / 1000}k elements, layout in a web worker (the page keeps drawing frames)`,
    keys: renderKeys,
    elements: largest,
    webgl: false,
    worker: true,
  });
  for (const webgl of [false, true])
    cases.push({
      name: `frontend.${webgl ? 'webgl' : 'canvas'}-cached.${largest / 1000}k`,
      section: 'frontend',
      title: `${webgl ? 'WebGL (experimental)' : 'canvas'}, ${largest / 1000}k elements, positions cached (a view seen before)`,
      keys: renderKeys,
      elements: largest,
      webgl,
      cached: true,
    });
  return cases;
}

export function frontendSpecs(): RowSpec[] {
  return renderCases();
}

/** The page script (the explorer's own element mapping, stylesheet and layout bundled with Cytoscape), or the explorer's layout worker. */
async function bundle(entry: string, name: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    root: import.meta.dirname,
    build: {
      write: false,
      minify: false,
      lib: { entry, formats: ['iife'], name },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if ('output' in result) {
      const chunk = result.output.find((item) => item.type === 'chunk');
      if (chunk && chunk.type === 'chunk') return chunk.code;
    }
  }
  throw new Error('vite produced no bundle for the front-end bench page');
}

/** The CPU time (ms) the page's main thread has used so far, from Chromium's own thread clock (DevTools protocol). */
async function mainThreadClock(page: Page): Promise<() => Promise<number>> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    const seconds = metrics.find((metric) => metric.name === 'ThreadTime')?.value;
    if (seconds === undefined) throw new Error('Chromium reported no ThreadTime metric (DevTools Performance domain)');
    return seconds * 1000;
  };
}

/** Render + layout time and panning fps for 1k/5k/10k elements, canvas and WebGL, in headless Chromium. */
export async function frontendRows(quick: boolean, wanted: (name: string) => boolean, log: (line: string) => void): Promise<ResultRow[]> {
  const cases = renderCases().filter((c) => wanted(c.name));
  if (cases.length === 0) return [];
  const panSeconds = quick ? 1 : 3;
  const missing = !fs.existsSync(chromiumPath)
    ? `no Chromium at ${chromiumPath} (apt-get install chromium)`
    : !fs.existsSync(path.resolve(import.meta.dirname, '../../web/src/graph/layout.ts'))
      ? 'the explorer (web/src/graph) is not in the tree'
      : undefined;
  if (missing) return cases.map((c) => notMeasured(c, missing));

  const script = await bundle(path.join(import.meta.dirname, 'frontend', 'page.ts'), 'scsBenchPage');
  const workerScript = cases.some((c) => c.worker) ? await bundle(path.join(import.meta.dirname, 'frontend', 'layoutWorker.ts'), 'scsLayoutWorker') : null;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const rows: ResultRow[] = [];
  try {
    for (const c of cases) {
      if (quick && c.elements > elementCounts[0]!) {
        rows.push(notMeasured(c, 'not in --quick'));
        continue;
      }
      // A fresh page per case, so one size's garbage and caches don't weigh on the next.
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      try {
        await page.setContent('<!doctype html><html><body style="margin:0"><div id="cy" style="width:1600px;height:1000px"></div></body></html>');
        await page.addScriptTag({ content: script });
        type BenchPage = { scsBench: { prepareView(n: number, c: boolean, code: string | null): Promise<void>; drawView(w: boolean): Promise<void>; measureMotion(s: number): Promise<void>; measureFit(): Promise<RenderFigures> } };
        await page.evaluate(([elements, cached, workerCode]) => (window as unknown as BenchPage).scsBench.prepareView(elements, cached, workerCode), [c.elements, c.cached ?? false, c.worker ? workerScript : null] as const);
        const cpu = await mainThreadClock(page);
        const before = await cpu();
        await page.evaluate((webgl) => (window as unknown as BenchPage).scsBench.drawView(webgl), c.webgl);
        const drawCpuMs = (await cpu()) - before;
        await page.evaluate((seconds) => (window as unknown as BenchPage).scsBench.measureMotion(seconds), panSeconds);
        const beforeFit = await cpu();
        const figures = await page.evaluate(() => (window as unknown as BenchPage).scsBench.measureFit());
        const fitCpuMs = (await cpu()) - beforeFit;
        const wholeCpuMs = drawCpuMs + (figures.elementsAtStart < figures.elements ? fitCpuMs : 0);
        log(`  ${c.name}: render ${figures.renderMs.toFixed(0)} ms, first view ${figures.firstViewMs.toFixed(0)} ms (${figures.elementsAtStart} elements), layout ${figures.layoutMs.toFixed(0)} ms (main thread CPU ${drawCpuMs.toFixed(0)} ms), layout freeze ${figures.layoutFreezeMs.toFixed(0)} ms, ${figures.panFps.toFixed(1)} fps dragged, ${figures.panByFps.toFixed(1)} fps panBy, fit all ${figures.fitMs.toFixed(0)} ms, fit all CPU ${fitCpuMs.toFixed(0)} ms, whole view ${figures.wholeViewMs.toFixed(0)} ms (CPU ${wholeCpuMs.toFixed(0)} ms), ${(figures.overlapping * 100).toFixed(0)} % overlapping, ${figures.startInView} in view at start (${figures.renderer})`);
        const fellBack = c.webgl && figures.renderer !== 'webgl';
        rows.push(
          fellBack
            ? notMeasured(c, 'no WebGL context in this Chromium')
            : measured(
                c,
                {
                  elements: figures.elements,
                  'elements at start': figures.elementsAtStart,
                  'render ms': figures.renderMs,
                  'layout ms': figures.layoutMs,
                  'render+layout ms': figures.renderMs + figures.layoutMs,
                  'first view ms': figures.firstViewMs,
                  'whole view ms': figures.wholeViewMs,
                  'whole view CPU ms': wholeCpuMs,
                  'render+layout CPU ms': drawCpuMs,
                  'pan fps': figures.panFps,
                  'panBy fps': figures.panByFps,
                  'fit all ms': figures.fitMs,
                  'fit all CPU ms': fitCpuMs,
                  'layout freeze ms': figures.layoutFreezeMs,
                  'overlapping %': figures.overlapping * 100,
                  'start in view': figures.startInView,
                  'load avg': os.loadavg()[0]!,
                },
                c.webgl ? 'SwiftShader (software WebGL); no GPU on this machine' : 'software raster (--disable-gpu)',
              ),
        );
      } catch (error) {
        rows.push(notMeasured(c, failure(error), 'error'));
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}
