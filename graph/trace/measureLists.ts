import type { Graph } from '../driver.ts';
import { applyOnList } from '../domain/sanctions.ts';
import type { AppliedOnList } from './listMeasures.ts';
import { byId, listProjection, measureRowProjection, toList, toMeasure, type MeasureRow, type Props } from './refs.ts';
import type { DocumentRef, ListBasis, ListRef, MeasureRef } from './types.ts';

/** A measure seen from the measure's side: every list that may trigger it, and those on which it applies at the date. */
export interface MeasureLists {
  measure: MeasureRef;
  /** Lists that trigger the measure directly or through a document that defines it. */
  candidates: ListRef[];
  /** The candidates on which it applies at the date (rule 4), with its basis there. */
  applied: AppliedOnList[];
}

export interface MeasureFilter {
  measure?: string;
  /** Only measures this agency implements. */
  agency?: string;
}

const measureListsCypher = `
MATCH (m:Measure)
WHERE ($measure IS NULL OR m.id = $measure)
  AND ($agency IS NULL OR EXISTS { (m)-[:IMPLEMENTED_BY]->(:Agency {id: $agency}) })
RETURN ${measureRowProjection('m')} AS measure,
  [(m)-[:TRIGGERED_BY]->(l:CreditList) | ${listProjection('l')}] +
  [(m)<-[:DEFINES]-(:PolicyDocument)-[:TRIGGERED_BY]->(l:CreditList) | ${listProjection('l')}] AS lists
ORDER BY m.id`;

interface MeasureListsRow {
  measure: MeasureRow;
  lists: Array<{ list: Props; maintainedBy: unknown }>;
}

/** Measures (all, one, or one agency's) with their lists at `asOf`, in id order. One query. */
export async function measureLists(graph: Graph, filter: MeasureFilter, asOf: string): Promise<MeasureLists[]> {
  const rows = await graph.read<MeasureListsRow>(measureListsCypher, { measure: filter.measure ?? null, agency: filter.agency ?? null });
  return rows.map((row) => {
    const measure = toMeasure(row.measure);
    const candidates = [...new Map(row.lists.map((l) => [String(l.list.id), toList(l.list, l.maintainedBy)])).values()].sort(byId);
    const applied = candidates
      .map((list) => applyOnList<DocumentRef, MeasureRef>(measure, list, asOf))
      .filter((a): a is AppliedOnList => a !== null);
    return { measure, candidates, applied };
  });
}

/** The lists a measure applies on at the date, each with the measure's basis there. */
export function listBases({ candidates, applied }: MeasureLists): ListBasis[] {
  return applied.map(({ listId, documents, basisLevel, belowLawOrRegulation, inBasicList }) => ({
    list: candidates.find((list) => list.id === listId)!,
    documents,
    basisLevel,
    belowLawOrRegulation,
    inBasicList,
  }));
}
