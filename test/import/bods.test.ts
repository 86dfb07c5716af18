import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { linksInto } from '../../graph/export/parties.ts';
import { effectiveOwnership } from '../../graph/ownership/effectiveOwnership.ts';
import { importFile, type ImportResult } from '../../seed/import/run.ts';
import { removeFixtures, testGraph } from '../support/graph.ts';
import { now, sharedData } from './support.ts';

const namespace = 'timpbods-';
const dir = path.join(sharedData, 'bods-examples');
const id = (recordId: string) => `${namespace}bods-${recordId}`;
const asOf = '2024-01-01';

let graph: Graph;
const results = new Map<string, ImportResult>();

beforeAll(async () => {
  graph = await testGraph();
  await removeFixtures(graph, namespace);
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    results.set(file, await importFile(graph, { file: path.join(dir, file), namespace, now }));
  }
});

afterAll(async () => {
  await removeFixtures(graph, namespace);
  await graph.close();
});

const created = (file: string) => Object.fromEntries(Object.entries(results.get(file)!.summary).map(([kind, s]) => [kind, s.created]));
const share = async (owner: string, target: string) => (await effectiveOwnership(graph, id(owner), id(target), asOf))!.share;
const linksTo = async (target: string, type: string) => (await linksInto(graph, [id(target)])).links.filter((l) => l.type === type);

describe('BODS 0.4: every example of the standard', () => {
  it('imports each file without errors, with these facts', () => {
    expect([...results.values()].every((r) => r.errors === 0 && r.written && r.format === 'bods')).toBe(true);
    expect(Object.fromEntries([...results.keys()].map((file) => [file, created(file)]))).toEqual({
      'bods-package-annotations.json': { Company: 2 },
      'bods-package-entity-owning-entity.json': { Company: 2, SHAREHOLDER_OF: 1 },
      'bods-package-linking-annotations.json': { Company: 1, Person: 1, HAS_INTEREST_IN: 1 },
      'bods-package.json': { Company: 1, Person: 1, SHAREHOLDER_OF: 1 },
      'fermcat.json': { Company: 1, Person: 3, SHAREHOLDER_OF: 3, OFFICER_OF: 2 },
      'full-pep-declaration.json': { Company: 1, Person: 1, SHAREHOLDER_OF: 1, HAS_INTEREST_IN: 1 },
      'indirect-ownership.json': { Company: 2, Person: 1, SHAREHOLDER_OF: 1, INDIRECT_OWNER_OF: 1, HAS_INTEREST_IN: 1 },
      'joint-ownership.json': { Company: 2, Person: 2, SHAREHOLDER_OF: 3 },
      'levent.json': { Company: 1, Person: 3, HAS_INTEREST_IN: 4 },
      'listed-company-exempt-from-disclosure.json': { Company: 1 },
      'mixed-direct-and-indirect-ownership.json': { Company: 2, Person: 1, SHAREHOLDER_OF: 2, INDIRECT_OWNER_OF: 1, HAS_INTEREST_IN: 1 },
      'multiple-indirect-ownership.json': { Company: 3, Person: 1, SHAREHOLDER_OF: 2, INDIRECT_OWNER_OF: 1, HAS_INTEREST_IN: 2 },
      'multiple-tax-residencies.json': { Company: 1, Person: 1, SHAREHOLDER_OF: 1 },
      'mutilple-indirect-ownership-2.json': { Company: 3, Person: 1, SHAREHOLDER_OF: 2, INDIRECT_OWNER_OF: 1, HAS_INTEREST_IN: 2 },
      'nomination.json': { Company: 2, Person: 2, HAS_INTEREST_IN: 4 },
      'plc-entity-statement.json': { Company: 1 },
      'simple-pep-declaration.json': { Company: 1, Person: 1, SHAREHOLDER_OF: 1, HAS_INTEREST_IN: 1 },
      'tecido.json': { Company: 2, Person: 1, SHAREHOLDER_OF: 6, OFFICER_OF: 3, HAS_INTEREST_IN: 6 },
    });
    expect(results.get('listed-company-exempt-from-disclosure.json')!.skipped).toEqual({ 'relationship with an unspecified interested party': 1 });
  });

  it('keeps share ranges as minimum and maximum', async () => {
    const [range] = await linksTo('12b7dd0770ce', 'SHAREHOLDER_OF');
    // An exact share absent is no property at all (Neo4j stores no nulls).
    expect(range!.props).toMatchObject({ fractionMin: 0.75, fractionMax: 1 });
    expect(range!.props.fraction).toBeUndefined();
    const [undeclared] = await linksTo('a01c1a0863e2', 'HAS_INTEREST_IN');
    expect(undeclared!.props).toMatchObject({ interest: 'shareholding', directOrIndirect: 'unknown', fractionMin: 0.25, fractionMax: 0.5, from: '2018-09-19' });
  });

  it('turns a record’s updates into consecutive periods (Tecido)', async () => {
    const periods = (await linksTo('01B68D7633', 'SHAREHOLDER_OF')).map((l) => [l.from.replace(namespace, ''), l.props.fraction, l.props.from, l.props.until ?? null]);
    expect(periods.sort((a, b) => `${a[0]}${a[2]}`.localeCompare(`${b[0]}${b[2]}`))).toEqual([
      ['bods-018AF6B3EB', 1, '2002-03-09', '2021-09-24'],
      ['bods-018AF6B3EB', 0.4, '2021-09-24', '2022-09-21'],
      ['bods-018AF6B3EB', 0.3, '2022-09-21', '2023-03-03'],
      ['bods-033E84672B', 0.6, '2021-09-24', '2022-09-21'],
      ['bods-033E84672B', 0.7, '2022-09-21', '2023-03-01'],
      ['bods-033E84672B', 0.8, '2023-03-01', null],
    ]);
    expect(await share('033E84672B', '01B68D7633')).toBeCloseTo(0.8, 10);
    expect((await effectiveOwnership(graph, id('018AF6B3EB'), id('01B68D7633'), '2022-01-01'))!.share).toBeCloseTo(0.4, 10);
  });

  it('keeps indirect holdings as declared facts that integrated ownership reproduces', async () => {
    // Two files state every share on the chain: the declared indirect share is the chain's.
    const [declared2] = await linksTo('1e049760d6c7', 'INDIRECT_OWNER_OF');
    expect(declared2!.props).toMatchObject({ fraction: 0.6, via: [id('41454e3ba398'), id('6c9fd5c92201')] });
    // Person 1's links to B and C are interests of unstated size, so whole: Σ over B, C of their integrated share in A.
    expect((await share('41454e3ba398', '1e049760d6c7')) + (await share('6c9fd5c92201', '1e049760d6c7'))).toBeCloseTo(0.6, 10);
    const [declaredMixed] = await linksTo('9bfe59b6a869', 'INDIRECT_OWNER_OF');
    expect(declaredMixed!.props).toMatchObject({ fraction: 0.5, via: [id('ec61aeda7141')] });
    expect(await share('ec61aeda7141', '9bfe59b6a869')).toBeCloseTo(0.5, 10);
    // The declared indirect link is never summed: Person 1's integrated share in A is the direct 50 % only.
    expect(await share('53508b65253f', '9bfe59b6a869')).toBeCloseTo(0.5, 10);
    // Where the person's share of the intermediate is not stated, the chain bounds the declared share from above.
    const [declared1] = await linksTo('ad3f6c2fcc9e', 'INDIRECT_OWNER_OF');
    expect(declared1!.props.fraction).toBe(0.3);
    expect(await share('d4ab89ea169a', 'ad3f6c2fcc9e')).toBeGreaterThanOrEqual(0.3);
    // A joint holding through an arrangement integrates over two levels: 50 % × 100 %.
    expect(await share('1accb8b18b99', '31c55e425764')).toBeCloseTo(0.5, 10);
  });

  it('changes nothing on a second import', async () => {
    for (const file of results.keys()) {
      const again = await importFile(graph, { file: path.join(dir, file), namespace, now });
      expect([file, Object.values(again.summary).every((s) => s.created === 0 && s.updated === 0)]).toEqual([file, true]);
    }
  });
});
