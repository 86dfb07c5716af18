/**
 * Faults, against a Neo4j of this file's own (the run's shared one is never stopped or wiped): the
 * database frozen (SIGSTOP) and thawed, killed (SIGKILL) and restarted by the supervisor, stopped and
 * started; a query cancelled; an import killed with SIGKILL in the middle of a file, then rerun.
 * Each asserts the answer, the recovery and what is in Neo4j; the times are printed (for
 * docs/reliability.md), never asserted.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGraphConfig, repoRoot } from '../../graph/config.ts';
import { makeUscc } from '../../graph/domain/uscc.ts';
import { connectGraph, type Graph } from '../../graph/driver.ts';
import { QueryCancelledError } from '../../graph/errors.ts';
import { readCheckpoint } from '../../graph/load/checkpoint.ts';
import { deleteAllData } from '../../graph/load/reset.ts';
import { applySchema } from '../../graph/schema.ts';
import { checkpointKey } from '../../seed/import/run.ts';
import { createServer, type ScsServer } from '../../server/app.ts';
import { graphDigest } from './graphDigest.ts';
import { startSeparateNeo4j, type SeparateNeo4j } from './separateNeo4j.ts';

// A Neo4j start takes seconds on an idle machine and minutes on a busy shared one.
const startPatience = 300_000;

let neo4j: SeparateNeo4j;
let graph: Graph;
let workDir: string;
const supervisorLog: string[] = [];

beforeAll(async () => {
  // Secrets of the API's environment must not reach the JVM (issue 19: it inherited API_KEYS).
  const secrets = { API_KEYS: `probe:viewer:${'s'.repeat(40)}`, ID_HASH_SALT: 'probe-salt' };
  Object.assign(process.env, secrets);
  try {
    neo4j = await startSeparateNeo4j((line) => supervisorLog.push(line));
  } finally {
    for (const name of Object.keys(secrets)) delete process.env[name];
  }
  graph = await connectGraph(readGraphConfig({ NEO4J_URI: neo4j.current.uri, NEO4J_PASSWORD: neo4j.current.password }));
  await applySchema(graph);
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-graph-faults-files-'));
}, startPatience);

afterAll(async () => {
  // A failed freeze test must not leave the JVM stopped (it would never exit).
  if (neo4j) process.kill(neo4j.current.pid, 'SIGCONT');
  await graph?.close();
  await neo4j?.dispose();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Neo4j frozen, killed or stopped while the API serves', () => {
  let server: ScsServer;
  let url: string;
  const logs: string[] = [];

  beforeAll(async () => {
    await graph.write(`MERGE (p:Node:Person {id: 'flt-p1'}) SET p.nameZh = '故障测试', p.source = 'test', p.recordedAt = '2024-01-01T00:00:00Z'`);
    server = await createServer({ graph, log: (line) => logs.push(line) });
    url = await server.start(0, '127.0.0.1');
  });

  afterAll(async () => {
    await server?.stop();
  });

  const lookup = async () => {
    const started = Date.now();
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ node(id: "flt-p1") { id label } }` }),
    });
    return { status: response.status, body: (await response.json()) as { data?: { node: { id: string } | null }; errors?: Array<{ message: string; extensions: { code: string } }> }, ms: Date.now() - started };
  };
  const ready = async () => {
    const started = Date.now();
    const status = (await fetch(`${url}/readyz`)).status;
    return { status, ms: Date.now() - started };
  };
  /** Polls /readyz until 200 (or `patience` ms); returns how long it took. */
  const untilReady = async (patience: number) => {
    const started = Date.now();
    while (Date.now() - started < patience) {
      if ((await ready()).status === 200) return Date.now() - started;
      await sleep(250);
    }
    throw new Error(`/readyz stayed red for ${patience} ms`);
  };
  const personCount = async () => (await graph.read<{ n: number }>('MATCH (n:Node) RETURN count(n) AS n'))[0]!.n;

  it('frozen (SIGSTOP): 503 DATABASE_UNAVAILABLE and a red /readyz instead of a hang; thawed (SIGCONT): answers again, nothing lost', async () => {
    const before = await lookup();
    expect(before.body.data?.node?.id).toBe('flt-p1');
    const nodesBefore = await personCount();

    const pid = neo4j.current.pid;
    process.kill(pid, 'SIGSTOP');
    const frozenAt = Date.now();
    try {
      const first = await lookup();
      const probe = await ready();
      const second = await lookup();
      console.log(
        `frozen: first query HTTP ${first.status} ${first.body.errors?.[0]?.extensions.code} after ${first.ms} ms; /readyz ${probe.status} in ${probe.ms} ms; next query ${second.status} in ${second.ms} ms`,
      );
      expect(first.status).toBe(503);
      expect(first.body.errors?.[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect(probe.status).toBe(503);
      expect(second.status).toBe(503);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    const recovered = await untilReady(60_000);
    const after = await lookup();
    console.log(`thawed after ${Date.now() - frozenAt} ms frozen: ready again in ${recovered} ms, query HTTP ${after.status}`);
    expect(after.status).toBe(200);
    expect(after.body.data?.node?.id).toBe('flt-p1');
    expect(await personCount()).toBe(nodesBefore);
    expect(logs.filter((line) => /internal error/.test(line))).toEqual([]);
  }, startPatience);

  it('killed (SIGKILL): the supervisor logs the crash and restarts Neo4j; the API recovers by itself, nothing lost', async () => {
    const nodesBefore = await personCount();
    const pid = neo4j.current.pid;
    const restartsBefore = neo4j.current.restarts;
    process.kill(pid, 'SIGKILL');
    const killedAt = Date.now();
    const down = await lookup();
    expect(down.status).toBe(503);
    expect(down.body.errors?.[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');

    // Bolt answers a moment before the launcher reports ready (it sets the password in between).
    await expect.poll(() => neo4j.current.restarts, { timeout: startPatience - 30_000, interval: 250 }).toBe(restartsBefore + 1);
    const restartedAfter = Date.now() - killedAt;
    await untilReady(60_000);
    console.log(`killed: first answer HTTP ${down.status} in ${down.ms} ms; restarted ${restartedAfter} ms after the kill, API ready ${Date.now() - killedAt} ms after it`);
    expect(neo4j.current.pid).not.toBe(pid);
    const crashLine = supervisorLog.find((line) => /exited unexpectedly \(SIGKILL\)/.test(line));
    expect(crashLine).toContain(neo4j.current.logFile);
    expect(supervisorLog.some((line) => /restarted \(pid \d+, restart 1\); log: /.test(line))).toBe(true);
    const after = await lookup();
    expect(after.status).toBe(200);
    expect(after.body.data?.node?.id).toBe('flt-p1');
    expect(await personCount()).toBe(nodesBefore);
  }, startPatience);

  it('stopped: answers DATABASE_UNAVAILABLE / 503 without hanging, /readyz goes 503, and recovers without a restart', async () => {
    const before = await lookup();
    expect(before.body.data?.node?.id).toBe('flt-p1');

    await neo4j.stop();
    const down = await lookup();
    console.log(`database stopped: a query answered HTTP ${down.status} ${down.body.errors?.[0]?.extensions.code} in ${down.ms} ms`);
    expect(down.status).toBe(503);
    expect(down.body.errors?.[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(down.body.errors?.[0]?.message).toMatch(/not reachable/);
    const readyDown = await fetch(`${url}/readyz`);
    expect(readyDown.status).toBe(503);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);

    await neo4j.start();
    const readyAfter = await untilReady(60_000);
    const after = await lookup();
    console.log(`database started again: ready after ${readyAfter} ms, query HTTP ${after.status} in ${after.ms} ms`);
    expect(after.status).toBe(200);
    expect(after.body.data?.node?.id).toBe('flt-p1');
    // The outage is not an internal error: nothing logged with a stack for it.
    expect(logs.filter((line) => /internal error/.test(line))).toEqual([]);
  }, startPatience);
});

describe('the JVM environment', () => {
  it('holds none of the API secrets (API_KEYS, ID_HASH_SALT, NEO4J_PASSWORD)', () => {
    const environ = fs.readFileSync(`/proc/${neo4j.current.pid}/environ`, 'utf8').split('\0');
    const names = environ.map((entry) => entry.split('=')[0]);
    expect(names).toContain('PATH');
    expect(names).toContain('SCS_NEO4J_HOME');
    expect(names.filter((name) => /^(API_KEYS|API_KEYS_FILE|ID_HASH_SALT|NEO4J_PASSWORD)$/.test(name!))).toEqual([]);
  });
});

describe('a query whose client went away', () => {
  it('is cancelled: the caller gets QueryCancelledError and Neo4j no longer runs it', async () => {
    const cancel = new AbortController();
    const marker = `cancel-probe-${Date.now()}`;
    // Seconds of work for Neo4j, far longer than the test waits for it to go.
    const slow = graph.scoped({ signal: cancel.signal }).read(`UNWIND range(1, 2000000000) AS x WITH x, '${marker}' AS tag WHERE x = -1 RETURN count(*) AS n`);
    const running = async () =>
      (await graph.read<{ n: number }>('SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker AND NOT currentQuery CONTAINS "SHOW" RETURN count(*) AS n', { marker }))[0]!.n;
    while ((await running()) === 0) await sleep(100);
    cancel.abort();
    await expect(slow).rejects.toBeInstanceOf(QueryCancelledError);
    let left = await running();
    for (let i = 0; i < 50 && left > 0; i++) {
      await sleep(100);
      left = await running();
    }
    expect(left).toBe(0);
  }, 60_000);
});

describe('import killed mid-file and rerun', () => {
  const companies = 3_000;
  const batchSize = 100;
  const uscc = (i: number) => makeUscc({ authority: '9', category: '1', division: '110105', orgBody8: String(i).padStart(8, '0') });

  function writeFiles(count = companies): string[] {
    const companyLines = ['uscc,name_zh,registered_capital,established'];
    const relationLines = ['type,from_id,to_id,share'];
    for (let i = 1; i <= count; i++) {
      companyLines.push(`${uscc(i)},可靠性测试第${i}公司,${i * 1000},2015-03-${String((i % 28) + 1).padStart(2, '0')}`);
      if (i > 1) relationLines.push(`shareholder,${uscc(i - 1)},${uscc(i)},0.3`);
    }
    const companiesFile = path.join(workDir, 'companies.csv');
    const relationsFile = path.join(workDir, 'relations.csv');
    fs.writeFileSync(companiesFile, `${companyLines.join('\n')}\n`);
    fs.writeFileSync(relationsFile, `${relationLines.join('\n')}\n`);
    return [companiesFile, relationsFile];
  }

  function runImport(files: string[]) {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'seed/import/cli.ts'), ...files, '--batch-size', String(batchSize)], {
      cwd: repoRoot,
      env: { ...process.env, NEO4J_URI: neo4j.current.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: neo4j.current.password },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    return { child, exited, output: () => output };
  }

  /** Starts the import and SIGKILLs it once the checkpoint shows a few committed batches of the first file. */
  async function importKilledEarly(files: string[]) {
    const key = checkpointKey(files[0]!);
    const killed = runImport(files);
    let lastBatch = -1;
    let batches = 0;
    while (lastBatch < 3) {
      const done = await Promise.race([killed.exited.then(() => true), sleep(50).then(() => false)]);
      if (done) throw new Error(`the import ended before it could be killed:\n${killed.output()}`);
      const checkpoint = await readCheckpoint(graph, key);
      lastBatch = checkpoint?.lastBatch ?? -1;
      batches = checkpoint?.batches ?? 0;
    }
    killed.child.kill('SIGKILL');
    expect((await killed.exited).signal).toBe('SIGKILL');
    return { key, batches };
  }

  it('SIGKILL after some batches, then a rerun: the same graph as an uninterrupted import, no duplicates', async () => {
    const files = writeFiles();
    await deleteAllData(graph);
    const { key, batches } = await importKilledEarly(files);
    const partial = await graphDigest(graph);
    const atKill = await readCheckpoint(graph, key);
    console.log(`import killed at batch ${atKill?.lastBatch} of ${batches}: ${partial.nodes} nodes, ${partial.relationships} relationships written`);
    expect(atKill?.completed).toBe(false);
    expect(partial.nodes).toBeGreaterThan(0);
    expect(partial.nodes).toBeLessThan(companies);
    // Committed batches are whole: nothing of a batch after the checkpoint is in the graph.
    expect(partial.nodes).toBe((atKill!.lastBatch + 1) * batchSize);

    const rerun = runImport(files);
    expect((await rerun.exited).code, rerun.output()).toBe(0);
    expect(rerun.output()).toMatch(/resuming an interrupted import at unit \d+ of \d+/);
    const resumed = await graphDigest(graph);

    await deleteAllData(graph);
    const clean = runImport(files);
    expect((await clean.exited).code, clean.output()).toBe(0);
    const uninterrupted = await graphDigest(graph);

    console.log(`after rerun: ${resumed.nodes} nodes, ${resumed.relationships} relationships, digest ${resumed.hash.slice(0, 16)}; uninterrupted: ${uninterrupted.hash.slice(0, 16)}`);
    expect(uninterrupted).toMatchObject({ nodes: companies, relationships: companies - 1 });
    expect(resumed).toEqual(uninterrupted);
    const duplicateRels = await graph.read<{ n: number }>('MATCH ()-[r]->() WITH r.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS n');
    expect(duplicateRels[0]?.n).toBe(0);
  }, startPatience);

  it('SIGKILL, then the file changes: the rerun is refused in one line, nothing more written; --restart imports the new version with a warning', async () => {
    await deleteAllData(graph);
    const [companiesFile] = await importKilledEarly(writeFiles()).then(() => writeFiles(1_000));
    const partial = await graphDigest(graph);

    const refused = runImport([companiesFile!]);
    expect((await refused.exited).code).toBe(1);
    const lines = refused.output().trim().split('\n');
    console.log(`changed file after a kill: ${lines.at(-1)}`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^scs-graph import: an import of companies\.csv was interrupted after unit \d+ of 30 .* and the file \(SHA-256 was [0-9a-f]{12}…, is [0-9a-f]{12}…\) changed since; .* pass --restart/);
    expect(await graphDigest(graph)).toEqual(partial);

    const restarted = runImport([companiesFile!, '--restart']);
    expect((await restarted.exited).code, restarted.output()).toBe(0);
    expect(restarted.output()).toMatch(/warning: an import of companies\.csv was interrupted .* starting this version from the start \(--restart\)/);
    const after = await graphDigest(graph);
    // The new version's 1,000 companies, plus the interrupted import's rows beyond them (the warning says so).
    expect(after.nodes).toBe(Math.max(1_000, partial.nodes));
    expect((await readCheckpoint(graph, checkpointKey(companiesFile!)))?.completed).toBe(true);
  }, startPatience);

  it('Neo4j stops mid-import: one line naming the cause, exit 1, no stack; the rerun resumes and completes', async () => {
    await deleteAllData(graph);
    const files = writeFiles();
    const key = checkpointKey(files[0]!);
    const run = runImport(files);
    while (((await readCheckpoint(graph, key))?.lastBatch ?? -1) < 3) {
      if (await Promise.race([run.exited.then(() => true), sleep(50).then(() => false)])) throw new Error(`the import ended first:\n${run.output()}`);
    }
    await neo4j.stop();
    const exit = await run.exited;
    const lines = run.output().trim().split('\n').filter((line) => !/units \|/.test(line));
    console.log(`database stopped mid-import: exit ${exit.code}: ${lines.at(-1)}`);
    expect(exit.code).toBe(1);
    expect(lines.at(-1)).toMatch(/^scs-graph import: the database stopped answering during the import \(.+\); the units committed before stay, and running the same command again resumes after them$/);
    expect(run.output()).not.toMatch(/^\s+at /m);

    await neo4j.start();
    const rerun = runImport(files);
    expect((await rerun.exited).code, rerun.output()).toBe(0);
    expect(rerun.output()).toMatch(/resuming an interrupted import at unit \d+ of \d+/);
    expect(await graphDigest(graph)).toMatchObject({ nodes: companies, relationships: companies - 1 });
  }, startPatience);
});
