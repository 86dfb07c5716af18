import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { listingsOf, partiesById } from '../../graph/export/parties.ts';
import { countsUnder } from '../../graph/load/importLookup.ts';
import { targetId } from '../../seed/import/opensanctionsCn.ts';
import { importFile } from '../../seed/import/run.ts';
import { loadReferenceData } from '../../seed/reference/load.ts';
import { removeFixtures, testGraph } from '../support/graph.ts';
import { now, sharedData, tempDir } from './support.ts';

const namespace = 'timpos-';
const file = path.join(sharedData, 'cn-sanctions-opensanctions', 'sanctions.csv');

let graph: Graph;

beforeAll(async () => {
  graph = await testGraph();
  await removeFixtures(graph, namespace);
  await loadReferenceData(graph); // MOFCOM's decisions point at the reference agency `mofcom`
});

afterAll(async () => {
  await removeFixtures(graph, namespace);
  await graph.close();
});

describe("OpenSanctions' table of China's countermeasures", () => {
  it('is refused whole for its one undated row, then imported without it', async () => {
    const refused = await importFile(graph, { file, namespace, now });
    expect(refused.format).toBe('opensanctions-cn');
    expect(refused.problems.filter((p) => !p.includes('warning:'))).toEqual([
      'sanctions.csv:129: body: missing: the deciding body',
      'sanctions.csv:129: date: missing: a listing needs the date it began',
    ]);
    expect(refused.warnings).toBe(18); // repeated designations, kept once
    expect(await countsUnder(graph, [namespace])).toEqual({ byKind: {}, byType: {} });

    const result = await importFile(graph, { file, namespace, now, skipInvalid: true, rejectsDir: tempDir('scs-os-') });
    expect(Object.fromEntries(Object.entries(result.summary).map(([k, s]) => [k, [s.created, s.rejected]]))).toEqual({
      CreditList: [13, 0],
      Company: [297, 0],
      Person: [167, 0],
      Listing: [591, 1],
      LISTED: [591, 0],
      ON_LIST: [591, 0],
      DECIDED_BY: [273, 0],
    });
  });

  it('keeps the Chinese names, and MOFCOM’s Unreliable Entity List decisions as decided by MOFCOM', async () => {
    const lockheed = (await partiesById(graph, [targetId(namespace, null, false, 'Lockheed Martin Corporation')]))[0];
    expect(lockheed?.props).toMatchObject({ nameZh: '洛克希德·马丁公司', jurisdiction: 'us' });
    const { listings, references } = await listingsOf(graph, [lockheed!.id]);
    expect(listings.length).toBeGreaterThan(0);
    const uel = references.find((r) => r.props.program === 'UEL');
    expect(uel?.props).toMatchObject({ nameEn: 'Unreliable Entity List', nameZh: '不可靠实体清单', kind: 'blacklist', authority: 'Ministry of Commerce' });
    expect(references.some((r) => r.id === 'mofcom' && r.kind === 'Agency')).toBe(true);
  });

  it('changes nothing on a second import', async () => {
    const again = await importFile(graph, { file, namespace, now, skipInvalid: true, rejectsDir: tempDir('scs-os-') });
    expect(Object.values(again.summary).every((s) => s.created === 0 && s.updated === 0)).toBe(true);
  });
});
