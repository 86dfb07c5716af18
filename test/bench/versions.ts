import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../graph/config.ts';

const packages = ['neo4j-driver', 'graphql', '@apollo/server', 'autocannon', 'cytoscape', 'cytoscape-fcose', 'playwright-core'];

/** Node and the installed versions of the packages whose speed the figures depend on. */
export function benchVersions(): Record<string, string> {
  const versions: Record<string, string> = { node: process.version };
  for (const name of packages) {
    const file = path.join(repoRoot, 'node_modules', name, 'package.json');
    versions[name] = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version : 'not installed';
  }
  return versions;
}
