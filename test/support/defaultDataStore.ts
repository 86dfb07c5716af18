import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readGraphConfig, repoRoot } from '../../graph/config.ts';
import { connectGraph } from '../../graph/driver.ts';
import { anyNodeLabel, nodeKinds, Rel } from '../../graph/model.ts';
import { applySchema, schemaStatements } from '../../graph/schema.ts';
import { loadDefaultDataIfEmpty } from '../../seed/defaultData.ts';

/**
 * A Neo4j store that already holds the schema, the reference graph and the demo corpus, built once
 * per version of the code that shapes it and copied into each test run's data folder. Loading the
 * default data costs tens of seconds of CPU; copying the store costs well under one. Kept in
 * .data/test-store-<fingerprint>/ (git-ignored); concurrent runs wait for one builder (a lock folder).
 */
const sources = [
  'seed/defaultData.ts',
  'seed/reference',
  'seed/synthetic',
  'graph/load',
  'graph/domain/uscc.ts',
  // The USCC validator's tables (positions 1–2 and 3–8).
  'graph/domain/usccCategories.ts',
  'graph/domain/divisionCode.ts',
  // Company name keys are written with every company.
  'graph/domain/companyName.ts',
  'graph/domain/companyNameTerms.ts',
  'graph/matching/nameKeys.ts',
  'graph/neo4j-launcher/pom.xml',
];
const lockTimeoutMs = 15 * 60_000;

/** Hash of the code that shapes the store; the model and the schema count by what they define, so comment edits do not rebuild. */
function fingerprint(): string {
  const hash = createHash('sha256');
  const add = (file: string) => {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) for (const entry of fs.readdirSync(file).sort()) add(path.join(file, entry));
    else if (/\.(ts|json|xml)$/.test(file)) hash.update(path.relative(repoRoot, file)).update(fs.readFileSync(file));
  };
  for (const source of sources) add(path.join(repoRoot, source));
  hash.update(JSON.stringify({ anyNodeLabel, nodeKinds, Rel, schema: schemaStatements() }));
  return hash.digest('hex').slice(0, 16);
}

/** Fills `dataDir` (a fresh Neo4j data folder) with a copy of the default-data store, building the store first if needed. */
export async function copyDefaultDataStore(
  dataDir: string,
  options: { freePort: () => Promise<number>; log: (line: string) => void },
): Promise<void> {
  const root = path.join(repoRoot, '.data');
  const store = path.join(root, `test-store-${fingerprint()}`);
  const ready = path.join(store, 'neo4j');
  if (!fs.existsSync(ready)) await build(store, options);
  copySparse(ready, dataDir);
}

/** Neo4j preallocates its transaction logs (2 × 256 MiB of zeros): a sparse copy writes ~25 MiB instead. */
function copySparse(from: string, to: string): void {
  const copied = spawnSync('cp', ['-r', '--sparse=always', from, to]);
  if (copied.status !== 0) fs.cpSync(from, to, { recursive: true });
}

async function build(store: string, options: { freePort: () => Promise<number>; log: (line: string) => void }): Promise<void> {
  const lock = `${store}.lock`;
  fs.mkdirSync(path.dirname(store), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (fs.existsSync(path.join(store, 'neo4j'))) return;
      // A builder that died leaves its lock behind; take over after the timeout.
      if (Date.now() - fs.statSync(lock).mtimeMs > lockTimeoutMs) fs.rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  }
  try {
    if (fs.existsSync(path.join(store, 'neo4j'))) return;
    const building = path.join(lock, 'neo4j');
    options.log(`building the test store with the default data in ${path.relative(repoRoot, store)} (once per code version)`);
    const config = readGraphConfig({
      ...process.env,
      NEO4J_URI: '',
      NEO4J_DATA_DIR: building,
      NEO4J_BOLT_PORT: String(await options.freePort()),
      NEO4J_HEAP_MB: '1024',
      NEO4J_PAGECACHE_MB: '512',
    });
    const graph = await connectGraph(config, { log: options.log });
    try {
      await applySchema(graph);
      await loadDefaultDataIfEmpty(graph, { log: options.log });
    } finally {
      await graph.close();
    }
    fs.mkdirSync(store, { recursive: true });
    copySparse(building, path.join(store, 'neo4j.part'));
    fs.renameSync(path.join(store, 'neo4j.part'), path.join(store, 'neo4j'));
    removeOldStores(path.dirname(store), store);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Stores of earlier code versions, older than ten minutes (a run may still be copying a recent one). */
function removeOldStores(root: string, current: string): void {
  for (const entry of fs.readdirSync(root)) {
    const dir = path.join(root, entry);
    if (!/^test-store-[0-9a-f]+$/.test(entry) || dir === current) continue;
    if (Date.now() - fs.statSync(dir).mtimeMs > 600_000) fs.rmSync(dir, { recursive: true, force: true });
  }
}
