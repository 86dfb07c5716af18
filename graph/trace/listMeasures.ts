import type { Graph } from '../driver.ts';
import { measuresOnList, type AppliedMeasure } from '../domain/sanctions.ts';
import { listProjection, measureRowProjection, toList, toMeasure, type MeasureRow, type Props } from './refs.ts';
import type { DocumentRef, ListRef, MeasureRef } from './types.ts';

export type AppliedOnList = AppliedMeasure<MeasureRef, DocumentRef>;

export interface ListMeasures {
  list: ListRef;
  /** The measures that apply on the list at the date (rule 4), each once, in id order. */
  measures: AppliedOnList[];
}

// Candidates: measures defined by a document triggered by the list, and measures triggered by it;
// the rules then decide which apply at the date, so the reference graph is read as it is.
const listMeasuresCypher = `
UNWIND $listIds AS listId
MATCH (list:CreditList {id: listId})
WITH list, [(list)<-[:TRIGGERED_BY]-(:PolicyDocument)-[:DEFINES]->(m:Measure) | m] + [(list)<-[:TRIGGERED_BY]-(m:Measure) | m] AS candidates
RETURN ${listProjection('list')} AS list, [m IN candidates | ${measureRowProjection('m')}] AS measures`;

interface ListMeasuresRow {
  list: { list: Props; maintainedBy: unknown };
  measures: MeasureRow[];
}

/** For each existing list id: the measures that apply on it at `asOf`, with their basis. One query. */
export async function listMeasures(graph: Graph, listIds: readonly string[], asOf: string): Promise<Map<string, ListMeasures>> {
  if (listIds.length === 0) return new Map();
  const rows = await graph.read<ListMeasuresRow>(listMeasuresCypher, { listIds: [...new Set(listIds)] });
  return new Map(
    rows.map((row) => {
      const list = toList(row.list.list, row.list.maintainedBy);
      return [list.id, { list, measures: measuresOnList<DocumentRef, MeasureRef>(row.measures.map(toMeasure), list, asOf) }];
    }),
  );
}
