import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../graph/config.ts';

const packages = ['neo4j-driver', 'graphql', '@apollo/server', 'autocannon', 'cytoscape', 'cytoscape-fcose', 'playwright-core'];

/** First line a program prints for its version (`java -version` prints on stderr), or 'not found'. */
function programVersion(command: string, args: string[]): string {
  const probe = spawnSync(command, args, { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return 'not found';
  return `${probe.stdout}${probe.stderr}`.trim().split('\n')[0]!;
}

/** Node, Java, Chromium and the installed versions of the packages whose speed the figures depend on. */
export function benchVersions(): Record<string, string> {
  const versions: Record<string, string> = {
    node: process.version,
    java: programVersion('java', ['-version']),
    chromium: programVersion('/usr/bin/chromium', ['--version']),
  };
  for (const name of packages) {
    const file = path.join(repoRoot, 'node_modules', name, 'package.json');
    versions[name] = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version : 'not installed';
  }
  return versions;
}
