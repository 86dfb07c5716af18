import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as generated from '../../web/src/api/generated.ts';
import { manifestFile, manifestText } from '../../web/persistedOperations.ts';

describe('persisted operations', () => {
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, string>;

  it('match the explorer’s documents: the committed file is what npm run codegen writes now', () => {
    expect(fs.readFileSync(manifestFile, 'utf8')).toBe(manifestText());
  });

  it('hold every operation the explorer sends, each under the SHA-256 of its exact text (Apollo’s persisted-query hash)', () => {
    const documents = Object.entries(generated).filter(([name]) => name.endsWith('Document'));
    expect(documents.length).toBeGreaterThan(10);
    for (const [name, document] of documents) {
      const text = String(document);
      const hash = createHash('sha256').update(text).digest('hex');
      expect(manifest[hash], name).toBe(text);
    }
    expect(Object.keys(manifest)).toHaveLength(documents.length);
  });
});
