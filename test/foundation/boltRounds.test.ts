/**
 * What one statement costs on the wire: the Bolt messages Graph sends and how often it waits for
 * Neo4j's answer before sending more. Each wait is a round trip on every request's path; the
 * baseline is `driver.executeQuery` (what the bench's bare server runs), which sends BEGIN together
 * with RUN and PULL. Read from the driver's debug log, so the figures are exact, not timed.
 */
import neo4j, { routing, type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Graph } from '../../graph/driver.ts';
import { testGraph } from '../support/graph.ts';

let graph: Graph;
let driver: Driver;
let log: string[] = [];

beforeAll(async () => {
  const connected = await testGraph();
  const server = inject('neo4j');
  driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password), {
    disableLosslessIntegers: true,
    logging: { level: 'debug', logger: (_level, message) => log.push(message) },
  });
  graph = new Graph(driver, connected.database, connected.serverVersion);
  await connected.close();
});
afterAll(async () => {
  await driver?.close();
});

/** The Bolt messages `work` sent and received, in order (`C: BEGIN`, `S: SUCCESS`, …). */
async function wire(work: () => Promise<unknown>): Promise<string[]> {
  await work(); // a pooled connection, so the log holds the statement's messages only
  log = [];
  await work();
  return log.map((line) => /\b([CS]): ([A-Z]+)/.exec(line)).flatMap((match) => (match ? [`${match[1]}: ${match[2]}`] : []));
}

/** Times the client waited for the server before it could send more: one per run of client messages. */
function roundTrips(messages: readonly string[]): number {
  return messages.filter((message, i) => message.startsWith('C:') && !messages[i - 1]?.startsWith('C:')).length;
}

const statement = 'UNWIND range(1, 3) AS n RETURN n';

describe('one read statement on the wire', () => {
  it('sends BEGIN together with RUN and PULL, then COMMIT: two round trips, as executeQuery', async () => {
    const read = await wire(() => graph.read(statement));
    expect(read.filter((message) => message.startsWith('C:'))).toEqual(['C: BEGIN', 'C: RUN', 'C: PULL', 'C: COMMIT']);
    expect(roundTrips(read)).toBe(2);
    const bare = await wire(() => driver.executeQuery(statement, {}, { database: graph.database, routing: routing.READ }));
    expect(read).toEqual(bare);
  });

  it('carries the read timeout and read mode in its BEGIN', async () => {
    await wire(() => graph.read(statement, {}, { timeoutMs: 4_321 }));
    const begin = log.find((line) => line.includes('C: BEGIN'))!;
    expect(JSON.parse(begin.slice(begin.indexOf('{')))).toMatchObject({ mode: 'r', tx_timeout: { low: 4_321, high: 0 } });
  });

  it('answers the rows as plain objects', async () => {
    expect(await graph.read<{ n: number }>(statement)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });
});
