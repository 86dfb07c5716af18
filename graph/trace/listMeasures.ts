import type { Graph } from '../driver.ts';
import { evaluateList } from '../domain/sanctions.ts';
import { referenceStampExpression, type ReferenceStamp } from '../referenceStamp.ts';
import { ReferenceCache } from './referenceCache.ts';
import { toEdition, toList, toMeasure, toRule, type DocumentRow, type EditionRow, type MeasureRow, type Props, type RuleRow } from './refs.ts';
import type { AppliedOnList, DocumentRef, EditionRef, ListRef, MeasureRef, RuleNotApplicable, RuleRef } from './types.ts';

export interface ListMeasures {
  list: ListRef;
  /** The measures that apply on the list at the date (rules 2–4), each once, in id order. */
  measures: AppliedOnList[];
  /** Rules in force on the list that the reform ended at the date (rule 3). */
  notApplicable: RuleNotApplicable[];
  measuresById: ReadonlyMap<string, MeasureRef>;
}

/** What a list's measures depend on apart from the date: reference data only, the same for every subject on the list. */
interface ListReference {
  list: ListRef;
  /** Its rules in id order, each with the measure it propagates. */
  rules: Array<{ rule: RuleRef; measure: MeasureRef }>;
  editions: EditionRef[];
}

/** Lists kept per process (the reference graph has tens; a stamp change leaves the old entries to age out). */
export const keptListsCapacity = 1_000;

/** null: no such list. */
const kept = new ReferenceCache<ListReference | null>(keptListsCapacity);

/** Forgets what this process kept (tests compare with a cold read). */
export const forgetListReferences = () => kept.clear();

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
MATCH (e:PolicyDocument) WHERE e.type = 'basic_list' AND size($listIds) > 0
RETURN 'edition' AS part, {document: properties(e), covers: [(e)-[:DEFINES]->(cm:Measure) | cm.id]} AS value
UNION ALL
MATCH (:PolicyDocument)-[r:PROPAGATES]->() WHERE r.list IN $listIds
UNWIND r.basisDocuments AS cited
MATCH (cd:Node {id: cited})
RETURN DISTINCT 'cited' AS part, {document: properties(cd)} AS value
UNION ALL
RETURN 'stamp' AS part, {token: ${referenceStampExpression}} AS value`;

type Part =
  | { part: 'rule'; value: { rule: Props; document: Props; measure: Props; agencies: Props[] } }
  | { part: 'list'; value: { list: Props; maintainedBy: unknown } }
  | { part: 'edition'; value: { document: Props; covers: string[] } }
  | { part: 'cited'; value: DocumentRow }
  | { part: 'stamp'; value: { token: ReferenceStamp } };

/**
 * For each existing list id: the measures that apply on it at `asOf`. The reference part is read once
 * per process and stamp token: not at all when the caller read the stamp (`stamp`, in its own
 * statement) and every list is kept, else in one statement with the stamp.
 */
export async function listMeasures(graph: Graph, listIds: readonly string[], asOf: string, stamp?: ReferenceStamp): Promise<Map<string, ListMeasures>> {
  if (listIds.length === 0) return new Map();
  const references = await listReferences(graph, [...new Set(listIds)], stamp);
  return new Map([...references].flatMap(([listId, reference]) => (reference ? [[listId, evaluate(reference, asOf)] as const] : [])));
}

function evaluate({ list, rules, editions }: ListReference, asOf: string): ListMeasures {
  const measuresById = new Map(rules.map((r) => [r.measure.id, r.measure]));
  const evaluated = evaluateList<MeasureRef, RuleRef, DocumentRef>(rules.map((r) => r.rule), measuresById, editions, asOf);
  return { list, ...evaluated, measuresById };
}

/**
 * The kept references, reading those not kept. A caller without a stamp is answered under the newest
 * token kept, which the read checks: when it has changed, the kept lists are read again as well.
 */
async function listReferences(graph: Graph, listIds: readonly string[], stamp: ReferenceStamp | undefined): Promise<Map<string, ListReference | null>> {
  const assumed = stamp === undefined ? kept.latest : stamp;
  const known = new Map(listIds.flatMap((listId) => {
    const reference = kept.get(assumed, listId);
    return reference === undefined ? [] : [[listId, reference] as const];
  }));
  const missing = listIds.filter((listId) => !known.has(listId));
  if (missing.length === 0 && stamp !== undefined) return known;
  let read = await readListReferences(graph, missing);
  if (stamp === undefined && read.stamp !== assumed && known.size > 0) read = await readListReferences(graph, listIds);
  for (const [listId, reference] of read.lists) kept.set(read.stamp, listId, reference);
  return new Map(listIds.map((listId) => [listId, read.lists.has(listId) ? read.lists.get(listId)! : known.get(listId)!]));
}

async function readListReferences(graph: Graph, listIds: readonly string[]): Promise<{ stamp: ReferenceStamp; lists: Map<string, ListReference | null> }> {
  const parts = await graph.read<Part>(listMeasuresCypher, { listIds });
  const of = <K extends Part['part']>(kind: K) => parts.filter((p) => p.part === kind).map((p) => p.value as Extract<Part, { part: K }>['value']);
  const cited = of('cited');
  const editions = of('edition').map((e): EditionRow => ({ document: { document: e.document }, covers: e.covers })).map(toEdition);
  const rules = of('rule').map((r) => {
    const measure: MeasureRow = { measure: r.measure, agencies: r.agencies, documents: [] };
    const row: RuleRow = { rule: r.rule, document: { document: r.document }, cited: cited.filter((c) => (r.rule.basisDocuments as string[] | undefined)?.includes(String(c.document.id))) };
    return { rule: toRule(row, String(r.measure.id)), measure: toMeasure(measure) };
  });
  rules.sort((a, b) => a.rule.id.localeCompare(b.rule.id));
  const lists = new Map<string, ListReference | null>(listIds.map((listId) => [listId, null]));
  for (const l of of('list')) {
    const list = toList(l.list, l.maintainedBy);
    lists.set(list.id, { list, rules: rules.filter((r) => r.rule.listId === list.id), editions });
  }
  return { stamp: of('stamp')[0]?.token ?? null, lists };
}
