import type { Graph } from '../driver.ts';
import { nodesById } from '../queries/nodes.ts';
import { listedSubjectCounts } from './listedSubjects.ts';
import { listBases, measureLists } from './measureLists.ts';
import { toAgency } from './refs.ts';
import type { AgencyRef, ListBasis, MeasureRef, Page, PageRequest } from './types.ts';

/** One measure an agency must enforce at the date: on which lists, on what basis, for how many subjects. */
export interface AgencyObligation {
  measure: MeasureRef;
  lists: ListBasis[];
  /** Companies and persons actively listed at the date on those lists. */
  listedSubjects: number;
}

export interface AgencyObligations extends Page<AgencyObligation> {
  agency: AgencyRef;
  asOf: string;
}

/**
 * The reverse view: the measures `agencyId` implements that apply on some list at `asOf`, in id
 * order, paged, each with its lists and the number of subjects listed there now. Null when no agency
 * has that id. Three reads: the agency, its measures with their lists, the counts of the page.
 */
export async function agencyObligations(graph: Graph, agencyId: string, page: PageRequest): Promise<AgencyObligations | null> {
  const agency = (await nodesById(graph, [agencyId])).get(agencyId);
  if (agency?.kind !== 'Agency') return null;
  const enforced = (await measureLists(graph, { agency: agencyId }, page.asOf)).filter((m) => m.applied.length > 0);
  const rest = enforced.filter((m) => !page.after || m.measure.id > page.after);
  const items = rest.slice(0, page.first);
  const counts = await listedSubjectCounts(graph, items.map((m) => ({ key: m.measure.id, lists: m.applied.map((a) => a.listId) })), page.asOf);
  return {
    agency: toAgency(agency.props),
    asOf: page.asOf,
    items: items.map((m) => ({ measure: m.measure, lists: listBases(m), listedSubjects: counts.get(m.measure.id) ?? 0 })),
    totalCount: enforced.length,
    hasNextPage: rest.length > items.length,
  };
}
