import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { detectFormat } from '../../seed/import/detect.ts';
import { importFile, type ImportResult } from '../../seed/import/run.ts';
import { removeFixtures, testGraph } from '../support/graph.ts';
import { fixtures, now, tempDir, writeFile } from './support.ts';

// GLEIF golden copy (LEI-CDF 3.1 level 1, RR-CDF level 2) column headings as published at
// https://www.gleif.org/en/lei-data/gleif-golden-copy/download-the-golden-copy; the fixture's
// companies and LEIs are fictitious (LEIs with valid ISO 7064 check digits).
const prefix = 'tgleif-';
const level1 = path.join(fixtures, 'gleif', 'lei2-cn.csv');
const level2 = path.join(fixtures, 'gleif', 'rr-cn.csv');
const usccA = '91110108MA01LGA0XX';
const usccB = '91110108MA01LGB06C';

let graph: Graph;
const remove = async () => {
  await removeFixtures(graph, prefix);
  await graph.write('MATCH (c:Company) WHERE c.id IN $ids DETACH DELETE c', { ids: [usccA, usccB] });
};
const importBoth = async (): Promise<ImportResult[]> => [
  await importFile(graph, { file: level1, namespace: prefix, now }),
  await importFile(graph, { file: level2, namespace: prefix, now }),
];
let first: ImportResult[];

beforeAll(async () => {
  graph = await testGraph();
  await remove();
  first = await importBoth();
});
afterAll(async () => {
  await remove();
  await graph.close();
});

describe('GLEIF import', () => {
  it('tells both files by their headings', () => {
    expect(detectFormat(level1, '"LEI","Entity.LegalName"\n')).toBe('gleif');
    expect(detectFormat(level2, '"Relationship.StartNode.NodeID","Relationship.StartNode.NodeIDType"\n')).toBe('gleif');
  });

  it('imports CN, HK and MO companies keyed by USCC where the registration number is one, else by LEI; reports bad lines', async () => {
    const [entities] = first;
    expect(entities!.summary.Company).toEqual({ created: 4, updated: 0, unchanged: 0, rejected: 1 });
    expect(entities!.skipped).toEqual({ 'LEI record outside CN,HK,MO': 1 });
    expect(entities!.problems).toEqual([
      'lei2-cn.csv:6: LEI: LEI 5493000LUGANG0000E00 fails its check digits (ISO 7064 MOD 97-10)',
      expect.stringMatching(/^lei2-cn\.csv:7: Entity\.RegistrationAuthority\.RegistrationAuthorityEntityID: warning: 110108012345678 is not a valid USCC/),
    ]);
    const rows = await graph.read<{ id: string; nameZh: string | null; nameEn: string | null; lei: string; formerNames: string[] | null; jurisdiction: string | null; source: string; nameKey: string }>(
      `MATCH (c:Company) WHERE c.lei STARTS WITH '5493000LUGANG' RETURN c.id AS id, c.nameZh AS nameZh, c.nameEn AS nameEn, c.lei AS lei,
       c.formerNames AS formerNames, c.jurisdiction AS jurisdiction, c.source AS source, c.nameKey AS nameKey ORDER BY c.lei`,
    );
    expect(rows).toEqual([
      { id: usccA, nameZh: '北京鹭港控股集团有限公司', nameEn: 'Beijing Lugang Holding Group Co., Ltd.', lei: '5493000LUGANG0000A16', formerNames: null, jurisdiction: null, source: 'lei2-cn.csv:2', nameKey: 'lugang' },
      { id: usccB, nameZh: '北京鹭港科技有限公司', nameEn: 'Beijing Lugang Technology Co., Ltd.', lei: '5493000LUGANG0000B13', formerNames: ['北京鹭港信息技术有限公司'], jurisdiction: null, source: 'lei2-cn.csv:3', nameKey: 'lugang' },
      { id: `${prefix}lei-5493000LUGANG0000C10`, nameZh: '鷺港（香港）有限公司', nameEn: 'Lugang (Hong Kong) Limited', lei: '5493000LUGANG0000C10', formerNames: null, jurisdiction: 'hk', source: 'lei2-cn.csv:4', nameKey: 'lugang' },
      { id: `${prefix}lei-5493000LUGANG0000F98`, nameZh: '北京鹭港贸易有限公司', nameEn: null, lei: '5493000LUGANG0000F98', formerNames: null, jurisdiction: null, source: 'lei2-cn.csv:7', nameKey: 'lugang' },
    ]);
  });

  it('links direct and ultimate parents as consolidation, not shareholding, dated by the relationship period', async () => {
    const [, relations] = first;
    expect(relations!.summary.CONSOLIDATED_BY).toEqual({ created: 4, updated: 0, unchanged: 0, rejected: 2 });
    expect(relations!.skipped).toEqual({ IS_INTERNATIONAL_BRANCH_OF: 1, 'relationship outside the graph': 1 });
    expect(relations!.problems).toEqual([
      'rr-cn.csv:6: Relationship.StartNode.NodeID: warning: LEI 5493000LUGANG0000D07 is not in the graph (import its level-1 record first, or it is outside --country)',
      "rr-cn.csv:8: Relationship.StartNode.NodeID: an LEI is 18 letters or digits and 2 check digits, got 'NOT-AN-LEI'",
    ]);
    const links = await graph.read<{ child: string; parent: string; level: string; from: string; source: string }>(
      `MATCH (c:Company)-[r:CONSOLIDATED_BY]->(p:Company) WHERE c.lei STARTS WITH '5493000LUGANG'
       RETURN c.lei AS child, p.lei AS parent, r.level AS level, r.from AS from, r.source AS source ORDER BY child, level`,
    );
    expect(links).toEqual([
      { child: '5493000LUGANG0000B13', parent: '5493000LUGANG0000A16', level: 'direct', from: '2015-06-01', source: 'rr-cn.csv:2' },
      { child: '5493000LUGANG0000B13', parent: '5493000LUGANG0000A16', level: 'ultimate', from: '2015-06-01', source: 'rr-cn.csv:3' },
      { child: '5493000LUGANG0000C10', parent: '5493000LUGANG0000A16', level: 'direct', from: '2018-09-12', source: 'rr-cn.csv:4' },
      { child: '5493000LUGANG0000F98', parent: '5493000LUGANG0000B13', level: 'direct', from: '2016-01-01', source: 'rr-cn.csv:5' },
    ]);
    const shares = await graph.read('MATCH (:Company {id: $id})-[r:SHAREHOLDER_OF]-() RETURN r', { id: usccB });
    expect(shares).toEqual([]);
  });

  it('changes nothing when the same files are imported again', async () => {
    const [entities, relations] = await importBoth();
    expect(entities!.summary.Company).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    expect(relations!.summary.CONSOLIDATED_BY).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
  });

  it('imports only the jurisdictions asked for, and refuses a file that is neither level', async () => {
    const hkOnly = await importFile(graph, { file: level1, namespace: prefix, now, countries: ['HK'], dryRun: true });
    expect(hkOnly.summary.Company).toMatchObject({ unchanged: 1 });
    const dir = tempDir('scs-gleif-');
    const other = writeFile(dir, 'other.csv', '"LEI","Something"\n"5493000LUGANG0000A16","x"\n');
    await expect(importFile(graph, { file: other, format: 'gleif', now })).rejects.toThrow(/neither a GLEIF level-1/);
  });
});
