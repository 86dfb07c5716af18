import type { Graph } from '../driver.ts';
import { evaluateList } from '../domain/sanctions.ts';
import { editionsCollect, listProjection, measureRowProjection, ruleProjection, toEdition, toList, toMeasure, toRule, type EditionRow, type MeasureRow, type Props, type RuleRow } from './refs.ts';
import type { AppliedOnList, DocumentRef, ListRef, MeasureRef, RuleNotApplicable, RuleRef } from './types.ts';

export interface ListMeasures {
  list: ListRef;
  /** The measures that apply on the list at the date (rules 2–4), each once, in id order. */
  measures: AppliedOnList[];
  /** Rules in force on the list that the reform ended at the date (rule 3). */
  notApplicable: RuleNotApplicable[];
  measuresById: ReadonlyMap<string, MeasureRef>;
}

// The rules naming each list, with their documents, citations and measures, and the basic-list
// editions; the domain decides which apply at the date, so the reference graph is read as it is.
const listMeasuresCypher = `
UNWIND $listIds AS listId
MATCH (list:CreditList {id: listId})
RETURN ${listProjection('list')} AS list,
  COLLECT { MATCH (d:PolicyDocument)-[r:PROPAGATES]->(m:Measure) WHERE r.list = listId
            RETURN {rule: ${ruleProjection('r', 'd')}, measure: ${measureRowProjection('m', true)}} AS row ORDER BY r.ruleId } AS rules,
  ${editionsCollect} AS editions`;

interface ListMeasuresRow {
  list: { list: Props; maintainedBy: unknown };
  rules: Array<{ rule: RuleRow; measure: MeasureRow }>;
  editions: EditionRow[];
}

/** For each existing list id: the measures that apply on it at `asOf`, with their rules and basis. One query. */
export async function listMeasures(graph: Graph, listIds: readonly string[], asOf: string): Promise<Map<string, ListMeasures>> {
  if (listIds.length === 0) return new Map();
  const rows = await graph.read<ListMeasuresRow>(listMeasuresCypher, { listIds: [...new Set(listIds)] });
  return new Map(
    rows.map((row) => {
      const list = toList(row.list.list, row.list.maintainedBy);
      const measuresById = new Map(row.rules.map((r) => [String(r.measure.measure.id), toMeasure(r.measure)]));
      const rules = row.rules.map((r) => toRule(r.rule, String(r.measure.measure.id)));
      const evaluated = evaluateList<MeasureRef, RuleRef, DocumentRef>(rules, measuresById, row.editions.map(toEdition), asOf);
      return [list.id, { list, ...evaluated, measuresById }];
    }),
  );
}
