/**
 * What a failed statement tells whoever reads the log: the function that sent it (the driver's own
 * caller stack is switched off for speed, graph/driver.ts), and the timeout the request's scope gave it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultReadTimeoutMs, type Graph, warmingReadTimeoutMs } from '../../graph/driver.ts';
import { QueryTimeoutError } from '../../graph/errors.ts';
import { testGraph } from '../support/graph.ts';

let graph: Graph;
beforeAll(async () => {
  graph = await testGraph();
});
afterAll(async () => {
  await graph?.close();
});

const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

async function aStatementSentFromHere(): Promise<unknown> {
  try {
    await graph.read('THIS IS NOT CYPHER');
  } catch (error) {
    return error;
  }
}

// Long enough to outlast a 1 ms timeout on any machine; no sleep procedure exists in Community.
const slowCount = 'UNWIND range(1, 20000000) AS n WITH n WHERE n % 7 = 0 RETURN count(n) AS total';

describe('a failed statement', () => {
  it("names its sender in the error's stack, beside Neo4j's message", async () => {
    const error = (await aStatementSentFromHere()) as Error;
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toMatch(/Invalid input/);
    expect(error.stack).toContain('aStatementSentFromHere');
  });

  it("times out after its request scope's read timeout when the caller names none", async () => {
    const error = await failure(graph.scoped({ readTimeoutMs: 1 }).read(slowCount));
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect((error as QueryTimeoutError).timeoutMs).toBe(1);
  });

  it('a warm-up read may take longer than a request, and keeps the scope it was given', async () => {
    expect(warmingReadTimeoutMs).toBeGreaterThan(defaultReadTimeoutMs);
    const controller = new AbortController();
    controller.abort();
    const error = await failure(graph.scoped({ signal: controller.signal }).warming().read('RETURN 1 AS one'));
    expect((error as Error).name).toBe('QueryCancelledError');
    expect(await graph.warming().read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
  });
});
