/**
 * The explorer's operations as persisted documents: web/src/api/persisted-operations.json maps the
 * SHA-256 of each operation's text (generated.ts, exactly as the client sends it; the hash of
 * Apollo's persisted-query protocol) to the text. The client sends the hash alone; the server
 * registers the file at start and takes the lean path for these documents (docs/api.md).
 * `npm run codegen` runs this after the code generator; test/web/persistedOperations.test.ts fails
 * when the file is stale.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as generated from './src/api/generated.ts';

export const manifestFile = path.join(import.meta.dirname, 'src/api/persisted-operations.json');

export const operationHash = (text: string) => createHash('sha256').update(text).digest('hex');

/** Every operation document of generated.ts (fragments are folded into them), by hash, in a stable order. */
export function persistedOperations(): Record<string, string> {
  const texts = Object.entries(generated)
    .filter(([name, value]) => name.endsWith('Document') && value instanceof generated.TypedDocumentString)
    .map(([, value]) => value.toString())
    .sort();
  return Object.fromEntries(texts.map((text) => [operationHash(text), text]));
}

export const manifestText = () => `${JSON.stringify(persistedOperations(), null, 2)}\n`;

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  fs.writeFileSync(manifestFile, manifestText());
  console.log(`persisted operations: ${Object.keys(persistedOperations()).length} written to ${path.relative(process.cwd(), manifestFile)}`);
}
