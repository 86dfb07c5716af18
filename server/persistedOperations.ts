import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../graph/config.ts';

/**
 * The explorer's operations, registered by hash (web/src/api/persisted-operations.json, written at
 * build time by web/persistedOperations.ts). A request naming a registered hash alone (Apollo's
 * persisted-query protocol) skips sending, hashing, parsing and validating the text and is priced
 * once per document at start; any other query keeps every check. Unknown hashes are never stored:
 * a client cannot grow the registry.
 */
export type PersistedOperations = ReadonlyMap<string, string>;

export const persistedOperationsFile = path.join(repoRoot, 'web', 'src', 'api', 'persisted-operations.json');

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Reads the registry; a hash that is not its text's SHA-256 is refused, naming the file and the hash. */
export function loadPersistedOperations(file = persistedOperationsFile): PersistedOperations {
  if (!fs.existsSync(file)) return new Map();
  const entries = Object.entries(JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>);
  for (const [hash, text] of entries) {
    if (typeof text !== 'string' || sha256(text) !== hash) throw new Error(`${file}: entry ${hash} is not the SHA-256 of its text; run npm run codegen`);
  }
  return new Map(entries as Array<[string, string]>);
}

/** Apollo's persisted-query cache over the registry, read-only (Apollo prefixes its keys with `apq:`). */
export function persistedQueryCache(operations: PersistedOperations) {
  return {
    get: async (key: string) => operations.get(key.replace(/^apq:/, '')),
    set: async () => {},
    delete: async () => false,
  };
}
