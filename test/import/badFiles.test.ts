import fs from 'node:fs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { partiesById } from '../../graph/export/parties.ts';
import { countsUnder } from '../../graph/load/importLookup.ts';
import { EncodingError } from '../../seed/import/decode.ts';
import { importFile } from '../../seed/import/run.ts';
import { removeFixtures, testGraph } from '../support/graph.ts';
import { now, tempDir, writeFile } from './support.ts';

// Persons and foreign companies are namespaced 'timpbad-'; USCC-keyed companies use division 542522
// ('91542522…', Zanda county, Tibet): a real GB/T 2260 code, since positions 3–8 are checked, that
// neither the synthetic demo nor another fixture uses, so the prefix stays this file's alone.
const namespace = 'timpbad-';
const usccPrefix = '91542522';
const good = ['91542522990000017K', '91542522990000025E'];

let graph: Graph;
let dir: string;
const nothingWritten = async () => expect(await countsUnder(graph, [namespace, usccPrefix])).toEqual({ byKind: {}, byType: {} });

beforeAll(async () => {
  graph = await testGraph();
  dir = tempDir('scs-import-bad-');
  await Promise.all([removeFixtures(graph, namespace), removeFixtures(graph, usccPrefix)]);
});

afterAll(async () => {
  await Promise.all([removeFixtures(graph, namespace), removeFixtures(graph, usccPrefix)]);
  await graph.close();
});

describe('files with errors are refused whole, each problem at file:line: column', () => {
  it('a wrong header', async () => {
    const file = writeFile(dir, 'header.csv', `uscc,name,capital\n${good[0]},甲公司,100\n`);
    const result = await importFile(graph, { file, format: 'csv-companies', namespace, now });
    expect(result.problems).toEqual([
      'header.csv:1: name: unknown column for a companies file; the columns are: uscc, id, name_zh, name_en, former_names, legal_form, status, registered_capital, established, division_code, industry_code, address, is_branch, state_owned, jurisdiction, source_url',
      'header.csv:1: capital: unknown column for a companies file; the columns are: uscc, id, name_zh, name_en, former_names, legal_form, status, registered_capital, established, division_code, industry_code, address, is_branch, state_owned, jurisdiction, source_url',
      'header.csv:1: header: missing column name_zh or name_en (a companies file needs uscc|id, name_zh|name_en)',
    ]);
    expect(result.written).toBe(false);
    await nothingWritten();
  });

  it('bad USCCs, a bad date and a duplicate; a check-character mismatch alone is a warning', async () => {
    const file = writeFile(
      dir,
      'companies.csv',
      [
        'uscc,name_zh,established',
        `${good[0]},甲公司,2001-02-03`,
        '91542522990000021,乙公司,2001-02-03',
        '9154252299000003IX,丙公司,2001-02-03',
        `${good[1]},丁公司,2001-02-30`,
        `${good[0]},甲公司重复,2001-02-03`,
        '915425229900000410,戊公司,2001-02-03',
      ].join('\n'),
    );
    const result = await importFile(graph, { file, namespace, now });
    expect(result.format).toBe('csv-companies');
    expect(result.problems).toEqual([
      "companies.csv:3: uscc: USCC '91542522990000021': length is 17, expected 18",
      "companies.csv:4: uscc: USCC '9154252299000003IX': character 'I' at position 17 is not allowed (I, O, S, V, Z are never used)",
      "companies.csv:5: established: '2001-02-30' is not a calendar date",
      `companies.csv:6: uscc: duplicate: Company ${good[0]} is already defined on line 2`,
      "companies.csv:7: uscc: warning: USCC '915425229900000410': check character (position 18) is '0', expected '4'",
    ]);
    expect([result.errors, result.warnings, result.written]).toEqual([4, 1, false]);
    await nothingWritten();
  });

  it('a percentage over 100, a fraction over 1 and an unknown reference', async () => {
    const companies = writeFile(dir, 'c.csv', `uscc,name_zh\n${good[0]},甲公司\n${good[1]},乙公司\n`);
    const relations = writeFile(
      dir,
      'relations.csv',
      [
        'type,from_id,to_id,share,from',
        `shareholder,${good[0]},${good[1]},130%,2020-01-01`,
        `shareholder,p-1,${good[1]},1.3,2020-01-01`,
        `shareholder,p-999,${good[1]},30%,2020-01-01`,
        `legal_representative,${good[0]},${good[1]},,2020-01-01`,
      ].join('\n'),
    );
    const persons = writeFile(dir, 'persons.csv', 'id,name_zh\np-1,张三\n');
    // Dry runs: the companies and persons count as known through the run's knownIds.
    const knownIds = new Map();
    await importFile(graph, { file: companies, format: 'csv-companies', namespace, now, dryRun: true, knownIds });
    await importFile(graph, { file: persons, format: 'csv-persons', namespace, now, dryRun: true, knownIds });
    const result = await importFile(graph, { file: relations, namespace, now, knownIds });
    expect(result.problems).toEqual([
      'relations.csv:2: share: share 130% is outside 0–100%',
      'relations.csv:3: share: share 1.3 is outside 0–1 (write 1.3% for a percentage)',
      'relations.csv:4: from_id: unknown id timpbad-p-999 (not in this file or the graph)',
      `relations.csv:5: from_id: ${good[0]} is a Company; the from end of a legal representative must be a Person`,
    ]);
    expect(result.written).toBe(false);
    await nothingWritten();
  });

  it('a truncated JSON line in FtM', async () => {
    const file = writeFile(
      dir,
      'cut.ftm.json',
      [
        '{"id": "c1", "schema": "Company", "properties": {"name": ["Alpha Ltd"]}}',
        '{"id": "p1", "schema": "Person", "properties": {"name": ["Ann Example"]}}',
        '{"id": "o1", "schema": "Ownership", "properties": {"owner": ["p1"], "asset": ["c1"], "percentage": ["130"]}}',
        '{"id": "o2", "schema": "Ownership", "properties": {"owner": ["p2"], "asset": ["c1"]}}',
        '{"id": "d1", "schema": "Directorship", "properties": {"director": ["p1"], "organiz',
      ].join('\n'),
    );
    const result = await importFile(graph, { file, namespace, now });
    expect(result.format).toBe('ftm');
    expect(result.problems).toEqual([
      'cut.ftm.json:3: properties.percentage: share 130 is outside 0–100%',
      'cut.ftm.json:4: properties.owner: unknown id timpbad-ftm-p2 (not in this file or the graph)',
      "cut.ftm.json:5: json: not valid JSON (truncated after 82 characters: Unterminated string in JSON at position 82)",
    ]);
    expect(result.written).toBe(false);
    await nothingWritten();
  });

  it('--skip-invalid writes the valid records and the rejects with their reasons', async () => {
    const file = writeFile(dir, 'mixed.csv', `uscc,name_zh,registered_capital\n${good[0]},甲公司,500万\n91542522990000021,乙公司,100\n${good[1]},丙公司,lots\n`);
    const result = await importFile(graph, { file, namespace, now, skipInvalid: true, rejectsDir: dir });
    expect(result.summary.Company).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 2 });
    expect(result.written).toBe(true);
    expect((await partiesById(graph, [good[0]!]))[0]!.props.registeredCapital).toBe(5_000_000);
    expect(fs.readFileSync(result.rejectsFile!, 'utf8')).toBe(
      [
        'uscc,name_zh,registered_capital,problems',
        `91542522990000021,乙公司,100,"uscc: USCC '91542522990000021': length is 17, expected 18"`,
        `${good[1]},丙公司,lots,registered_capital: 'lots' is not an amount (write 1000000 or 100万元)`,
        '',
      ].join('\n'),
    );
    await removeFixtures(graph, usccPrefix);
  });
});

describe('a dry run of several files', () => {
  it('counts what the real run would create, and writes nothing', async () => {
    const companies = writeFile(dir, 'dry-c.csv', `uscc,name_zh\n${good[0]},甲公司\n${good[1]},乙公司\n`);
    const persons = writeFile(dir, 'dry-p.csv', 'id,name_zh,name_pinyin\np-1,张三,\n');
    const relations = writeFile(dir, 'dry-r.csv', `type,from_id,to_id,share\nshareholder,p-1,${good[1]},60%\nshareholder,${good[0]},${good[1]},40%\n`);
    const knownIds = new Map();
    const results = [];
    for (const file of [companies, persons, relations]) results.push(await importFile(graph, { file, namespace, now, dryRun: true, knownIds }));
    expect(results.map((r) => r.summary)).toEqual([
      { Company: { created: 2, updated: 0, unchanged: 0, rejected: 0 } },
      { Person: { created: 1, updated: 0, unchanged: 0, rejected: 0 } },
      { SHAREHOLDER_OF: { created: 2, updated: 0, unchanged: 0, rejected: 0 } },
    ]);
    await nothingWritten();
  });
});

describe('encodings', () => {
  it('converts a GBK file (Excel on Chinese Windows) and says so', async () => {
    const file = writeFile(dir, 'gbk.csv', iconv.encode(`统一社会信用代码,企业名称,注册资本\n${good[1]},乙公司,100万元\n`, 'gbk'));
    const result = await importFile(graph, { file, namespace, now, dryRun: true });
    expect(result.notice).toBe('gbk.csv is not UTF-8; read it as GBK/GB18030 (pass --encoding utf8 to refuse, or convert it: iconv -f GB18030 -t UTF-8)');
    expect(result.format).toBe('csv-companies');
    expect(result.summary.Company).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 0 });
  });

  it('refuses bytes that are neither UTF-8 nor GBK text', async () => {
    const file = writeFile(dir, 'latin1.csv', Buffer.from(`uscc,name_en\n${good[1]},Soci\u00e9t\u00e9 G\u00e9n\u00e9rale\n`, 'latin1'));
    await expect(importFile(graph, { file, namespace, now })).rejects.toThrow(EncodingError);
    await expect(importFile(graph, { file, namespace, now })).rejects.toThrow(/latin1\.csv is neither UTF-8 nor GBK\/GB18030 text \(first invalid byte 0xe9 on line 2\)/);
  });
});
