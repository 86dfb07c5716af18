/**
 * The API server under test, in a process of its own so its RSS and CPU are its own and the load
 * generator does not share its event loop. Connects to the bench DBMS (NEO4J_URI etc. from the
 * parent), listens on a free loopback port and prints `BENCH-SERVER <url>`; SIGTERM stops it.
 */
import { readGraphConfig } from '../../graph/config.ts';
import { connectGraph } from '../../graph/driver.ts';
import { createServer } from '../../server/app.ts';

const graph = await connectGraph(readGraphConfig());
const server = await createServer({ graph, log: () => {} });
const url = await server.start(0, '127.0.0.1');
console.log(`BENCH-SERVER ${url}`);

process.on('SIGTERM', () => {
  void server
    .stop()
    .then(() => graph.close())
    .finally(() => process.exit(0));
});
