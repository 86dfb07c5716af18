import type { ManagedTransaction } from 'neo4j-driver';
import type { Graph } from '../driver.ts';

/**
 * Progress of a long load, kept in the database itself: the batch that commits data also advances the
 * checkpoint in the same transaction, so after a crash the checkpoint names exactly the batches whose
 * data is in, and a resumed load starts at the next one. `LoadCheckpoint` nodes carry no `Node` label
 * (they are bookkeeping, not data).
 */
export interface Checkpoint {
  key: string;
  /** Fingerprint of what is being loaded (e.g. seed and size); a mismatch means start over. */
  fingerprint: string;
  /** Index of the last committed batch, -1 before the first. */
  lastBatch: number;
  batches: number;
  completed: boolean;
  updatedAt: string;
}

export async function readCheckpoint(graph: Graph, key: string): Promise<Checkpoint | null> {
  const rows = await graph.read<{ c: Checkpoint | null }>(
    'OPTIONAL MATCH (c:LoadCheckpoint {key: $key}) RETURN c {.key, .fingerprint, .lastBatch, .batches, .completed, .updatedAt} AS c',
    { key },
  );
  return rows[0]?.c ?? null;
}

/** Records batch `batch` as committed; call inside the transaction that writes that batch. */
export async function advanceCheckpoint(
  tx: ManagedTransaction,
  state: { key: string; fingerprint: string; batch: number; batches: number },
): Promise<void> {
  await tx.run(
    `MERGE (c:LoadCheckpoint {key: $key})
     SET c.fingerprint = $fingerprint, c.lastBatch = $batch, c.batches = $batches,
         c.completed = ($batch = $batches - 1), c.updatedAt = toString(datetime())`,
    state,
  );
}

export async function clearCheckpoint(graph: Graph, key: string): Promise<void> {
  await graph.write('MATCH (c:LoadCheckpoint {key: $key}) DELETE c', { key });
}
