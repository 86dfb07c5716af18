import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../graph/config.ts';
import { generatorSources } from './seedAdapter.ts';

describe('the bench corpus key (what makes a built corpus stale)', () => {
  const sources = generatorSources().map((file) => path.relative(repoRoot, file));

  it('hashes the generator, the committed reference data and the bulk writer', () => {
    expect(sources).toContain('seed/synthetic/generator.ts');
    expect(sources.some((file) => file.startsWith('seed/reference/data/') && file.endsWith('.json'))).toBe(true);
    expect(sources.some((file) => file.startsWith('graph/load/bulk/'))).toBe(true);
  });

  it('leaves out the research notes, which reach the graph only through the committed reference data', () => {
    expect(sources.filter((file) => file.startsWith('seed/reference/research/'))).toEqual([]);
  });
});
