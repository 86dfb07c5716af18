/**
 * The start command (`npm start`): Neo4j (embedded unless NEO4J_URI), schema, default data when the
 * database is empty, then the API and web UI on HOST:PORT. Ctrl-C / SIGTERM drain requests, close
 * the graph (stopping the embedded Neo4j) and exit 0. Every start-up failure is one line, exit 1.
 */
import net from 'node:net';
import { readGraphConfig } from '../graph/config.ts';
import type { Graph } from '../graph/driver.ts';
import { today } from '../graph/domain/isoDate.ts';
import { StartupError } from '../graph/errors.ts';
import { warmMonitoring } from '../graph/monitoring/warm.ts';
import { graphStats } from '../graph/queries/stats.ts';
import { applySchema } from '../graph/schema.ts';
import { connectWithDefaultData, loadDefaultDataIfEmpty } from '../seed/defaultData.ts';
import { createServer, type ScsServer } from './app.ts';
import { guardPublicBind } from './security/bindGuard.ts';
import { describeSecurity, readSecurityConfig } from './security/config.ts';
import { securityMiddleware } from './security/index.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);

export interface ListenConfig {
  host: string;
  port: number;
}

export function readListenConfig(env: NodeJS.ProcessEnv = process.env): ListenConfig {
  const host = env.HOST || '127.0.0.1';
  const raw = env.PORT || '4000';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new StartupError(`PORT must be a port number (0-65535), got '${raw}'`, 'set PORT to a free port such as 4000');
  }
  return { host, port };
}

function portTaken(config: ListenConfig): StartupError {
  return new StartupError(
    `PORT ${config.port} on ${config.host} is already in use by another process`,
    `stop that process or start with another port, e.g. PORT=${config.port + 1} npm start`,
  );
}

/** Fails before Neo4j starts (which takes a while) when the HTTP port is already taken. */
async function requirePortFree(config: ListenConfig): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(portTaken(config));
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
        reject(new StartupError(`HOST ${config.host} is not an address of this machine`, 'set HOST to 127.0.0.1 or to one of this machine’s addresses'));
      } else reject(error);
    });
    probe.listen(config.port, config.host, () => probe.close(() => resolve()));
  });
}

async function listen(server: ScsServer, config: ListenConfig): Promise<string> {
  try {
    return await server.start(config.port, config.host);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw portTaken(config);
    throw error;
  }
}

let graph: Graph | undefined;
let server: ScsServer | undefined;

async function shutdown(signal: string): Promise<void> {
  log(`scs-graph: ${signal} received, stopping…`);
  try {
    await server?.stop();
    await graph?.close();
    process.exit(0);
  } catch (error) {
    log(`scs-graph: error while stopping: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(signal));
  const listenConfig = readListenConfig();
  const graphConfig = readGraphConfig();
  const security = readSecurityConfig();
  guardPublicBind(listenConfig.host, security.keys.enabled, process.argv.includes('--insecure-public'));
  await requirePortFree(listenConfig);
  graph = await connectWithDefaultData(graphConfig, { log });
  await applySchema(graph);
  await loadDefaultDataIfEmpty(graph, { log: (line) => log(`scs-graph: ${line}`) });
  server = await createServer({ graph, log, before: securityMiddleware(security) });
  const url = await listen(server, listenConfig);
  console.log(`scs-graph ready: ${url} (GraphQL /graphql, GraphiQL /graphiql)`);
  // The first screen's counts, read once in the background so that their plans and pages are warm
  // before the first analyst opens the explorer (2.4 s cold, 0.3 s warm on the demo corpus).
  void graphStats(graph.warming(), today()).catch(warmingFailed('the first screen'));
  // Likewise the monitoring inbox's first page and its explanation (the page statement's first planning took seconds).
  void warmMonitoring(graph, today()).catch(warmingFailed('the monitoring inbox'));
  log(`scs-graph: ${describeSecurity(security)}`);
}

/** A failed warm-up costs only the first request's speed: say so and carry on. */
const warmingFailed = (what: string) => (error: unknown) => log(`scs-graph: warming ${what} failed (its first request plans cold): ${error instanceof Error ? error.message : String(error)}`);

main().catch(async (error: unknown) => {
  log(error instanceof StartupError ? error.toLine() : `scs-graph: ${error instanceof Error ? error.message : String(error)}`);
  await server?.stop().catch(() => {});
  await graph?.close().catch(() => {});
  process.exit(1);
});
