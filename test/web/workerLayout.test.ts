import { afterEach, describe, expect, it, vi } from 'vitest';
import { layoutOptions } from '../../web/src/graph/layout.ts';
import { sizingJob } from '../../web/src/graph/sizingJob.ts';
import { canLayoutInWorker, layoutInWorker, prepareWorker, workerAbove } from '../../web/src/graph/workerLayout.ts';

afterEach(() => vi.unstubAllGlobals());

describe('layout in a web worker', () => {
  it('takes the large force-directed layouts that need no label measuring, where the browser has workers', () => {
    const large = layoutOptions({ name: 'fcose', flow: 'free', nodeCount: workerAbove + 1 });
    expect(canLayoutInWorker(large, workerAbove + 1)).toBe(false);
    vi.stubGlobal('Worker', class {});
    expect(canLayoutInWorker(large, workerAbove + 1)).toBe(true);
    // Labels counted (≤ 1,000 nodes), a layered layout, or a small view: on the page.
    expect(canLayoutInWorker(layoutOptions({ name: 'fcose', flow: 'free', nodeCount: workerAbove }), workerAbove)).toBe(false);
    expect(canLayoutInWorker(layoutOptions({ name: 'dagre', flow: 'topDown', nodeCount: 5000 }), 5000)).toBe(false);
  });

  it('rejects when the worker cannot start or fails, so the canvas lays out on the page instead', async () => {
    const job = { elements: [{ group: 'nodes' as const, data: { id: 'a', kind: 'Company' } }], style: [], options: { name: 'fcose' } };
    await expect(
      layoutInWorker(job, () => {
        throw new Error('blocked by the content security policy');
      }).positions,
    ).rejects.toThrow('content security policy');
    let terminated = false;
    const failing = { postMessage() {}, terminate: () => (terminated = true), onmessage: null, onerror: null } as unknown as Worker;
    const running = layoutInWorker(job, () => failing);
    (failing.onmessage as (event: { data: unknown }) => void)({ data: { error: 'fcose exploded' } });
    await expect(running.positions).rejects.toThrow('fcose exploded');
    expect(terminated).toBe(true);
  });

  it('hands back the worker’s positions and ends it', async () => {
    let terminated = false;
    let posted: unknown = null;
    const worker = { postMessage: (job: unknown) => (posted = job), terminate: () => (terminated = true), onmessage: null, onerror: null } as unknown as Worker;
    const job = { elements: [{ group: 'nodes' as const, data: { id: 'a', kind: 'Company' } }], style: [], options: { name: 'fcose' } };
    const running = layoutInWorker(job, () => worker);
    expect(posted).toEqual(sizingJob(job));
    (worker.onmessage as (event: { data: unknown }) => void)({ data: { positions: { a: { x: 1, y: 2 } } } });
    await expect(running.positions).resolves.toEqual({ a: { x: 1, y: 2 } });
    expect(terminated).toBe(true);
  });

  it('lays out in the worker prepared ahead, then in a new one', async () => {
    vi.stubGlobal('Worker', class {});
    const made: Worker[] = [];
    const makeWorker = () => {
      const worker = { postMessage() {}, terminate() {}, onmessage: null, onerror: null } as unknown as Worker;
      made.push(worker);
      return worker;
    };
    prepareWorker(makeWorker);
    prepareWorker(makeWorker);
    // One waits, however often the canvas prepares.
    expect(made).toHaveLength(1);
    const job = { elements: [{ group: 'nodes' as const, data: { id: 'a' } }], style: [], options: { name: 'fcose' } };
    const first = layoutInWorker(job, makeWorker);
    expect(made).toHaveLength(1);
    (made[0]!.onmessage as (event: { data: unknown }) => void)({ data: { positions: { a: { x: 1, y: 2 } } } });
    await expect(first.positions).resolves.toEqual({ a: { x: 1, y: 2 } });
    // The prepared one is used up: the next job starts its own.
    const second = layoutInWorker(job, makeWorker);
    expect(made).toHaveLength(2);
    second.cancel();
    await expect(second.positions).rejects.toThrow('cancelled');
  });
});
