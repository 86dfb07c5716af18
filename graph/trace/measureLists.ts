import type { Graph } from '../driver.ts';
import { evaluateList } from '../domain/sanctions.ts';
import { byId, editionsCollect, listProjection, measureRowProjection, ruleProjection, toEdition, toList, toMeasure, toRule, type EditionRow, type MeasureRow, type Props, type RuleRow } from './refs.ts';
import type { AppliedOnList, DocumentRef, ListBasis, ListRef, MeasureRef, RuleRef } from './types.ts';

/** A measure seen from the measure's side: every list a rule names for it, and those on which it applies at the date. */
export interface MeasureLists {
  measure: MeasureRef;
  /** Lists named by a rule of the measure. */
  candidates: ListRef[];
  /** Every rule of the measure, on any list. */
  rules: RuleRef[];
  /** The candidates on which it applies at the date (rules 2–4), with its basis there. */
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
  COLLECT { MATCH (d:PolicyDocument)-[r:PROPAGATES]->(m) MATCH (l:CreditList {id: r.list})
            RETURN {rule: ${ruleProjection('r', 'd')}, list: ${listProjection('l')}} AS row ORDER BY r.ruleId } AS rules,
  ${editionsCollect} AS editions
ORDER BY m.id`;

interface MeasureListsRow {
  measure: MeasureRow;
  rules: Array<{ rule: RuleRow; list: { list: Props; maintainedBy: unknown } }>;
  editions: EditionRow[];
}

/** Measures (all, one, or one agency's) with their lists at `asOf`, in id order. One query. */
export async function measureLists(graph: Graph, filter: MeasureFilter, asOf: string): Promise<MeasureLists[]> {
  const rows = await graph.read<MeasureListsRow>(measureListsCypher, { measure: filter.measure ?? null, agency: filter.agency ?? null });
  return rows.map((row) => {
    const measure = toMeasure(row.measure);
    const candidates = [...new Map(row.rules.map((r) => [String(r.list.list.id), toList(r.list.list, r.list.maintainedBy)])).values()].sort(byId);
    const rules = row.rules.map((r) => toRule(r.rule, measure.id));
    const editions = row.editions.map(toEdition);
    const only = new Map([[measure.id, measure]]);
    const applied = candidates.flatMap((list) => evaluateList<MeasureRef, RuleRef, DocumentRef>(rules.filter((r) => r.listId === list.id), only, editions, asOf).measures);
    return { measure, candidates, rules, applied };
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
