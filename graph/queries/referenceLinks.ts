import type { Graph } from '../driver.ts';
import type { Rel } from '../model.ts';
import { nodeProjection, toNodeRecord, type NodeRecord, type ProjectedNode } from './nodeRecord.ts';
import type { RelationSpec } from './related.ts';

/**
 * Links between reference nodes (agencies, lists, documents, measures, platforms, grade schemes):
 * tens per node, so one query fetches all of them for a batch of nodes and every reference field
 * (signatories, measures, maintaining agency…) picks its own from that. One statement instead of
 * one per field keeps a profile request to a couple of round trips.
 */
export const referenceLinkTypes: readonly Rel[] = [
  'PART_OF',
  'SUCCEEDED_BY',
  'MAINTAINS',
  'ESTABLISHES',
  'TRIGGERED_BY',
  'DEFINES',
  'IMPLEMENTED_BY',
  'ISSUED',
  'SIGNED',
  'SUPERSEDES',
  'AMENDS',
  'LEGAL_BASIS',
  'PUBLISHED_ON',
  'OPERATED_BY',
  'SUPERVISED_BY',
  'ISSUED_BY',
  'DEFINED_IN',
];

export interface ReferenceLink {
  type: string;
  /** The node is the relationship's start. */
  outgoing: boolean;
  node: NodeRecord;
}

const referenceLinksCypher = `
UNWIND $ids AS id
MATCH (n:Node {id: id})
OPTIONAL MATCH (n)-[r:${referenceLinkTypes.join('|')}]-(m:Node)
RETURN id, collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), outgoing: startNode(r) = n, node: ${nodeProjection('m')}} END) AS links`;

export async function referenceLinks(graph: Graph, ids: readonly string[]): Promise<Map<string, ReferenceLink[]>> {
  const rows = await graph.read<{ id: string; links: Array<{ type: string; outgoing: boolean; node: ProjectedNode }> }>(referenceLinksCypher, { ids: [...new Set(ids)] });
  return new Map(rows.map((row) => [row.id, row.links.map((link) => ({ type: link.type, outgoing: link.outgoing, node: toNodeRecord(link.node) }))]));
}

/** Whether a relation is served from the reference links (untimed, reference relationship types only). */
export function isReferenceRelation(spec: RelationSpec): boolean {
  return !spec.timeFilter && spec.types.every((type) => referenceLinkTypes.includes(type));
}

const nameOf = (node: NodeRecord) => String(node.props.nameZh ?? node.props.nameEn ?? node.id);

/** The links a relation follows, by name (the `name` order of relatedPages). */
export function pickLinks(links: readonly ReferenceLink[], spec: RelationSpec): NodeRecord[] {
  return links
    .filter((link) => spec.types.includes(link.type as Rel) && link.outgoing === (spec.direction === 'out'))
    .filter((link) => !spec.otherKinds || spec.otherKinds.includes(link.node.kind))
    .map((link) => link.node)
    .sort((a, b) => (nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
