/**
 * The GraphQL rows' baseline: a bare `node:http` server (no Express, no GraphQL, no Graph wrapper)
 * in a process of its own, answering request `i` by running the statements the API sent for that
 * request (BENCH_STATEMENTS, JSON lines, one request a line) through `driver.executeQuery`, and
 * writing the records as JSON. `/rounds/<i>` keeps the API's rounds (statements in flight together
 * run together), `/one/<i>` runs every statement in a single round. Prints `BENCH-BARE <url>`.
 */
import fs from 'node:fs';
import http from 'node:http';
import neo4j, { routing } from 'neo4j-driver';
import type { Statement } from './measure.ts';

const requests: Statement[][] = fs
  .readFileSync(process.env.BENCH_STATEMENTS!, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Statement[]);
const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USER!, process.env.NEO4J_PASSWORD!), { disableLosslessIntegers: true });
const database = process.env.NEO4J_DATABASE!;

const run = async ({ cypher, params }: Statement) =>
  (await driver.executeQuery(cypher, params, { database, routing: routing.READ })).records.map((record) => record.toObject());

async function answer(mode: string, statements: Statement[]): Promise<unknown[]> {
  if (mode === 'one') return Promise.all(statements.map(run));
  const results: unknown[] = [];
  for (let start = 0; start < statements.length; ) {
    let end = start;
    while (end < statements.length && statements[end]!.wave === statements[start]!.wave) end++;
    results.push(...(await Promise.all(statements.slice(start, end).map(run))));
    start = end;
  }
  return results;
}

const server = http.createServer((req, res) => {
  const [, mode, index] = (req.url ?? '').split('/');
  const statements = requests[Number(index)];
  if (!statements || (mode !== 'one' && mode !== 'rounds')) {
    res.writeHead(404).end();
    return;
  }
  answer(mode, statements).then(
    (data) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data })),
    (error: unknown) => res.writeHead(500).end(String(error)),
  );
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address() as { port: number };
  console.log(`BENCH-BARE http://127.0.0.1:${address.port}`);
});
process.on('SIGTERM', () => {
  server.close();
  void driver.close().finally(() => process.exit(0));
});
