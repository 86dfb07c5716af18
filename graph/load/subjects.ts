import { NodeKind, type CompanyNode, type PersonNode } from '../model.ts';
import { defaultBatchSize, mergeNodes, type LoadReport, type Props, type Writer } from './write.ts';

/** Company rows are CompanyNode (graph/model.ts): id = USCC, provenance, `synthetic` for generated ones. */
export type CompanyRow = CompanyNode;
/** Person rows are PersonNode: stable id, name + pinyin, never an ID-card number (at most a salted hash). */
export type PersonRow = PersonNode;

/** MERGEs companies on their id (the USCC). */
export function mergeCompanies(writer: Writer, rows: readonly CompanyRow[], batchSize = defaultBatchSize): Promise<LoadReport> {
  return mergeNodes(writer, NodeKind.Company, rows.map(nodeRow), batchSize);
}

/** MERGEs persons on their id. */
export function mergePersons(writer: Writer, rows: readonly PersonRow[], batchSize = defaultBatchSize): Promise<LoadReport> {
  return mergeNodes(writer, NodeKind.Person, rows.map(nodeRow), batchSize);
}

/** A typed node row as the generic writer's { id, props }. */
export function nodeRow<T extends { id: string }>(row: T): { id: string; props: Props } {
  return { id: row.id, props: row as unknown as Props };
}
