import type { Graph } from '../driver.ts';

/**
 * Waits until the eventually consistent name index (graph/schema.ts) holds every committed write:
 * the end of an import calls it, so a name search right after the import finds the new names.
 */
export async function awaitNameSearch(graph: Graph): Promise<void> {
  await graph.write('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
}
