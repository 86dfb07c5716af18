import { reformDocument } from '../domain/sanctions.ts';
import { basicListType } from '../domain/validity.ts';
import type { Graph } from '../driver.ts';
import { nodeProjection, toNodeRecord, type NodeRecord, type ProjectedNode } from './nodeRecord.ts';

// Where a date moves what applies: the reform's test (rule 3) and each basic-list edition (rule 4).
const milestonesCypher = `
MATCH (d:PolicyDocument)
WHERE d.id = $reform OR d.type = $basicList
WITH d, coalesce(d.effective, d.issued) AS start
WHERE start IS NOT NULL
RETURN ${nodeProjection('d')} AS document
ORDER BY start, d.id`;

/** The dated documents a time axis marks: the 2020 reform document and the national basic-list editions, oldest first (undated ones left out). */
export async function milestones(graph: Graph): Promise<NodeRecord[]> {
  const rows = await graph.read<{ document: ProjectedNode }>(milestonesCypher, { reform: reformDocument, basicList: basicListType });
  return rows.map((row) => toNodeRecord(row.document));
}
