import type { Graph } from '../driver.ts';
import { actualControllers } from '../ownership/actualController.ts';
import { nodesById } from '../queries/nodes.ts';
import { listMeasures } from '../trace/listMeasures.ts';
import { subjectCasesOf } from '../trace/subjectCases.ts';
import { planFirstPage } from './changes.ts';

/** An id no node has: the statements run and match nothing. */
const nothing = '\u0000warm';

/**
 * Neo4j 5 keys its plan cache on the statement text, the parameters' types and the size bucket of
 * each list and string parameter: 1 | 2–10 | 11–100 | … (measured, BENCHMARKS.md, session 10). A
 * plan made for a list of one id is not used for a page's 50 subjects, so the warm-up plans one list
 * size per bucket a default page (50 events) can send, and watchlist ids of 2–10 and 11–100 characters.
 */
export const plannedSizes = [1, 10, 100] as const;

/** Neo4j's size bucket of a list or string parameter of `size` items or characters (`plannedSizes`). */
export const sizeBucket = (size: number) => Math.ceil(Math.log10(Math.max(1, size)));

/** The watchlist id the page statement is planned with for `size`: a string of that bucket. */
export const warmWatchlistId = (size: number) => nothing.padEnd(size, '-');

const idsOf = (size: number) => Array.from({ length: size }, (_, i) => `${nothing}${i}`);

/**
 * Runs, matching nothing, the statements of an inbox's first page and of its explanation (the page,
 * subject cases, list measures, the actual controllers, the stored parties) for each of
 * `plannedSizes`, so that Neo4j has planned them before the first analyst opens an inbox: at 1M,
 * planning them was 90 % of a first page (9.5 of 10.3 s). Reads only.
 */
export async function warmMonitoring(graph: Graph, asOf: string): Promise<void> {
  for (const size of plannedSizes) {
    const ids = idsOf(size);
    await planFirstPage(graph, warmWatchlistId(size), asOf);
    await Promise.all([subjectCasesOf(graph, ids, asOf), listMeasures(graph, ids, asOf), actualControllers(graph, ids, asOf), nodesById(graph, ids)]);
  }
}
