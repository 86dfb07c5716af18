import type { Graph } from '../driver.ts';
import { findParty } from '../ownership/holdingSubgraph.ts';
import { nodesById } from '../queries/nodes.ts';
import { displayLabel, englishLabel } from '../queries/nodeRecord.ts';
import { allVia, checkHops, defaultHubDegree, linkPattern, type Direction, type Via } from './linkPattern.ts';
import { pathProjection, type PathNode, type TypedPath } from './typedPath.ts';

export const defaultPathHops = 4;
export const defaultPathCount = 5;
export const maxPathCount = 20;
export const pathsTimeoutMs = 10_000;

export interface PathsOptions {
  asOf: string;
  maxHops?: number;
  via?: readonly Via[];
  direction?: Direction;
  first?: number;
  hubDegree?: number;
}

export interface Paths {
  from: PathNode;
  to: PathNode;
  asOf: string;
  maxHops: number;
  via: Via[];
  direction: Direction;
  hubDegree: number;
  /** Simple paths (no party twice), shortest first; ties in Neo4j's order. */
  paths: TypedPath[];
}

/**
 * `SHORTEST k` takes a literal k (the caller's `first`, checked to be 1..20). Its trail semantics
 * may revisit a party, and a WHERE on a SHORTEST match only filters after the selection (PROFILE:
 * Filter above StatefulShortestPath(Into)), so we ask for three times as many walks and keep the
 * simple paths.
 */
const walksPerPath = 3;
function pathsCypher(pattern: string, first: number): string {
  return `
MATCH (s:Node {id: $from}), (t:Node {id: $to})
MATCH p = SHORTEST ${first * walksPerPath} ${pattern}
WITH p WHERE all(i IN range(1, length(p)) WHERE NOT nodes(p)[i] IN nodes(p)[..i])
RETURN ${pathProjection('p')} AS path
ORDER BY length(p)
LIMIT toInteger($first)`;
}

/** An end of the question: a party with what the canvas draws of it at `asOf`, else any node by its label. */
async function endpoint(graph: Graph, id: string, asOf: string): Promise<PathNode | null> {
  const party = await findParty(graph, id, asOf);
  if (party) return party;
  const node = (await nodesById(graph, [id])).get(id);
  return node ? { id, kind: node.kind, name: displayLabel(node), nameEn: englishLabel(node.kind, node.props), synthetic: node.props.synthetic === true, activeListKinds: [] } : null;
}

/**
 * The `first` (default 5, at most 20) shortest typed paths between two nodes at `asOf`, each at
 * most `maxHops` (default 4, at most 6) links of the chosen kinds, not passing through hubs; the
 * query stops after 10 s (QueryTimeoutError). Null when either node does not exist.
 */
export async function paths(graph: Graph, fromId: string, toId: string, options: PathsOptions): Promise<Paths | null> {
  const maxHops = options.maxHops ?? defaultPathHops;
  checkHops(maxHops);
  const first = options.first ?? defaultPathCount;
  if (!Number.isInteger(first) || first < 1 || first > maxPathCount) throw new RangeError(`first must be 1..${maxPathCount}, got ${first}`);
  const via = [...new Set(options.via ?? allVia)];
  const direction = options.direction ?? 'BOTH';
  const hubDegree = options.hubDegree ?? defaultHubDegree;
  const [from, to] = await Promise.all([endpoint(graph, fromId, options.asOf), endpoint(graph, toId, options.asOf)]);
  if (!from || !to) return null;
  const found =
    fromId === toId
      ? []
      : await graph.read<{ path: TypedPath }>(
          pathsCypher(linkPattern({ via, direction, maxHops, from: 's', to: 't' }), first),
          { from: fromId, to: toId, asOf: options.asOf, hubDegree, first },
          { timeoutMs: pathsTimeoutMs },
        );
  return {
    from,
    to,
    asOf: options.asOf,
    maxHops,
    via,
    direction,
    hubDegree,
    paths: found.map(({ path }) => path),
  };
}
