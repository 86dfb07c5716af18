import type { Graph } from '../driver.ts';
import { MonitoringLabel, type ChangeKind } from '../model.ts';

/** A party's own change events recorded since a date, newest first (the credit report's monitoring section). */
export interface SubjectEvent {
  id: string;
  kind: ChangeKind;
  on: string;
  recordedAt: string;
  factId: string;
  source: string;
}

export function subjectEvents(graph: Graph, subjectId: string, since: string, limit = 100): Promise<SubjectEvent[]> {
  return graph.read<SubjectEvent>(
    `MATCH (c:${MonitoringLabel.ChangeEvent} {subjectId: $id}) WHERE c.recordedAt >= $since
     RETURN c.id AS id, c.kind AS kind, c.on AS on, c.recordedAt AS recordedAt, c.factId AS factId, c.source AS source
     ORDER BY c.recordedAt DESC, c.id DESC LIMIT toInteger($limit)`,
    { id: subjectId, since, limit },
  );
}

/** What has been loaded: the load checkpoints (seed corpora, imported files) with their state. */
export function loadedSources(graph: Graph): Promise<Array<{ key: string; completed: boolean; updatedAt: string }>> {
  return graph.read(`MATCH (c:LoadCheckpoint) RETURN c.key AS key, coalesce(c.completed, false) AS completed, c.updatedAt AS updatedAt ORDER BY c.key`);
}
