import { listingSeverity, type SeverityAssessment } from '../domain/exposureScore.ts';
import type { Graph } from '../driver.ts';
import type { ReferenceStamp } from '../referenceStamp.ts';
import { listMeasures } from '../trace/listMeasures.ts';

/**
 * Severity of each list at a date, from the punishment measures that apply on it then (the sanction
 * trace's own rules, graph/domain/sanctions.ts) and how many agencies implement them.
 */
export async function listSeverities(graph: Graph, lists: ReadonlyMap<string, string>, asOf: string, stamp?: ReferenceStamp): Promise<Map<string, SeverityAssessment>> {
  if (lists.size === 0) return new Map();
  const measures = await listMeasures(graph, [...lists.keys()], asOf, stamp);
  const severities = new Map<string, SeverityAssessment>();
  for (const [listId, kind] of lists) {
    const punishments = (measures.get(listId)?.measures ?? []).filter((applied) => applied.measure.polarity !== 'incentive');
    const agencies = new Set(punishments.flatMap((applied) => applied.measure.agencies.map((agency) => agency.id)));
    severities.set(listId, listingSeverity({ listKind: kind, punishmentMeasures: punishments.length, implementingAgencies: agencies.size }));
  }
  return severities;
}

/**
 * Severities remembered for one date across many exposures (a screening batch asks about the same
 * few lists thousands of times).
 */
export class ListSeverityCache {
  private readonly known = new Map<string, SeverityAssessment>();

  constructor(
    private readonly graph: Graph,
    readonly asOf: string,
  ) {}

  /** `stamp`: the reference stamp the caller read in its own statement, which spares listMeasures reading it. */
  async get(lists: ReadonlyMap<string, string>, stamp?: ReferenceStamp): Promise<Map<string, SeverityAssessment>> {
    const missing = new Map([...lists].filter(([listId]) => !this.known.has(listId)));
    for (const [listId, severity] of await listSeverities(this.graph, missing, this.asOf, stamp)) this.known.set(listId, severity);
    return new Map([...lists.keys()].map((listId) => [listId, this.known.get(listId)!]));
  }
}
