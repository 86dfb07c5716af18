import neo4j from 'neo4j-driver';
import type { Graph } from '../driver.ts';
import { anyNodeLabel, NodeKind, Rel } from '../model.ts';

/**
 * Read queries behind `npm run export`: the companies and persons to export (all of them, page by
 * page in id order, or those within N hops of a subject), their relationships with each other, and
 * their listings with the lists and deciding agencies.
 */

export interface ExportNode {
  id: string;
  kind: NodeKind;
  props: Record<string, unknown>;
}

export interface ExportRel {
  id: string;
  type: Rel;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** Relationships between parties (companies, persons) that an export carries and a neighbourhood walks. */
export const partyRelTypes = [
  Rel.SHAREHOLDER_OF,
  Rel.INDIRECT_OWNER_OF,
  Rel.HAS_INTEREST_IN,
  Rel.LEGAL_REPRESENTATIVE_OF,
  Rel.OFFICER_OF,
  Rel.BRANCH_OF,
  Rel.FAMILY_OF,
  Rel.ASSOCIATE_OF,
] as const;
const partyTypes = partyRelTypes.join('|');

const kindOf = (labels: string[]): NodeKind => labels.find((l) => l !== anyNodeLabel) as NodeKind;

/** One page of all companies and persons, in id order after `after`. */
export async function partyPage(graph: Graph, after: string, limit: number): Promise<ExportNode[]> {
  const rows = await graph.read<{ id: string; labels: string[]; props: Record<string, unknown> }>(
    `MATCH (n:${anyNodeLabel}) WHERE n.id > $after AND (n:${NodeKind.Company} OR n:${NodeKind.Person})
     RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY n.id LIMIT $limit`,
    { after, limit: neo4j.int(limit) },
    { timeoutMs: 120_000 },
  );
  return rows.map((row) => ({ id: row.id, kind: kindOf(row.labels), props: row.props }));
}

/** The companies and persons with these ids. */
export async function partiesById(graph: Graph, ids: string[]): Promise<ExportNode[]> {
  const rows = await graph.read<{ id: string; labels: string[]; props: Record<string, unknown> }>(
    `UNWIND $ids AS id MATCH (n:${anyNodeLabel} {id: id}) WHERE n:${NodeKind.Company} OR n:${NodeKind.Person}
     RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY n.id`,
    { ids },
  );
  return rows.map((row) => ({ id: row.id, kind: kindOf(row.labels), props: row.props }));
}

/**
 * Companies and persons within `hops` party relationships of the subject (either direction),
 * breadth first, one query per hop. Stops adding at `cap` ids and says so.
 */
export async function partiesAround(graph: Graph, subject: string, hops: number, cap: number): Promise<{ ids: string[]; bounded: boolean } | null> {
  const start = await graph.read<{ id: string }>(`MATCH (n:${anyNodeLabel} {id: $subject}) WHERE n:${NodeKind.Company} OR n:${NodeKind.Person} RETURN n.id AS id`, { subject });
  if (start.length === 0) return null;
  const seen = new Set([subject]);
  let frontier = [subject];
  let bounded = false;
  for (let hop = 0; hop < hops && frontier.length > 0 && !bounded; hop++) {
    const rows = await graph.read<{ id: string }>(
      `UNWIND $frontier AS id MATCH (:${anyNodeLabel} {id: id})-[:${partyTypes}]-(b) WHERE b:${NodeKind.Company} OR b:${NodeKind.Person} RETURN DISTINCT b.id AS id`,
      { frontier },
      { timeoutMs: 60_000 },
    );
    frontier = [];
    for (const { id } of rows) {
      if (seen.has(id)) continue;
      if (seen.size >= cap) {
        bounded = true;
        break;
      }
      seen.add(id);
      frontier.push(id);
    }
  }
  return { ids: [...seen].sort(), bounded };
}

export interface LinksInto {
  links: ExportRel[];
  /** Agencies holding shares (state shareholders): exported as references, never walked through. */
  agencies: ExportNode[];
}

/**
 * Party relationships ending at these ids, grouped by target (every such relationship ends at a
 * company or person, so this finds state shareholders too).
 */
export async function linksInto(graph: Graph, ids: string[]): Promise<LinksInto> {
  const rows = await graph.read<ExportRel & { agency: Record<string, unknown> | null }>(
    `UNWIND $ids AS id MATCH (a)-[r:${partyTypes}]->(b:${anyNodeLabel} {id: id})
     RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props,
       CASE WHEN a:${NodeKind.Agency} THEN properties(a) END AS agency
     ORDER BY to, type, from, id`,
    { ids },
    { timeoutMs: 60_000 },
  );
  const agencies = new Map<string, ExportNode>();
  for (const row of rows) if (row.agency) agencies.set(row.from, { id: row.from, kind: NodeKind.Agency, props: row.agency });
  return { links: rows.map(({ agency: _agency, ...link }) => link), agencies: [...agencies.values()] };
}

export interface ListingsOf {
  listings: ExportNode[];
  links: ExportRel[];
  /** CreditList and Agency nodes the listings point at. */
  references: ExportNode[];
}

/** The listings of these parties with their LISTED, ON_LIST and DECIDED_BY links and the nodes those reach. */
export async function listingsOf(graph: Graph, ids: string[]): Promise<ListingsOf> {
  const rows = await graph.read<{ subject: string; listing: Record<string, unknown>; listId: string; list: Record<string, unknown>; agencyId: string | null; agency: Record<string, unknown> | null; links: ExportRel[] }>(
    `UNWIND $ids AS id MATCH (s:${anyNodeLabel} {id: id})-[listed:${Rel.LISTED}]->(l:${NodeKind.Listing})-[on:${Rel.ON_LIST}]->(cl:${NodeKind.CreditList})
     OPTIONAL MATCH (l)-[decided:${Rel.DECIDED_BY}]->(a:${NodeKind.Agency})
     RETURN s.id AS subject, properties(l) AS listing, cl.id AS listId, properties(cl) AS list, a.id AS agencyId, properties(a) AS agency,
       [x IN [[listed, s.id, l.id], [on, l.id, cl.id], [decided, l.id, a.id]] WHERE x[0] IS NOT NULL |
         {id: x[0].id, type: type(x[0]), from: x[1], to: x[2], props: properties(x[0])}] AS links
     ORDER BY subject, l.id`,
    { ids },
    { timeoutMs: 60_000 },
  );
  const references = new Map<string, ExportNode>();
  for (const row of rows) {
    references.set(row.listId, { id: row.listId, kind: NodeKind.CreditList, props: row.list });
    if (row.agencyId && row.agency) references.set(row.agencyId, { id: row.agencyId, kind: NodeKind.Agency, props: row.agency });
  }
  return {
    listings: rows.map((row) => ({ id: row.listing.id as string, kind: NodeKind.Listing, props: row.listing })),
    links: rows.flatMap((row) => row.links),
    references: [...references.values()].sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** A credit-file record or grade of an exported party, with the ids its links point at. */
export interface CreditEntry {
  node: ExportNode;
  subject: string;
  /** DECIDED_BY agency (records). */
  agency: string | null;
  /** ENDS: the listing or penalty a repair ends. */
  ends: string | null;
  /** IN_SCHEME: the grade's scheme. */
  scheme: string | null;
}

/** The credit files of these parties: CreditRecord nodes (HAS_RECORD) and grades (GRADED), in subject and id order. */
export async function creditFilesOf(graph: Graph, ids: string[]): Promise<CreditEntry[]> {
  const rows = await graph.read<{ subject: string; kind: NodeKind; props: Record<string, unknown>; agency: string | null; ends: string | null; scheme: string | null }>(
    `UNWIND $ids AS id MATCH (s:${anyNodeLabel} {id: id})-[:${Rel.HAS_RECORD}|${Rel.GRADED}]->(r)
     WHERE r:${NodeKind.CreditRecord} OR r:${NodeKind.Grade}
     OPTIONAL MATCH (r)-[:${Rel.DECIDED_BY}]->(a:${NodeKind.Agency})
     OPTIONAL MATCH (r)-[:${Rel.ENDS}]->(e)
     OPTIONAL MATCH (r)-[:${Rel.IN_SCHEME}]->(g:${NodeKind.GradeScheme})
     RETURN s.id AS subject, CASE WHEN r:${NodeKind.Grade} THEN '${NodeKind.Grade}' ELSE '${NodeKind.CreditRecord}' END AS kind,
            properties(r) AS props, a.id AS agency, e.id AS ends, g.id AS scheme
     ORDER BY subject, r.id`,
    { ids },
    { timeoutMs: 60_000 },
  );
  return rows.map((row) => ({ node: { id: row.props.id as string, kind: row.kind, props: row.props }, subject: row.subject, agency: row.agency, ends: row.ends, scheme: row.scheme }));
}
