import { severityWeight } from '../domain/exposureScore.ts';
import type { Graph } from '../driver.ts';
import { exposure } from '../exposure/exposure.ts';

/**
 * One number for "how exposed is this party at this date", as monitoring compares it before and
 * after a change: the highest exposure score among its related listed parties (graph/domain/
 * exposureScore.ts), or 100 × severity when the party is listed itself.
 */
export async function exposureLevel(graph: Graph, subjectId: string, asOf: string): Promise<number | null> {
  const found = await exposure(graph, subjectId, { asOf, first: 1 });
  if (!found) return null;
  const own = found.subjectListings.map((listing) => Math.round(100 * severityWeight[listing.severity.level]));
  return Math.max(0, found.hits[0]?.score ?? 0, ...own);
}

/** Levels of (subject, date) pairs in order, one walk at a time (each is a heavy read). */
export async function exposureLevels(graph: Graph, asks: ReadonlyArray<{ subjectId: string; on: string }>): Promise<Array<number | null>> {
  const levels: Array<number | null> = [];
  for (const { subjectId, on } of asks) levels.push(await exposureLevel(graph, subjectId, on));
  return levels;
}
