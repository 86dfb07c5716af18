import { spawn } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';
import { repoRoot } from '../../graph/config.ts';

/**
 * `npm start`'s program (server/main.ts) against the run's Neo4j (NEO4J_URI: nothing local starts),
 * on loopback with access control off unless `env` says otherwise. Kill the child when done.
 */
export function startCommand(env: Record<string, string> = {}, args: string[] = []) {
  const neo4j = inject('neo4j');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'server', 'main.ts'), ...args], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
      HOST: '127.0.0.1',
      API_KEYS: '',
      API_KEYS_FILE: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}
