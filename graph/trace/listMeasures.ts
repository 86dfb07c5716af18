import type { Graph } from '../driver.ts';
import { evaluateList } from '../domain/sanctions.ts';
import { toEdition, toList, toMeasure, toRule, type DocumentRow, type EditionRow, type MeasureRow, type Props, type RuleRow } from './refs.ts';
import type { AppliedOnList, DocumentRef, ListRef, MeasureRef, RuleNotApplicable, RuleRef } from './types.ts';

export interface ListMeasures {
  list: ListRef;
  /** The measures that apply on the list at the date (rules 2–4), each once, in id order. */
  measures: AppliedOnList[];
  /** Rules in force on the list that the reform ended at the date (rule 3). */
  notApplicable: RuleNotApplicable[];
  measuresById: ReadonlyMap<string, MeasureRef>;
}

// Flat parts, no nested subqueries (they made the cold plan take seconds under load): the rules naming
// the lists with their documents and measures, the lists, the basic-list editions and the documents the
// rules cite. The domain decides which rules apply at the date.
const listMeasuresCypher = `
UNWIND $listIds AS listId
MATCH (d:PolicyDocument)-[r:PROPAGATES]->(m:Measure) WHERE r.list = listId
RETURN 'rule' AS part, {rule: properties(r), document: properties(d), measure: properties(m), agencies: [(m)-[:IMPLEMENTED_BY]->(ia:Agency) | properties(ia)]} AS value
UNION ALL
MATCH (list:CreditList) WHERE list.id IN $listIds
RETURN 'list' AS part, {list: properties(list), maintainedBy: [(list)<-[:MAINTAINS]-(ma:Agency) | ma.id]} AS value
UNION ALL
MATCH (e:PolicyDocument) WHERE e.type = 'basic_list'
RETURN 'edition' AS part, {document: properties(e), covers: [(e)-[:DEFINES]->(cm:Measure) | cm.id]} AS value
UNION ALL
MATCH (:PolicyDocument)-[r:PROPAGATES]->() WHERE r.list IN $listIds
UNWIND r.basisDocuments AS cited
MATCH (cd:Node {id: cited})
RETURN DISTINCT 'cited' AS part, {document: properties(cd)} AS value`;

type Part =
  | { part: 'rule'; value: { rule: Props; document: Props; measure: Props; agencies: Props[] } }
  | { part: 'list'; value: { list: Props; maintainedBy: unknown } }
  | { part: 'edition'; value: { document: Props; covers: string[] } }
  | { part: 'cited'; value: DocumentRow };

/** For each existing list id: the measures that apply on it at `asOf`, with their rules and basis. One query. */
export async function listMeasures(graph: Graph, listIds: readonly string[], asOf: string): Promise<Map<string, ListMeasures>> {
  if (listIds.length === 0) return new Map();
  const parts = await graph.read<Part>(listMeasuresCypher, { listIds: [...new Set(listIds)] });
  const of = <K extends Part['part']>(kind: K) => parts.filter((p) => p.part === kind).map((p) => p.value as Extract<Part, { part: K }>['value']);
  const cited = of('cited');
  const editions = of('edition').map((e): EditionRow => ({ document: { document: e.document }, covers: e.covers })).map(toEdition);
  const rules = of('rule').map((r) => {
    const measure: MeasureRow = { measure: r.measure, agencies: r.agencies, documents: [] };
    const row: RuleRow = { rule: r.rule, document: { document: r.document }, cited: cited.filter((c) => (r.rule.basisDocuments as string[] | undefined)?.includes(String(c.document.id))) };
    return { rule: toRule(row, String(r.measure.id)), measure: toMeasure(measure) };
  });
  rules.sort((a, b) => a.rule.id.localeCompare(b.rule.id));
  return new Map(
    of('list').map((l) => {
      const list = toList(l.list, l.maintainedBy);
      const own = rules.filter((r) => r.rule.listId === list.id);
      const measuresById = new Map(own.map((r) => [r.measure.id, r.measure]));
      const evaluated = evaluateList<MeasureRef, RuleRef, DocumentRef>(own.map((r) => r.rule), measuresById, editions, asOf);
      return [list.id, { list, ...evaluated, measuresById }];
    }),
  );
}
