import type { ManagedTransaction } from 'neo4j-driver';
import { nodeLinkId } from './ids.ts';

/**
 * What the writers have written in one transaction, so a later batch of the same transaction can
 * skip reads whose answer it already knows: a relationship whose start node was CREATEd in this
 * transaction cannot exist yet, unless this transaction wrote it (a node is born without links). The
 * start counts because the existence read anchors there (changes.ts readFacts): a stored row of the
 * same id from an old start to another end is found and updated, as before, not twinned. The end
 * counts only for a link keyed by its end (ids.ts `nodeLinkId`: a listing's LISTED, a grade's GRADED,
 * a record's HAS_RECORD): every stored link of that id ends at that node, so none exists while the
 * node is new — in an import unit, the LISTED read was the last existence read of new listings.
 * The seed's batches (companies, then their roles, listings and grades) and an import unit (a
 * listing, then its links) write mostly such links: their existence read was a tenth of the online
 * loader's Neo4j CPU. Kept per transaction object, so a retried transaction starts afresh.
 */
export interface WrittenInTransaction {
  /** Ids of the nodes CREATEd in the transaction (not those MERGEd: those may have existed). */
  createdNodes: Set<string>;
  /** `type id` of every relationship row written in the transaction, created or not. */
  relationships: Set<string>;
}

const written = new WeakMap<ManagedTransaction, WrittenInTransaction>();

export function writtenIn(tx: ManagedTransaction): WrittenInTransaction {
  let state = written.get(tx);
  if (!state) written.set(tx, (state = { createdNodes: new Set(), relationships: new Set() }));
  return state;
}

export const relationshipKey = (type: string, id: string) => `${type} ${id}`;

/** Whether a relationship row is certainly new in `tx`: its start (or the end it is keyed by) created in it, the row itself not written in it before. */
export function certainlyNew(state: WrittenInTransaction, type: string, row: { id: string; from: string; to: string }): boolean {
  const bornWith = state.createdNodes.has(row.from) || (row.id === nodeLinkId(type, row.to) && state.createdNodes.has(row.to));
  return bornWith && !state.relationships.has(relationshipKey(type, row.id));
}
