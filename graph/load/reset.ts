import neo4j from 'neo4j-driver';
import type { Graph } from '../driver.ts';
import { anyNodeLabel } from '../model.ts';
import { markAllReachStale } from '../monitoring/reach.ts';
import { renewReferenceStamp } from '../referenceStamp.ts';

/**
 * Deletes every data node (label `Node`) with its relationships, and the load checkpoints, in
 * batches of their own transactions so memory stays flat at any size. The schema (constraints,
 * indexes, SchemaVersion) stays. CALL … IN TRANSACTIONS needs an auto-commit transaction, hence
 * session.run rather than the Graph helpers.
 */
export async function deleteAllData(
  graph: Graph,
  batchSize = 10_000,
): Promise<{ nodesDeleted: number; relationshipsDeleted: number }> {
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    const result = await session.run(
      `MATCH (n) WHERE n:${anyNodeLabel} OR n:LoadCheckpoint
       CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $batchSize ROWS`,
      { batchSize: neo4j.int(batchSize) },
    );
    graph.queryCount++;
    // The watchlists stay; what they reached is gone.
    await markAllReachStale(graph);
    // The reference data is gone too: what processes kept of it no longer holds.
    await renewReferenceStamp(graph);
    const updates = result.summary.counters.updates();
    return { nodesDeleted: updates.nodesDeleted, relationshipsDeleted: updates.relationshipsDeleted };
  } finally {
    await session.close();
  }
}
