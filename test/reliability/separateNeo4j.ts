import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EmbeddedConfig } from '../../graph/config.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../graph/embedded/supervisor.ts';
import { freePort } from '../support/globalSetup.ts';

/**
 * A Neo4j of this test file's own (embedded, free port, temp folder), for tests that stop the
 * database or wipe it: the run's shared Neo4j must never see that. Small heap: it holds little.
 */
export interface SeparateNeo4j {
  config: EmbeddedConfig;
  current: EmbeddedNeo4j;
  /** Stops the DBMS (the data stays). */
  stop(): Promise<void>;
  /** Starts it again on the same port and data folder. */
  start(): Promise<void>;
  /** Stops it and deletes its folder. */
  dispose(): Promise<void>;
}

/** `log` hears the supervisor (crashes and restarts). */
export async function startSeparateNeo4j(log: (line: string) => void = () => {}): Promise<SeparateNeo4j> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-graph-faults-'));
  const config: EmbeddedConfig = { dataDir: path.join(dir, 'neo4j'), boltPort: await freePort(), heapMiB: 512, pageCacheMiB: 64, startTimeoutMs: 240_000 };
  let running: EmbeddedNeo4j | undefined = await startEmbeddedNeo4j(config, log);
  const handle: SeparateNeo4j = {
    config,
    current: running,
    async stop() {
      await running?.stop();
      running = undefined;
    },
    async start() {
      running = await startEmbeddedNeo4j(config, log);
      handle.current = running;
    },
    async dispose() {
      await running?.stop();
      running = undefined;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return handle;
}
