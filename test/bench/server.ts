import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { repoRoot } from '../../graph/config.ts';
import type { Graph } from '../../graph/driver.ts';
import { rssMiB } from './dbms.ts';
import type { GraphqlRequest } from './httpLoad.ts';

export interface ServerProcess {
  url: string;
  pid: number;
  rssMiB(): number | undefined;
  stop(): Promise<void>;
}

/**
 * Starts test/bench/serve.ts (the API) — or, with `bare`, test/bench/bareServe.ts over the given
 * statements file — against the bench DBMS and waits for its URL.
 */
export async function startServerProcess(graph: Graph, bare?: { statementsFile: string }): Promise<ServerProcess> {
  const embedded = graph.embeddedInfo;
  if (!embedded) throw new Error('the bench server needs the bench DBMS (embedded) connection details');
  const script = bare ? 'bareServe.ts' : 'serve.ts';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, script)], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NEO4J_URI: embedded.uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: embedded.password,
      NEO4J_DATABASE: graph.database,
      NODE_ENV: 'production',
      ...(bare ? { BENCH_STATEMENTS: bare.statementsFile } : {}),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /^BENCH-(?:SERVER|BARE) (\S+)/.exec(line);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the bench API server exited during start-up (code ${code})`)));
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  return {
    url,
    pid: child.pid!,
    rssMiB: () => rssMiB(child.pid!),
    stop: async () => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** POSTs one GraphQL operation; throws on transport errors, returns the parsed body. */
export async function postGraphql(url: string, request: GraphqlRequest): Promise<{ data?: unknown; errors?: Array<{ message: string }> }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(request),
  });
  return (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
}
