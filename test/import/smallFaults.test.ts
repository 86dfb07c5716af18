/**
 * Importer findings of issue 19, each with its own case: NUL characters in names, a BODS company
 * owning part of itself (the CSV importer already refused it), and a refused encoding exiting 1.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../graph/config.ts';
import type { Graph } from '../../graph/driver.ts';
import { partiesById } from '../../graph/export/parties.ts';
import { importFile, mapFile } from '../../seed/import/run.ts';
import { removeFixtures, testGraph } from '../support/graph.ts';
import { now, tempDir, writeFile } from './support.ts';

const namespace = 'timpsmall-';
let graph: Graph;
let dir: string;

beforeAll(async () => {
  graph = await testGraph();
  dir = tempDir('scs-import-small-');
  await removeFixtures(graph, namespace);
});

afterAll(async () => {
  await removeFixtures(graph, namespace);
  await graph.close();
});

describe('NUL and other control characters', () => {
  it('are removed from names with a warning, in CSV and in JSON formats', async () => {
    const file = writeFile(dir, 'persons.csv', 'id,name_zh,name_en\np-nul,张\u0000伟,Zhang\u0000 Wei\u0007\n');
    const result = await importFile(graph, { file, format: 'csv-persons', namespace, now });
    expect(result.written).toBe(true);
    expect(result.problems).toEqual(['persons.csv:2: nameZh: warning: control characters (such as NUL) removed from nameZh, nameEn, namePinyin']);
    const stored = await graph.read<{ zh: string; en: string; pinyin: string }>('MATCH (p:Person {id: $id}) RETURN p.nameZh AS zh, p.nameEn AS en, p.namePinyin AS pinyin', { id: `${namespace}p-nul` });
    expect(stored).toEqual([{ zh: '张伟', en: 'Zhang Wei', pinyin: 'zhang wei' }]);

    const ftm = mapFile(JSON.stringify({ id: 'e1', schema: 'Person', properties: { name: ['李\u0000娜'] } }), 'ftm', { file: 'x.ftm.json', namespace, today: '2025-01-01' });
    expect(JSON.stringify(ftm.records.flatMap((r) => r.nodes.map((n) => n.props)))).not.toContain('\\u0000');
  });
});

describe('BODS ownership of itself', () => {
  it('is refused with the line and the reason, as in CSV', async () => {
    const statements = [
      { statementId: 's1', recordId: 'r1', recordType: 'entity', recordStatus: 'new', statementDate: '2024-01-01', recordDetails: { entityType: { type: 'registeredEntity' }, name: '自持有限公司' } },
      { statementId: 's2', recordId: 'r2', recordType: 'relationship', recordStatus: 'new', statementDate: '2024-01-01', recordDetails: { subject: 'r1', interestedParty: 'r1', interests: [{ type: 'shareholding', directOrIndirect: 'direct', share: { exact: 10 } }] } },
    ];
    const file = writeFile(dir, 'self.jsonl', statements.map((s) => JSON.stringify(s)).join('\n'));
    const result = await importFile(graph, { file, format: 'bods', namespace, now });
    expect(result.written).toBe(false);
    expect(result.problems).toContain('self.jsonl:2: recordDetails.interestedParty: a company cannot own part of itself (interestedParty and subject are both r1)');
    expect(await partiesById(graph, [`${namespace}bods-r1`])).toEqual([]);
  });
});

describe('a refused encoding', () => {
  it('exits 1 with the one line saying how to convert the file (usage errors exit 2)', async () => {
    const file = writeFile(dir, 'latin1.csv', Buffer.from('id,name_en\np1,Soci\u00e9t\u00e9 G\u00e9n\u00e9rale\n', 'latin1'));
    const neo4j = inject('neo4j');
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'seed/import/cli.ts'), file, '--namespace', namespace], {
      cwd: repoRoot,
      env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      'scs-graph import: latin1.csv is neither UTF-8 nor GBK/GB18030 text (first invalid byte 0xe9 on line 2); save it as UTF-8, e.g. iconv -f <its encoding> -t UTF-8 latin1.csv > utf8.csv',
    );
  });
});
