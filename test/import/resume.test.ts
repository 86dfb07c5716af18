import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { clearCheckpoint } from '../../graph/load/index.ts';
import { countsUnder } from '../../graph/load/importLookup.ts';
import { exportGraph } from '../../seed/export/run.ts';
import { checkpointKey, importFile } from '../../seed/import/run.ts';
import { removeFixtures, testGraph } from '../support/graph.ts';
import { now, sharedData, tempDir } from './support.ts';

// The same file into two namespaces: one import killed after its third write unit and run again,
// one uninterrupted. Small units (about 20 facts) make the Zala sample nine of them.
const interrupted = 'timpres-a-';
const straight = 'timpres-b-';
const zala = path.join(sharedData, 'ftm-yente-zala', 'entities.ftm.json');
const batchSize = 20;

class Killed extends Error {}

let graph: Graph;

beforeAll(async () => {
  graph = await testGraph();
  await Promise.all([removeFixtures(graph, interrupted), removeFixtures(graph, straight)]);
});

afterAll(async () => {
  await Promise.all([removeFixtures(graph, interrupted), removeFixtures(graph, straight)]);
  await Promise.all([clearCheckpoint(graph, checkpointKey(zala, interrupted)), clearCheckpoint(graph, checkpointKey(zala, straight))]);
  await graph.close();
});

/** The FtM export of everything around LLC CST, with the namespace taken out. */
async function exported(namespace: string): Promise<string[]> {
  const file = path.join(tempDir('scs-resume-'), 'out.ftm.json');
  await exportGraph(graph, 'ftm', file, { subject: `${namespace}ftm-NK-abdzbEBkqyT29GyREbiURZ`, hops: 3 });
  return fs.readFileSync(file, 'utf8').split('\n').map((line) => line.replaceAll(namespace, '')).sort();
}

describe('an interrupted import, run again', () => {
  it('resumes after the last committed unit and ends with the same graph as an uninterrupted one', async () => {
    const committed: number[] = [];
    const killedRun = importFile(graph, {
      file: zala,
      namespace: interrupted,
      now,
      batchSize,
      onUnit: (index) => {
        committed.push(index);
        if (index === 2) throw new Killed();
      },
    });
    await expect(killedRun).rejects.toThrow(Killed);
    expect(committed).toEqual([0, 1, 2]);
    const partial = await countsUnder(graph, [interrupted]);
    // Units 0–1 hold the 40 lists, companies and persons; unit 2 the first 7 sanctions (3 facts each).
    expect(partial.byKind).toEqual({ CreditList: 23, Company: 11, Person: 6, Listing: 7 });

    let startedAt = -1;
    const resumed = await importFile(graph, { file: zala, namespace: interrupted, now, batchSize, onStart: (_units, from) => (startedAt = from) });
    expect([startedAt, resumed.resumedAt, resumed.units]).toEqual([3, 3, 9]);
    // Only the units not yet written were written.
    expect(resumed.summary.Company).toBeUndefined();
    expect(resumed.summary.Listing!.created).toBe(34);

    const whole = await importFile(graph, { file: zala, namespace: straight, now, batchSize });
    expect(whole.resumedAt).toBe(0);
    const strip = async (namespace: string) => countsUnder(graph, [namespace]);
    expect(await strip(interrupted)).toEqual(await strip(straight));
    expect(await exported(interrupted)).toEqual(await exported(straight));
  });
});
