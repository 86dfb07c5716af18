import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { parseScreenCsv, ScreenInputError } from '../../graph/screening/csv.ts';
import { screenSubjects } from '../../graph/screening/screen.ts';
import { removeFixtures, testGraph } from '../support/graph.ts';
import { loadFixture } from './fixtures.ts';

const prefix = 'xs-';
const id = (name: string) => `${prefix}${name}`;
const asOf = '2024-06-01';
const repoRoot = path.resolve(import.meta.dirname, '../..');
let graph: Graph;
let dir: string;

beforeAll(async () => {
  graph = await testGraph();
  await removeFixtures(graph, prefix);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-screen-'));
  await loadFixture(graph, {
    companies: [
      { id: id('A'), name: '筛查甲公司', uscc: '91110105MWEXP0017E' },
      { id: id('P'), name: '筛查母公司', uscc: '91110105MWEXP00259' },
      { id: id('D1'), name: '筛查重名公司', uscc: '91110105MWEXP00334' },
      { id: id('D2'), name: '筛查重名公司' },
    ],
    lists: [{ id: id('black'), name: '测试黑名单', kind: 'blacklist' }],
    holdings: [[id('P'), id('A'), 0.6]],
    listings: [{ id: id('l-P'), subject: id('P'), list: id('black'), from: '2023-01-01' }],
  });
});

afterAll(async () => {
  await removeFixtures(graph, prefix);
  await graph.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const input = [
  'uscc,name,note',
  '91110105MWEXP0017E,,valid and known',
  '91110105MWEXP0017F,,wrong check character',
  '91110105MWEXP0041Y,,valid but unknown',
  ',筛查重名公司,two companies share the name',
  ', 筛查母公司 ,by name',
  ',,empty',
].join('\n');

const expected = [
  'row,input,status,reason,candidates,matched_id,matched_name,own_active_listings,exposure_hits,nearest_hit,nearest_hops,nearest_path,inherited,inherited_share,top_score,top_hit,match_score,match_why',
  `1,91110105MWEXP0017E,found,,,${id('A')},筛查甲公司,,1,筛查母公司 (${id('P')}),1,筛查甲公司 is held 60% by 筛查母公司,yes,60%,29,筛查母公司 (${id('P')}),,`,
  `2,91110105MWEXP0017F,invalid,"invalid USCC: check character (position 18) is 'F', expected 'E'",,,,,,,,,,,,,,`,
  '3,91110105MWEXP0041Y,not_found,no company with USCC 91110105MWEXP0041Y,,,,,,,,,,,,,,',
  `4,筛查重名公司,ambiguous,2 companies or persons are named 筛查重名公司,筛查重名公司 (${id('D1')}); 筛查重名公司 (${id('D2')}),,,,,,,,,,,,,`,
  `5,筛查母公司,found,,,${id('P')},筛查母公司,"测试黑名单 (${id('l-P')}, since 2023-01-01)",0,,,,no,0%,0,,,`,
  '6,,invalid,empty row: give a uscc or a name,,,,,,,,,,,,,,',
  '',
].join('\n');

describe('screening CLI', () => {
  it('reports every row of a CSV: found, invalid (expected vs found), not found, ambiguous, empty', async () => {
    const file = path.join(dir, 'input.csv');
    const out = path.join(dir, 'report.csv');
    fs.writeFileSync(file, `\uFEFF${input}`);
    const neo4j = inject('neo4j');
    const { stderr } = await promisify(execFile)(
      path.join(repoRoot, 'node_modules/.bin/tsx'),
      ['seed/screen/cli.ts', file, '--out', out, '--max-hops', '2', '--as-of', asOf],
      { cwd: repoRoot, env: { ...process.env, INIT_CWD: repoRoot, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database } },
    );
    expect(fs.readFileSync(out, 'utf8')).toBe(expected);
    expect(stderr).toContain('screened 6 rows as of 2024-06-01 (max 2 hops): 2 found, 1 not_found, 2 invalid, 1 ambiguous');
  });

  it('refuses a file without a uscc or name column, naming the header', async () => {
    expect(() => parseScreenCsv('company,code\nx,y\n')).toThrow(new ScreenInputError('the header (company, code) has neither a uscc nor a name column'));
    expect(parseScreenCsv('统一社会信用代码\n91110105MWEXP0017E\n')).toEqual([{ uscc: '91110105MWEXP0017E', name: null }]);
  });
});

describe('screenSubjects (free-form, as GraphQL screen)', () => {
  it('takes ids, USCCs and names in one list', async () => {
    const rows = await screenSubjects(graph, [id('P'), '91110105MWEXP0017E', '筛查重名公司', '9111010'], { asOf, maxHops: 1 });
    expect(rows.map((row) => [row.row, row.status, row.subject?.id ?? null, row.topHit?.score ?? null])).toEqual([
      [1, 'found', id('P'), null],
      [2, 'found', id('A'), 29],
      [3, 'ambiguous', null, null],
      [4, 'not_found', null, null],
    ]);
    expect(rows[0]?.ownListings.map((listing) => [listing.id, listing.severity.level])).toEqual([[id('l-P'), 'low']]);
  });
});
