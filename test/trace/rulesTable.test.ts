import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../graph/config.ts';
import { readReferenceData } from '../../seed/reference/data.ts';
import { rulesTable, rulesTablePath } from '../../seed/reference/rulesTable.ts';

describe('docs/trace-rules.md', () => {
  const data = readReferenceData();

  it('is what `npm run docs:rules` generates from the rule data (run it after changing rules.json)', () => {
    const committed = fs.readFileSync(path.join(repoRoot, rulesTablePath), 'utf8');
    expect(committed === rulesTable(data), `${rulesTablePath} is stale: run npm run docs:rules`).toBe(true);
  });

  it('has one row per rule, under its list, with the article of its basis', () => {
    const table = rulesTable(data);
    const rows = table.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Measure'));
    expect(rows.length).toBe(data.rules.length);
    // 发改财金〔2014〕3062号 rests the tax exit ban on the Tax Collection Administration Law art 44.
    const taxSection = table.slice(table.indexOf('`sat_major_tax_violation`'));
    expect(taxSection.slice(0, taxSection.indexOf('\n## '))).toMatch(/art\. 44/);
  });
});
