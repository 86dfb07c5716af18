import type { ManagedTransaction } from 'neo4j-driver';
import { Graph } from './driver.ts';
import { NodeKind, Rel } from './model.ts';

/**
 * The reference-data stamp: one node holding a random token that every write of reference data
 * (documents, measures, lists, agencies and the links between them) replaces, in the write's own
 * transaction. A process may keep what it read of the reference data for as long as the token it
 * reads is the one it read it under — across processes and database rebuilds (a new database gets
 * a new token when its schema is applied). Without the label `Node`, the stamp is no data: views,
 * counts and exports never see it.
 */
export const referenceStampLabel = 'ReferenceStamp';

/** What a process read of the stamp: its token, or null when the database has none (nothing may be kept). */
export type ReferenceStamp = string | null;

const referenceKinds = new Set<string>([
  NodeKind.Agency,
  NodeKind.Platform,
  NodeKind.CreditList,
  NodeKind.PolicyDocument,
  NodeKind.Measure,
  NodeKind.GradeScheme,
  // The links between reference nodes (graph/model.ts).
  Rel.PART_OF,
  Rel.SUCCEEDED_BY,
  Rel.MAINTAINS,
  Rel.ESTABLISHES,
  Rel.TRIGGERED_BY,
  Rel.DEFINES,
  Rel.PROPAGATES,
  Rel.IMPLEMENTED_BY,
  Rel.ISSUED,
  Rel.SIGNED,
  Rel.SUPERSEDES,
  Rel.AMENDS,
  Rel.LEGAL_BASIS,
  Rel.PUBLISHED_ON,
  Rel.OPERATED_BY,
  Rel.SUPERVISED_BY,
  Rel.ISSUED_BY,
  Rel.DEFINED_IN,
]);

/** Whether a write of this node kind or relationship type changes reference data. */
export const changesReference = (kind: string) => referenceKinds.has(kind);

/** A Cypher expression: the stamp's token, or null. */
export const referenceStampExpression = `head(COLLECT { MATCH (stamp:${referenceStampLabel}) RETURN stamp.token })`;

/** Gives the stamp a new token (when it exists: a database without one lets nothing be kept anyway). */
export async function renewReferenceStamp(writer: Graph | ManagedTransaction): Promise<void> {
  const cypher = `MATCH (stamp:${referenceStampLabel}) SET stamp.token = randomUUID()`;
  await (writer instanceof Graph ? writer.write(cypher) : writer.run(cypher));
}

/** Creates the stamp when the database has none (the schema's start-up step). */
export async function ensureReferenceStamp(graph: Graph): Promise<void> {
  await graph.write(`MERGE (stamp:${referenceStampLabel}) ON CREATE SET stamp.token = randomUUID()`);
}
