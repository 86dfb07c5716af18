import { createHash } from 'node:crypto';
import type { Graph } from '../../graph/driver.ts';

/** JSON with sorted keys, so equal maps give equal text. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stable((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Everything but the load time, which differs between two loads of the same facts. */
const content = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).filter(([key]) => key !== 'recordedAt'));

export interface GraphDigest {
  nodes: number;
  relationships: number;
  /** SHA-256 over every data node (labels, properties) and relationship (type, ends, properties). */
  hash: string;
}

/** A digest of the whole data graph (the test's own database: no other data in it). */
export async function graphDigest(graph: Graph): Promise<GraphDigest> {
  const nodes = await graph.read<{ labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n:Node) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id',
  );
  const rels = await graph.read<{ type: string; from: string; to: string; props: Record<string, unknown> }>(
    'MATCH (a:Node)-[r]->(b:Node) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props ORDER BY from, to, type, r.id',
  );
  const hash = createHash('sha256');
  for (const node of nodes) hash.update(stable([[...node.labels].sort(), content(node.props)])).update('\n');
  for (const rel of rels) hash.update(stable([rel.type, rel.from, rel.to, content(rel.props)])).update('\n');
  return { nodes: nodes.length, relationships: rels.length, hash: hash.digest('hex') };
}
