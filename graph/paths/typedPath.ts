import type { NodeKind, PartyRef } from '../model.ts';
import { drawnPartyFields } from '../queries/partyFields.ts';

/**
 * A path as typed edges, as exposure and paths return it, and its Cypher projection. The ends of
 * `paths` may be any two nodes, so `kind` is any node kind; the nodes between are parties.
 */
export interface PathNode extends Omit<PartyRef, 'kind'> {
  kind: NodeKind;
}

export interface PathEdge {
  type: string;
  /** The relationship's own direction: from its start node to its end node. */
  from: string;
  to: string;
  fraction: number | null;
  role: string | null;
}

export interface TypedPath {
  /** In walk order, from the start of the question to its end. */
  nodes: PathNode[];
  edges: PathEdge[];
  hops: number;
}

/** Cypher projection of node variable `n` into the `PathNode` shape, with what a canvas draws of it at `$asOf`. */
export const pathNodeProjection = (n: string) =>
  `{id: ${n}.id, kind: [l IN labels(${n}) WHERE l <> 'Node'][0], name: coalesce(${n}.nameZh, ${n}.nameEn, ${n}.docNumber), ${drawnPartyFields(n)}}`;

/** Cypher projection of path variable `p` into the `TypedPath` shape. */
export const pathProjection = (p: string) =>
  `{nodes: [n IN nodes(${p}) | ${pathNodeProjection('n')}], ` +
  `edges: [x IN relationships(${p}) | {type: type(x), from: startNode(x).id, to: endNode(x).id, fraction: x.fraction, role: x.role}], ` +
  `hops: length(${p})}`;
