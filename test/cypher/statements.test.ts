import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph, Params, QueryOptions, Row } from '../../graph/driver.ts';
import { partiesAround, partiesById, partyPage, linksInto, listingsOf } from '../../graph/export/parties.ts';
import { exposure } from '../../graph/exposure/exposure.ts';
import { exposureView } from '../../graph/exposure/exposureView.ts';
import { inheritedListing } from '../../graph/exposure/inheritedListing.ts';
import { actualController } from '../../graph/ownership/actualController.ts';
import { effectiveOwnership } from '../../graph/ownership/effectiveOwnership.ts';
import { ownershipTree } from '../../graph/ownership/ownershipTree.ts';
import { ultimateOwners } from '../../graph/ownership/ultimateOwners.ts';
import { resolveNames } from '../../graph/matching/resolveNames.ts';
import { paths } from '../../graph/paths/paths.ts';
import { countCompanies, findCompanies } from '../../graph/queries/companies.ts';
import { creditFile } from '../../graph/queries/creditFile.ts';
import { listMembers } from '../../graph/queries/listMembers.ts';
import { neighborhood } from '../../graph/queries/neighborhood.ts';
import { nodesById } from '../../graph/queries/nodes.ts';
import { referenceLinks } from '../../graph/queries/referenceLinks.ts';
import { relatedCounts, relatedPages } from '../../graph/queries/related.ts';
import { relations } from '../../graph/queries/relations.ts';
import { searchNames } from '../../graph/queries/search.ts';
import { graphStats } from '../../graph/queries/stats.ts';
import { milestones } from '../../graph/queries/milestones.ts';
import { screenSubjects } from '../../graph/screening/screen.ts';
import { agencyObligations } from '../../graph/trace/agencyObligations.ts';
import { legalBasisAudit } from '../../graph/trace/legalBasisAudit.ts';
import { measureBearers } from '../../graph/trace/measureBearers.ts';
import { measureLists } from '../../graph/trace/measureLists.ts';
import { forgetListReferences } from '../../graph/trace/listMeasures.ts';
import { sanctionTrace } from '../../graph/trace/sanctionTrace.ts';
import { demoStory as s } from '../../seed/synthetic/demoStory.ts';
import { RecordingGraph } from '../bench/measure.ts';
import { testGraph } from '../support/graph.ts';

/**
 * The Cypher each read capability of graph/ sends, written to test/cypher/__snapshots__/<name>.cypher
 * through the bench's recording graph, so a changed statement shows in review as a diff of that file.
 * Run with `-u` after an intended change. Parameter values and repeat counts are left out (they follow the
 * data); parameter names stay.
 */
const asOf = '2025-01-01';
let graph: Graph;

beforeAll(async () => {
  graph = await testGraph();
});
afterAll(async () => {
  await graph?.close();
});

/** The recording graph with a generous read timeout: this test is about the text, and a cold planner on a busy machine is slow. */
class PatientRecorder extends RecordingGraph {
  override read<T = Row>(cypher: string, params: Params = {}, options: QueryOptions = {}): Promise<T[]> {
    return super.read<T>(cypher, params, { ...options, timeoutMs: Math.max(options.timeoutMs ?? 0, 120_000) });
  }
}

async function cypherOf(work: (graph: Graph) => Promise<unknown>): Promise<string> {
  const recorder = new PatientRecorder(graph);
  // Cold, so each capability shows every statement it can send, whichever ran before.
  forgetListReferences();
  await work(recorder);
  expect(recorder.statements.length, 'the capability sent no Cypher').toBeGreaterThan(0);
  // Each distinct statement once, sorted by text: how often a statement repeats (one per level of a
  // holding walk, one per page) follows the data, and statements sent together (ownershipTree's up and
  // down walks) arrive in any order; the text does not.
  const distinct = new Map<string, string[]>();
  for (const { cypher, params } of recorder.statements) {
    const text = cypher.trim().split('\n').map((line) => line.trimEnd()).join('\n');
    if (!distinct.has(text)) distinct.set(text, Object.keys(params));
  }
  return [...distinct].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([text, params], i) => `// ${i + 1}. params: ${params.join(', ') || 'none'}\n${text}\n`).join('\n');
}

const capabilities: Record<string, (graph: Graph) => Promise<unknown>> = {
  'trace-sanctionTrace': (g) => sanctionTrace(g, s.judgmentDebtor, asOf),
  'trace-agencyObligations': (g) => agencyObligations(g, 'ndrc', { asOf, first: 5 }),
  'trace-measureBearers': (g) => measureBearers(g, 'm_high_consumption_restriction', { asOf, first: 5 }),
  'trace-measureLists': (g) => measureLists(g, { agency: 'ndrc' }, asOf),
  'trace-legalBasisAudit': (g) => legalBasisAudit(g, asOf),
  'exposure-exposure': async (g) => {
    const result = await exposure(g, s.supplierTwoHopsBelow, { asOf, maxHops: 3 });
    return result && exposureView(result);
  },
  'exposure-inheritedListing': (g) => inheritedListing(g, s.subsidiary, { asOf }),
  'ownership-actualController': (g) => actualController(g, s.supplierTwoHopsBelow, asOf),
  'ownership-effectiveOwnership': (g) => effectiveOwnership(g, s.blacklistedParent, s.supplierTwoHopsBelow, asOf),
  'ownership-ultimateOwners': (g) => ultimateOwners(g, s.supplierTwoHopsBelow, { asOf }),
  'ownership-ownershipTree': (g) => ownershipTree(g, s.blacklistedParent, { asOf }),
  'paths-paths': (g) => paths(g, s.judgmentDebtor, s.otherCompaniesOfLegalRep[0]!, { asOf }),
  'queries-neighborhood': (g) => neighborhood(g, { id: s.judgmentDebtor, hops: 2, limit: 200, perNode: 50, skip: 0, asOf }),
  'queries-search': (g) => searchNames(g, { text: '失信被执行人', limit: 10 }),
  'queries-companies': async (g) => {
    const filter = { divisionCodePrefix: '4403', listKind: 'blacklist' as const, activeListingAsOf: asOf };
    await findCompanies(g, filter, { field: 'NAME', descending: false }, { limit: 20 });
    return countCompanies(g, filter);
  },
  'queries-nodes': (g) => nodesById(g, [s.judgmentDebtor, 'ndrc']),
  'queries-creditFile': (g) => creditFile(g, s.supplierTwoHopsBelow, asOf),
  'queries-listMembers': (g) => listMembers(g, 'spc_dishonest_judgment_debtors', { asOf, text: '公司', sort: 'from', offset: 0, first: 10 }),
  'matching-resolveNames': (g) => resolveNames(g, [{ name: '深圳市曜澜汐物流有限公司' }]),
  'queries-referenceLinks': (g) => referenceLinks(g, ['ndrc', 'spc_dishonest_judgment_debtors']),
  'queries-related': async (g) => {
    for (const spec of Object.values(relations)) {
      await relatedPages(g, spec, [s.judgmentDebtor], { asOf, offset: 0, limit: 5 });
      await relatedCounts(g, spec, [s.judgmentDebtor], { asOf });
    }
  },
  'queries-stats': (g) => graphStats(g, asOf),
  'queries-milestones': (g) => milestones(g),
  'screening-screen': (g) => screenSubjects(g, [s.supplierTwoHopsBelow, '深圳市曜澜汐物流有限公司'], { asOf }),
  'export-parties': async (g) => {
    const around = await partiesAround(g, s.judgmentDebtor, 2, 100);
    const ids = around?.ids ?? [];
    await Promise.all([partiesById(g, ids), partyPage(g, '', 10)]);
    await linksInto(g, ids);
    return listingsOf(g, ids);
  },
};

describe('Cypher of every read capability', () => {
  it.each(Object.keys(capabilities))('%s', async (name) => {
    await expect(await cypherOf(capabilities[name]!)).toMatchFileSnapshot(`__snapshots__/${name}.cypher`);
  });
});
