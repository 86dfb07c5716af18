import type { Graph } from '../driver.ts';
import { actualControllers } from '../ownership/actualController.ts';
import { nodesById } from '../queries/nodes.ts';
import { listMeasures } from '../trace/listMeasures.ts';
import { subjectCasesOf } from '../trace/subjectCases.ts';
import { planFirstPage } from './changes.ts';

/** An id no node has: the statements run and match nothing. */
const nothing = '\u0000warm';

/**
 * Runs once, matching nothing, the statements of an inbox's first page and of its explanation (the
 * page, subject cases, list measures, the actual controllers — about 2 CPU-s to plan cold at 10k —,
 * the stored parties), so that Neo4j has
 * planned them before the first analyst opens an inbox: the first planning of the page statement
 * alone took seconds on a just-started DBMS. Neo4j keys its plan cache on the statement text and
 * the parameters' types, so the parameters have the first page's shapes (strings, lists of strings,
 * no kinds filter, no cursor). Reads only.
 */
export async function warmMonitoring(graph: Graph, asOf: string): Promise<void> {
  await planFirstPage(graph, nothing, asOf);
  await Promise.all([subjectCasesOf(graph, [nothing], asOf), listMeasures(graph, [nothing], asOf), actualControllers(graph, [nothing], asOf), nodesById(graph, [nothing])]);
}
