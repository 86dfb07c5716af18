/**
 * Graceful shutdown: stop() lets a request already in flight finish with its answer, and refuses new
 * connections meanwhile.
 */
import type { RequestHandler } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultReadTimeoutMs, type Graph } from '../../graph/driver.ts';
import { createServer, requestDeadlineMs } from '../../server/app.ts';
import { testGraph } from '../support/graph.ts';

let graph: Graph;

beforeAll(async () => {
  graph = await testGraph();
});

afterAll(async () => {
  await graph.close();
});

/** Holds requests marked `x-test-hold` until released: a request that is slow for as long as the test wants. */
function holdingPen() {
  let arrived!: () => void;
  let release!: () => void;
  const arrival = new Promise<void>((resolve) => (arrived = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  const middleware: RequestHandler = (req, _res, next) => {
    if (!req.headers['x-test-hold']) return next();
    arrived();
    void released.then(() => next());
  };
  return { middleware, arrival, release };
}

describe('graceful shutdown', () => {
  it('drains the request in flight: it completes with its data after stop() began', async () => {
    const pen = holdingPen();
    const server = await createServer({ graph, log: () => {}, before: [pen.middleware] });
    const url = await server.start(0, '127.0.0.1');
    const inFlight = fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-test-hold': '1' },
      body: JSON.stringify({ query: '{ agency(id: "ndrc") { id } }' }),
    });
    await pen.arrival;

    let hasStopped = false;
    const stopped = server.stop().then(() => (hasStopped = true));
    // Give stop() time to close the listener, then check that newcomers are turned away.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    expect(hasStopped).toBe(false);

    pen.release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { agency: { id: 'ndrc' } } });
    await stopped;
    expect(server.httpServer.listening).toBe(false);
  });

  // Issue 19: Apollo's default grace (10 s) cut requests whose queries may run 15 s.
  it('waits past 10 s for a request in flight: the drain lasts as long as a request may', async () => {
    const pen = holdingPen();
    const server = await createServer({ graph, log: () => {}, before: [pen.middleware] });
    const url = await server.start(0, '127.0.0.1');
    const inFlight = fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-test-hold': '1' },
      body: JSON.stringify({ query: '{ agency(id: "ndrc") { id } }' }),
    });
    await pen.arrival;
    const stopped = server.stop();
    await new Promise((resolve) => setTimeout(resolve, 11_000));
    pen.release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { agency: { id: 'ndrc' } } });
    await stopped;
    expect(requestDeadlineMs).toBeGreaterThan(defaultReadTimeoutMs);
  }, 40_000);
});
