import { listingActiveAt, roleHeldAt } from '../domain/validity.ts';
import type { Graph } from '../driver.ts';
import type { NodeKind, Rel } from '../model.ts';
import { nodeProjection, toNodeRecord, type NodeRecord, type ProjectedNode } from './nodeRecord.ts';

/**
 * One hop from many parent nodes at once: the relationship a GraphQL field follows, for a whole
 * DataLoader batch, in ONE Cypher statement (per-parent paging inside a subquery). Relationship types,
 * labels and sort orders come from the specs below, never from user input.
 */
export interface RelationSpec {
  types: readonly Rel[];
  /** Seen from the parent: `out` = (parent)-[r]->(other). */
  direction: 'out' | 'in';
  /** Labels the other end must have (any of them). */
  otherKinds?: readonly NodeKind[];
  /** `held`: only relationships held at `asOf` (from/until); `activeListing`: only listings active at `asOf`. */
  timeFilter?: 'held' | 'activeListing';
  order: keyof typeof orders;
}

/** ORDER BY clauses; `m` is the other node, `r` the relationship. Ties break on id so pages are stable. */
const orders = {
  fraction: 'coalesce(r.fraction, -1.0) DESC, m.id',
  recentRelationship: "coalesce(r.from, '') DESC, m.id",
  recentListing: "coalesce(m.from, '') DESC, m.id",
  recentGrade: 'coalesce(m.year, 0) DESC, m.id',
  name: 'coalesce(m.nameZh, m.nameEn, m.id), m.id',
} as const;

export interface RelatedItem {
  relType: string;
  rel: Record<string, unknown>;
  node: NodeRecord;
}

export interface RelatedPage {
  items: RelatedItem[];
  /** More items exist after this page. */
  hasMore: boolean;
}

export interface PageRequest {
  /** Needed when the spec has a time filter. */
  asOf?: string;
  offset: number;
  limit: number;
}

function pattern(spec: RelationSpec): string {
  const types = spec.types.join('|');
  const other = spec.otherKinds?.length ? `:${spec.otherKinds.join('|')}` : '';
  return spec.direction === 'out' ? `(n)-[r:${types}]->(m${other})` : `(n)<-[r:${types}]-(m${other})`;
}

function filter(spec: RelationSpec, request: { asOf?: string }): string {
  if (!spec.timeFilter) return 'true';
  if (!request.asOf) throw new Error('a time-filtered relation needs asOf');
  return spec.timeFilter === 'held' ? roleHeldAt('r') : listingActiveAt('m');
}

/** A page of related nodes (with the relationship's properties) for each parent id. */
export async function relatedPages(graph: Graph, spec: RelationSpec, ids: readonly string[], request: PageRequest): Promise<Map<string, RelatedPage>> {
  const cypher = `
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH ${pattern(spec)}
  WHERE ${filter(spec, request)}
  WITH r, m ORDER BY ${orders[spec.order]}
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: ${nodeProjection('m')}}) AS items
}
RETURN id, items`;
  const rows = await graph.read<{ id: string; items: Array<{ relType: string; rel: Record<string, unknown>; node: ProjectedNode }> }>(cypher, {
    ids: [...new Set(ids)],
    asOf: request.asOf ?? null,
    offset: request.offset,
    limitPlusOne: request.limit + 1,
  });
  const pages = new Map<string, RelatedPage>();
  for (const row of rows) {
    const items = row.items.map((item) => ({ relType: item.relType, rel: item.rel, node: toNodeRecord(item.node) }));
    pages.set(row.id, { items: items.slice(0, request.limit), hasMore: items.length > request.limit });
  }
  return pages;
}

/** How many related nodes each parent has (the connection's totalCount). */
export async function relatedCounts(graph: Graph, spec: RelationSpec, ids: readonly string[], request: { asOf?: string }): Promise<Map<string, number>> {
  const cypher = `
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH ${pattern(spec)} WHERE ${filter(spec, request)} } AS total`;
  const rows = await graph.read<{ id: string; total: number }>(cypher, { ids: [...new Set(ids)], asOf: request.asOf ?? null });
  return new Map(rows.map((row) => [row.id, row.total]));
}
