import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HeavyQueue } from '../../server/heavyQueue.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/** Heavy requests (screening, exposure beyond 3 hops) go through a bounded line; a full line answers 503 with Retry-After. */

describe('HeavyQueue', () => {
  it('runs at most `concurrency` at once, queues up to `waiting`, refuses the rest with SERVER_BUSY', async () => {
    const queue = new HeavyQueue({ concurrency: 1, waiting: 1, retryAfterSeconds: 7 });
    const order: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = queue.run('a', async () => {
      order.push('a start');
      await gate;
      order.push('a end');
    });
    const second = queue.run('b', async () => {
      order.push('b');
    });
    expect(queue.state).toEqual({ running: 1, waiting: 1 });
    await expect(queue.run('c', async () => order.push('c'))).rejects.toMatchObject({ extensions: { code: 'SERVER_BUSY', retryAfterSeconds: 7 } });
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['a start', 'a end', 'b']);
    expect(queue.state).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot when the work fails', async () => {
    const queue = new HeavyQueue({ concurrency: 1, waiting: 0, retryAfterSeconds: 1 });
    await expect(queue.run('x', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(queue.run('y', async () => 'ok')).resolves.toBe('ok');
  });
});

describe('a full heavy-request line over HTTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    // No slot and no line: every heavy request is refused, every light one still answered.
    server = await startTestServer({ heavy: { concurrency: 0, waiting: 0, retryAfterSeconds: 9 } });
  });
  afterAll(() => server.close());

  const post = (query: string) =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });

  it('answers screening with 503, SERVER_BUSY and Retry-After', async () => {
    const response = await post('{ screen(subjects: ["nobody-at-all"]) { rows { status } } }');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('9');
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe('SERVER_BUSY');
  });

  it('answers a 6-hop exposure with 503 but a 2-hop one normally', async () => {
    const six = await post('{ exposure(subject: "no-such-subject", maxHops: 6) { totalHits } }');
    expect(six.status).toBe(503);
    const two = (await (await post('{ exposure(subject: "no-such-subject", maxHops: 2) { totalHits } }')).json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(two.errors[0]!.extensions.code).toBe('NOT_FOUND');
  });
});
