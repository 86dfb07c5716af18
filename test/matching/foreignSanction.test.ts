import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { exposure } from '../../graph/exposure/exposure.ts';
import { formatScreenCsv } from '../../graph/screening/csv.ts';
import { screenRows } from '../../graph/screening/screen.ts';
import { importFile } from '../../seed/import/run.ts';
import { removeFixtures, testGraph } from '../support/graph.ts';
import { now, tempDir, writeFile } from '../import/support.ts';

// A Chinese company on a foreign list (an OFAC programme, as OpenSanctions publishes it in
// FollowTheMoney: https://www.opensanctions.org/datasets/us_ofac_sdn/) beside its Chinese listing.
// Companies and listings are fictitious (division 999997).
const prefix = 'tforeign-';
const listed = '91542525FRGNTAM116';
const other = '91542525FRGNTAM2XX';
const asOf = '2025-06-30';

const companiesCsv = [
  'uscc,name_zh,name_en',
  `${listed},深圳市鹭港兴业贸易有限公司,"Shenzhen Lugang Xingye Trading Co., Ltd."`,
  `${other},杭州琛霁颢科技有限公司,`,
].join('\n');
const listingsCsv = ['id,subject,list,from,until,status,ended_on,reason,agency,case_number,source_url', `l-1,${listed},spc_dishonest_judgment_debtors,2023-05-01,,active,,拒不履行生效法律文书,spc,(2023)粤03执1号,`].join('\n');
const ftm = [
  { id: 'ofac-co-1', schema: 'Company', properties: { name: ['SHENZHEN LUGANG XINGYE TRADING CO., LTD.'], registrationNumber: [listed], country: ['cn'] } },
  { id: 'ofac-sanction-1', schema: 'Sanction', properties: { entity: ['ofac-co-1'], authority: ['Office of Foreign Assets Control'], program: ['CMIC-EO13959'], country: ['us'], startDate: ['2024-01-15'], sourceUrl: ['https://sanctionssearch.ofac.treas.gov/'] } },
  { id: 'ofac-co-2', schema: 'Company', properties: { name: ['Hangzhou Chenjihao Technology Co., Ltd.'], country: ['cn'] } },
  { id: 'ofac-sanction-2', schema: 'Sanction', properties: { entity: ['ofac-co-2'], authority: ['Office of Foreign Assets Control'], program: ['CMIC-EO13959'], country: ['us'], startDate: ['2024-01-15'] } },
]
  .map((e) => JSON.stringify(e))
  .join('\n');

let graph: Graph;
const remove = async () => {
  await removeFixtures(graph, prefix);
  await graph.write('MATCH (c:Company) WHERE c.id IN $ids OPTIONAL MATCH (c)-[:LISTED]->(l:Listing) DETACH DELETE c, l', { ids: [listed, other] });
};

beforeAll(async () => {
  graph = await testGraph();
  await remove();
  const dir = tempDir('scs-foreign-');
  for (const [name, text] of [['companies.csv', companiesCsv], ['listings.csv', listingsCsv], ['ofac.ftm.json', ftm]] as const) {
    const result = await importFile(graph, { file: writeFile(dir, name, text), namespace: prefix, now });
    expect(result.errors, `${name}: ${result.problems.join('\n')}`).toBe(0);
  }
});
afterAll(async () => {
  await remove();
  await graph.close();
});

describe('foreign sanctions beside Chinese lists', () => {
  it('links a foreign-list entity carrying a USCC to the company, and shows the foreign listing in its exposure beside the Chinese one', async () => {
    const result = await exposure(graph, listed, { asOf, maxHops: 1 });
    const own = result!.subjectListings.map((l) => [l.origin, l.listId.startsWith(`${prefix}ftm-list-`) ? 'ofac' : l.listId, l.authority, l.program, l.from]);
    expect(own.sort()).toEqual([
      ['domestic', 'spc_dishonest_judgment_debtors', null, null, '2023-05-01'],
      ['foreign', 'ofac', 'Office of Foreign Assets Control', 'CMIC-EO13959', '2024-01-15'],
    ]);
  });

  it('links a foreign entity without a USCC to the company its name matches as a SAME_AS candidate with its score, never merged', async () => {
    const links = await graph.read<{ from: string; score: number; status: string; why: string }>(
      'MATCH (f:Company)-[r:SAME_AS]->(c:Company {id: $id}) RETURN f.id AS from, r.score AS score, r.status AS status, r.why AS why',
      { id: other },
    );
    expect(links).toEqual([{ from: `${prefix}ftm-ofac-co-2`, score: 1, status: 'candidate', why: expect.stringContaining('trade_name same (chenjihao / chenjihao)') }]);
    const foreign = await graph.read('MATCH (f:Company {id: $id}) RETURN f.id AS id', { id: `${prefix}ftm-ofac-co-2` });
    expect(foreign).toHaveLength(1);
  });

  it('screens the company by name and reports both listings, the foreign one as such', async () => {
    const [row] = await screenRows(graph, [{ name: 'Shenzhen Lugang Xingye Trading Company Limited' }], { asOf, maxHops: 1 });
    expect(row!.subject?.id).toBe(listed);
    expect(row!.ownListings).toHaveLength(2);
    const report = formatScreenCsv([row!]);
    expect(report).toContain('foreign sanction: Office of Foreign Assets Control CMIC-EO13959');
  });
});
