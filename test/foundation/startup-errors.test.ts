import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, inject } from 'vitest';
import { readGraphConfig } from '../../graph/config.ts';
import { connectGraph, requireSupportedVersion } from '../../graph/driver.ts';
import { embeddedPassword, launcherError, startEmbeddedNeo4j } from '../../graph/embedded/supervisor.ts';
import { StartupError } from '../../graph/errors.ts';
import { freePort } from '../support/globalSetup.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-startup-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function startupError(promise: Promise<unknown>): Promise<StartupError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(StartupError);
  return error as StartupError;
}

describe('start-up errors are one clear line with cause and fix', () => {
  it('names a taken Bolt port and the variable to change', async () => {
    const server = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      const config = readGraphConfig({ NEO4J_DATA_DIR: path.join(tmp, 'port'), NEO4J_BOLT_PORT: String(port) });
      const error = await startupError(startEmbeddedNeo4j(config.embedded));
      expect(error.toLine()).toMatch(new RegExp(`port ${port} on 127.0.0.1 is already in use.*NEO4J_BOLT_PORT`));
      expect(error.toLine()).not.toMatch(/\n|at .*\.ts/);
    } finally {
      server.close();
    }
  });

  it('names the wrong password', async () => {
    const neo4j = inject('neo4j');
    const config = readGraphConfig({ NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: 'definitely-wrong' });
    const error = await startupError(connectGraph(config));
    expect(error.toLine()).toMatch(/refused user 'neo4j': wrong user name or password\. Fix: set NEO4J_USER and NEO4J_PASSWORD/);
  });

  it('names an unreachable NEO4J_URI', async () => {
    const port = await freePort();
    const config = readGraphConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'whatever1' });
    const error = await startupError(connectGraph(config));
    expect(error.toLine()).toMatch(new RegExp(`cannot reach Neo4j at bolt://127.0.0.1:${port}.*Fix: check NEO4J_URI`));
  });

  it('names a database that is too old', () => {
    expect(() => requireSupportedVersion('4.4.30', 'neo4j://db.example:7687')).toThrow(
      /version 4\.4\.30, older than the 5\.21 scs-graph needs/,
    );
    expect(() => requireSupportedVersion('5.26.30', 'bolt://x')).not.toThrow();
    expect(() => requireSupportedVersion('2025.10.1', 'bolt://x')).not.toThrow();
  });

  it('names a missing Java and how to install it', async () => {
    const savedPath = process.env.PATH;
    process.env.PATH = path.join(tmp, 'empty-bin');
    try {
      const config = readGraphConfig({ NEO4J_DATA_DIR: path.join(tmp, 'nojava'), NEO4J_BOLT_PORT: String(await freePort()) });
      const error = await startupError(startEmbeddedNeo4j(config.embedded));
      expect(error.toLine()).toMatch(/Java was not found.*apt-get install openjdk-17-jdk-headless.*NEO4J_URI/);
      expect(error.logFile).toBeDefined();
    } finally {
      process.env.PATH = savedPath;
    }
  });

  it('maps a locked data directory and an incompatible store to their fixes', () => {
    expect(launcherError('FileLockException: Lock file has been locked by another process', '/x.log').toLine()).toMatch(
      /locked by another running Neo4j.*NEO4J_DATA_DIR.*\(log: \/x\.log\)/,
    );
    expect(launcherError('UnableToUpgradeException: store format too old', '/x.log').message).toMatch(/incompatible Neo4j version/);
  });

  it('generates one password, keeps it with mode 0600, and prefers NEO4J_PASSWORD', () => {
    const dir = path.join(tmp, 'pw');
    fs.mkdirSync(dir);
    const first = embeddedPassword(dir, {});
    expect(first.length).toBeGreaterThanOrEqual(20);
    expect(embeddedPassword(dir, {})).toBe(first);
    expect(fs.statSync(path.join(dir, 'password')).mode & 0o777).toBe(0o600);
    expect(embeddedPassword(dir, { NEO4J_PASSWORD: 'from-env-123' })).toBe('from-env-123');
    expect(() => embeddedPassword(dir, { NEO4J_PASSWORD: 'short' })).toThrow(/shorter than 8/);
  });
});
