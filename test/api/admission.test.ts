import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { Admission, admissionLimitsFromEnv, defaultAdmissionLimits, ticketOf, type AdmissionLimits } from '../../server/admission.ts';
import { HeavyQueue } from '../../server/heavyQueue.ts';

/**
 * The line in front of GraphQL (server/admission.ts): a few requests at work, the rest served in
 * arrival order; a full line or a long wait answers 503 SERVER_BUSY with Retry-After.
 */

interface Held {
  /** Lets the request with this name finish. */
  finish(name: string): void;
  /** Names in the order the handler started them. */
  started: string[];
  url: string;
  admission: Admission;
  close(): Promise<void>;
}

const servers: Held[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A server whose handler holds each request (`?name=`) until the test finishes it; `?leave` gives the place back first. */
async function heldServer(limits: Partial<AdmissionLimits>): Promise<Held> {
  const admission = new Admission({ ...defaultAdmissionLimits, ...limits });
  const waiting = new Map<string, () => void>();
  const started: string[] = [];
  const app = express();
  app.use('/work', admission.middleware(), (req, res) => {
    const name = String(req.query.name);
    started.push(name);
    if ('leave' in req.query) ticketOf(res).leave();
    waiting.set(name, () => res.json({ name }));
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const held: Held = {
    started,
    admission,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    finish: (name) => waiting.get(name)!(),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  servers.push(held);
  return held;
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 2_000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
};

describe('the line in front of GraphQL', () => {
  it('runs at most `concurrency` requests at once and the others in arrival order', async () => {
    const server = await heldServer({ concurrency: 1 });
    const answers = ['a', 'b', 'c'].map((name) => fetch(`${server.url}/work?name=${name}`));
    await until(() => server.admission.state.waiting === 2);
    expect(server.started).toEqual(['a']);
    server.finish('a');
    await until(() => server.started.length === 2);
    expect(server.started).toEqual(['a', 'b']);
    server.finish('b');
    await until(() => server.started.length === 3);
    server.finish('c');
    expect((await Promise.all(answers)).map((response) => response.status)).toEqual([200, 200, 200]);
    await until(() => server.admission.state.running === 0);
  });

  it('answers a full line with 503, SERVER_BUSY and Retry-After, and serves the requests in it', async () => {
    const server = await heldServer({ concurrency: 1, waiting: 1, retryAfterSeconds: 3 });
    const first = fetch(`${server.url}/work?name=a`);
    const second = fetch(`${server.url}/work?name=b`);
    await until(() => server.admission.state.waiting === 1);
    const refused = await fetch(`${server.url}/work?name=c`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('3');
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'SERVER_BUSY', retryAfterSeconds: 3 } }] });
    server.finish('a');
    await until(() => server.started.includes('b'));
    server.finish('b');
    expect([(await first).status, (await second).status]).toEqual([200, 200]);
    expect(server.started).not.toContain('c');
  });

  it('answers 503 to a request that waited longer than `maxWaitMs`, which then never runs', async () => {
    const server = await heldServer({ concurrency: 1, maxWaitMs: 50 });
    const first = fetch(`${server.url}/work?name=a`);
    await until(() => server.started.length === 1);
    const late = await fetch(`${server.url}/work?name=b`);
    expect(late.status).toBe(503);
    expect(server.admission.state.waiting).toBe(0);
    server.finish('a');
    expect((await first).status).toBe(200);
    expect(server.started).toEqual(['a']);
  });

  it('lets a request give its place back early (a heavy request leaving for the heavy line)', async () => {
    const server = await heldServer({ concurrency: 1 });
    const heavy = fetch(`${server.url}/work?name=heavy&leave`);
    await until(() => server.started.length === 1);
    const light = fetch(`${server.url}/work?name=light`);
    // The light request runs while the heavy one is still at work.
    await until(() => server.started.length === 2);
    server.finish('light');
    expect((await light).status).toBe(200);
    server.finish('heavy');
    expect((await heavy).status).toBe(200);
    await until(() => server.admission.state.running === 0);
  });

  it('drops a waiting request whose client went away', async () => {
    const server = await heldServer({ concurrency: 1 });
    const first = fetch(`${server.url}/work?name=a`);
    await until(() => server.started.length === 1);
    const gone = new AbortController();
    const abandoned = fetch(`${server.url}/work?name=b`, { signal: gone.signal }).catch(() => 'aborted');
    await until(() => server.admission.state.waiting === 1);
    gone.abort();
    expect(await abandoned).toBe('aborted');
    await until(() => server.admission.state.waiting === 0);
    server.finish('a');
    expect((await first).status).toBe(200);
    expect(server.started).toEqual(['a']);
  });

  it('takes the number at work from GRAPHQL_CONCURRENCY and refuses nonsense', () => {
    expect(admissionLimitsFromEnv({}).concurrency).toBe(defaultAdmissionLimits.concurrency);
    expect(admissionLimitsFromEnv({ GRAPHQL_CONCURRENCY: '6' }).concurrency).toBe(6);
    expect(() => admissionLimitsFromEnv({ GRAPHQL_CONCURRENCY: '0' })).toThrow(/GRAPHQL_CONCURRENCY/);
  });
});

describe('the heavy-request line as one request uses it', () => {
  it('gives the request’s place in the line of all requests back before it queues', async () => {
    const left: string[] = [];
    const line = new HeavyQueue({ concurrency: 1, waiting: 1, retryAfterSeconds: 1 }).for({ leave: () => left.push('left') });
    await expect(line.run('screening', async () => left.length)).resolves.toBe(1);
  });
});
