import type { Graph } from '../driver.ts';

export interface LoadState {
  /** Agencies in the database: none means no reference data yet. */
  agencies: number;
  /** The load under checkpoint `key` started and has not committed its last batch. */
  pending: boolean;
}

/** What the start command needs to decide whether to load its default data (seed/defaultData.ts). */
export async function readLoadState(graph: Graph, key: string, lastBatch: number): Promise<LoadState> {
  const [state] = await graph.read<LoadState>(
    `OPTIONAL MATCH (a:Agency) WITH count(a) AS agencies
     OPTIONAL MATCH (c:LoadCheckpoint {key: $key}) WHERE c.lastBatch < $lastBatch
     RETURN agencies, c IS NOT NULL AS pending`,
    { key, lastBatch },
  );
  return state!;
}
