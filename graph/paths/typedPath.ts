import { sharePercent as percent } from '../domain/share.ts';
import type { PartyKind } from '../model.ts';

/**
 * A path as typed edges, as exposure and paths return it, and its Cypher projection. Node kinds
 * beyond parties can appear in `paths` (any two nodes), so `kind` is the node's kind label.
 */
export interface PathNode {
  id: string;
  kind: PartyKind | string;
  name: string | null;
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

/** Cypher projection of node variable `n` into the `PathNode` shape. */
export const pathNodeProjection = (n: string) => `{id: ${n}.id, kind: [l IN labels(${n}) WHERE l <> 'Node'][0], name: coalesce(${n}.nameZh, ${n}.nameEn, ${n}.docNumber)}`;

/** Cypher projection of path variable `p` into the `TypedPath` shape. */
export const pathProjection = (p: string) =>
  `{nodes: [n IN nodes(${p}) | ${pathNodeProjection('n')}], ` +
  `edges: [x IN relationships(${p}) | {type: type(x), from: startNode(x).id, to: endNode(x).id, fraction: x.fraction, role: x.role}], ` +
  `hops: length(${p})}`;

const roleWords = (role: string | null) => (role ?? 'officer').replaceAll('_', ' ');

/** One step in words, seen from the node the walk is at (`here`) towards the next one. */
function stepInWords(edge: PathEdge, here: string, next: PathNode): string {
  const forward = edge.from === here;
  const name = next.name ?? next.id;
  const share = edge.fraction === null ? '' : ` ${percent(edge.fraction)}`;
  switch (edge.type) {
    case 'SHAREHOLDER_OF':
      return forward ? `holds${share} of ${name}` : `is held${share} by ${name}`;
    case 'LEGAL_REPRESENTATIVE_OF':
      return forward ? `is legal representative of ${name}` : `has legal representative ${name}`;
    case 'OFFICER_OF':
      return forward ? `is ${roleWords(edge.role)} of ${name}` : `has ${roleWords(edge.role)} ${name}`;
    case 'BRANCH_OF':
      return forward ? `is a branch of ${name}` : `has branch ${name}`;
    default:
      return forward ? `${edge.type} ${name}` : `← ${edge.type} ${name}`;
  }
}

/** The path as a sentence: "A is held 60% by B, which is held 70% by C". */
export function pathInWords(path: TypedPath): string {
  const [first] = path.nodes;
  if (!first) return '';
  const steps = path.edges.map((edge, i) => stepInWords(edge, path.nodes[i]!.id, path.nodes[i + 1]!));
  return `${first.name ?? first.id} ${steps.join(', which ')}`;
}
