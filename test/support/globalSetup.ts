import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { readGraphConfig } from '../../graph/config.ts';
import { connectGraph, type Graph } from '../../graph/driver.ts';
import { applySchema } from '../../graph/schema.ts';
import { loadDefaultDataIfEmpty } from '../../seed/defaultData.ts';
import { copyDefaultDataStore } from './defaultDataStore.ts';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

let graph: Graph | undefined;
let dataDir: string | undefined;

/** One real Neo4j for the whole run: the embedded DBMS on a free port and a temp folder, or NEO4J_URI. */
export async function setup(project: TestProject): Promise<void> {
  const external = process.env.NEO4J_URI;
  if (!external) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-graph-test-'));
    // Start from a copy of a store that already holds the default data (built once per code version).
    await copyDefaultDataStore(path.join(dataDir, 'neo4j'), { freePort, log: (line) => console.log(line) });
  }
  const env = external
    ? process.env
    : { ...process.env, NEO4J_DATA_DIR: path.join(dataDir!, 'neo4j'), NEO4J_BOLT_PORT: String(await freePort()), NEO4J_HEAP_MB: '1024', NEO4J_PAGECACHE_MB: '512' };
  const config = readGraphConfig(env);
  graph = await connectGraph(config, { log: (line) => console.log(line) });
  await applySchema(graph);
  // Every run has the reference graph and the demo corpus (fixtures use their own id prefixes beside them);
  // with the copied store this finds them there, against NEO4J_URI it loads them once.
  await loadDefaultDataIfEmpty(graph, { log: (line) => console.log(line) });
  project.provide('neo4j', {
    uri: graph.embeddedInfo?.uri ?? external!,
    user: config.user,
    password: graph.embeddedInfo?.password ?? config.password ?? '',
    database: config.database,
  });
}

export async function teardown(): Promise<void> {
  await graph?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
