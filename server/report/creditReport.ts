import type { Graph } from '../../graph/driver.ts';
import { exposure } from '../../graph/exposure/exposure.ts';
import { exposureLevel } from '../../graph/monitoring/exposureLevel.ts';
import { loadedSources, subjectEvents, type SubjectEvent } from '../../graph/monitoring/subjectEvents.ts';
import { creditFile, type CreditFile } from '../../graph/queries/creditFile.ts';
import type { NodeRecord } from '../../graph/queries/nodeRecord.ts';
import { nodesById } from '../../graph/queries/nodes.ts';
import { sanctionTrace } from '../../graph/trace/sanctionTrace.ts';
import type { SanctionTrace } from '../../graph/trace/types.ts';
import type { TypedPath } from '../../graph/paths/typedPath.ts';

/**
 * Everything the company credit report shows, gathered from graph/ as of one date: registration,
 * the credit file, the sanction trace (listings, measures and their legal basis), the exposure
 * summary, the company's own change events since a date, and what data is loaded.
 */
export interface CreditReportData {
  company: NodeRecord;
  asOf: string;
  since: string;
  generatedAt: string;
  file: CreditFile;
  trace: SanctionTrace | null;
  exposure: { level: number | null; hits: Array<{ id: string; name: string | null; hops: number; score: number; path: TypedPath }>; totalHits: number };
  events: SubjectEvent[];
  sources: string[];
  loaded: Array<{ key: string; completed: boolean; updatedAt: string }>;
}

export class UnknownCompanyError extends Error {
  override name = 'UnknownCompanyError';
}

export async function creditReportData(graph: Graph, companyId: string, asOf: string, since: string, now = new Date()): Promise<CreditReportData> {
  const company = (await nodesById(graph, [companyId])).get(companyId);
  if (!company || company.kind !== 'Company') throw new UnknownCompanyError(`no company with id or USCC ${companyId}`);
  const file = (await creditFile(graph, companyId, asOf))!;
  const trace = await sanctionTrace(graph, companyId, asOf);
  const found = await exposure(graph, companyId, { asOf, first: 10 });
  const level = await exposureLevel(graph, companyId, asOf);
  const events = await subjectEvents(graph, companyId, since);
  const loaded = await loadedSources(graph);
  const sources = [
    ...new Set(
      [company.props.source, ...file.records.map((r) => r.props.source), ...(trace?.listings ?? []).map((l) => l.props.source), ...file.grades.map((g) => g.source)].filter(
        (s): s is string => typeof s === 'string',
      ),
    ),
  ].sort();
  return {
    company,
    asOf,
    since,
    generatedAt: now.toISOString(),
    file,
    trace,
    exposure: {
      level,
      totalHits: found?.totalHits ?? 0,
      hits: (found?.hits ?? []).map((hit) => ({ id: hit.party.id, name: hit.party.name, hops: hit.hops, score: hit.score, path: hit.paths[0]! })),
    },
    events,
    sources,
    loaded,
  };
}
