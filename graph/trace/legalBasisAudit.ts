import type { Graph } from '../driver.ts';
import { basisProblem, inForce, legalBasis, type BasisProblem } from '../domain/sanctions.ts';
import { measureLists } from './measureLists.ts';
import { documentProjection, listProjection, toDocument, toList, type DocumentRow, type Props } from './refs.ts';
import type { Basis, ListRef, MeasureRef } from './types.ts';

export interface ListBasisFinding extends Basis {
  list: ListRef;
  problem: BasisProblem;
}

export interface MeasureBasisFinding extends Basis {
  measure: MeasureRef;
  /** The list on which the measure rests on this basis; null for a measure no list triggers. */
  list: ListRef | null;
  problem: BasisProblem;
}

export interface LegalBasisAudit {
  asOf: string;
  lists: ListBasisFinding[];
  measures: MeasureBasisFinding[];
}

const listBasisCypher = `
MATCH (list:CreditList)
RETURN ${listProjection('list')} AS list,
  [(d:PolicyDocument)-[:ESTABLISHES]->(list) | ${documentProjection('d')}] + [(list)-[:LEGAL_BASIS]->(d:PolicyDocument) | ${documentProjection('d')}] AS documents
ORDER BY list.id`;

interface ListBasisRow {
  list: { list: Props; maintainedBy: unknown };
  documents: DocumentRow[];
}

async function listFindings(graph: Graph, asOf: string): Promise<ListBasisFinding[]> {
  const rows = await graph.read<ListBasisRow>(listBasisCypher);
  return rows.flatMap((row) => {
    const documents = [...new Map(row.documents.map((d) => [String(d.document.id), toDocument(d)])).values()];
    const basis = legalBasis(documents.filter((document) => inForce(document, asOf)));
    const problem = basisProblem(documents.length, basis);
    return problem ? [{ list: toList(row.list.list, row.list.maintainedBy), problem, ...basis }] : [];
  });
}

async function measureFindings(graph: Graph, asOf: string): Promise<MeasureBasisFinding[]> {
  const findings: MeasureBasisFinding[] = [];
  for (const { measure, candidates, rules, applied } of await measureLists(graph, {}, asOf)) {
    if (candidates.length === 0) {
      const basis = legalBasis(measure.definedIn.filter((document) => inForce(document, asOf)));
      const problem = basisProblem(measure.definedIn.length, basis);
      if (problem) findings.push({ measure, list: null, problem, ...basis });
      continue;
    }
    for (const list of candidates) {
      const basis = legalBasis(applied.find((a) => a.listId === list.id)?.documents ?? []);
      const problem = basisProblem(rules.filter((rule) => rule.listId === list.id).length, basis);
      if (problem) findings.push({ measure, list, problem, ...basis });
    }
  }
  return findings;
}

/** Lists and measures (per list a rule names) whose basis at `asOf` is below law or regulation, not in force, or missing (rule 9). */
export async function legalBasisAudit(graph: Graph, asOf: string): Promise<LegalBasisAudit> {
  const [lists, measures] = await Promise.all([listFindings(graph, asOf), measureFindings(graph, asOf)]);
  return { asOf, lists, measures };
}
