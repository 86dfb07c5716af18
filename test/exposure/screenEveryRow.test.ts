import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { usccCheckCharacter } from '../../graph/domain/uscc.ts';
import { parseScreenCsv } from '../../graph/screening/csv.ts';
import { screenRows } from '../../graph/screening/screen.ts';
import { testGraph } from '../support/graph.ts';

/**
 * Issue 18 item 1: the screening report has one row per input row, in input order, always — a
 * blank or unreadable line is an `invalid` row with the reason, a name nobody has is `not_found`.
 */
let graph: Graph;
beforeAll(async () => {
  graph = await testGraph();
});
afterAll(() => graph.close());

describe('screening keeps every input row', () => {
  it('reports blank and unreadable lines as invalid, with the reason, in their place', async () => {
    // A well-formed USCC (GB 32100-2015 check character) that no company in the graph has.
    const first17 = '91110105MWXXX0000';
    const absent = `${first17}${usccCheckCharacter(first17)}`;
    const inputs = parseScreenCsv(`uscc,name\n${absent},\n\n,没有这家公司的名字\nx,"bad"quote\n`);
    expect(inputs).toHaveLength(4);
    const rows = await screenRows(graph, inputs, { asOf: '2026-06-30' });
    expect(rows.map((row) => [row.row, row.status])).toEqual([
      [1, 'not_found'],
      [2, 'invalid'],
      [3, 'not_found'],
      [4, 'invalid'],
    ]);
    expect(rows[1]!.reason).toMatch(/empty row/);
    expect(rows[2]!.reason).toMatch(/没有这家公司的名字/);
    expect(rows[3]!.reason).toMatch(/unreadable CSV line: .*quote/i);
  });
});
