import type { Graph } from '../driver.ts';
import type { ChangeKind } from '../model.ts';
import { sanctionTraces } from '../trace/sanctionTrace.ts';

/**
 * What a change event did to sanctions: the measures that apply to the changed party from the day
 * of the change and did not the day before, and the reverse (the sanction trace at both dates).
 * They depend on the event alone (its subject and date): `changes` works them out for a page at
 * once (one set of trace reads per date, not per event) the first time the events are read, and
 * stores them on the events for every later reading.
 */

export interface MeasureChange {
  id: string;
  name: string;
  nameEn: string | null;
  legalBasisLevel: string | null;
}

export interface MeasureMoves {
  measuresNowApplying: MeasureChange[];
  measuresNoLongerApplying: MeasureChange[];
}

export interface ExplainedFact {
  kind: ChangeKind;
  subjectId: string;
  on: string;
}

/** Event kinds whose effect on sanctions the trace is asked about. */
export const measureKinds = new Set<ChangeKind>(['listing_added', 'listing_ended', 'listing_repaired', 'listing_expired', 'abnormal_entry', 'abnormal_removal', 'measure_applying', 'document_effective']);

export const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** The measure moves of each event, in the events' order. */
export async function measureMoves(graph: Graph, events: readonly ExplainedFact[]): Promise<MeasureMoves[]> {
  const subjectsByDate = new Map<string, Set<string>>();
  for (const event of events.filter((e) => measureKinds.has(e.kind))) {
    for (const date of [dayBefore(event.on), event.on]) subjectsByDate.set(date, (subjectsByDate.get(date) ?? new Set()).add(event.subjectId));
  }
  const applying = new Map<string, Map<string, MeasureChange>>();
  for (const [date, subjects] of [...subjectsByDate].sort(([a], [b]) => a.localeCompare(b))) {
    const traces = await sanctionTraces(graph, [...subjects], date);
    for (const subjectId of subjects) {
      const measures = (traces.get(subjectId)?.measures ?? []).map(({ measure }): [string, MeasureChange] => [
        measure.id,
        { id: measure.id, name: measure.name, nameEn: measure.nameEn, legalBasisLevel: measure.legalBasisLevel },
      ]);
      applying.set(`${subjectId}|${date}`, new Map(measures));
    }
  }
  const none = new Map<string, MeasureChange>();
  return events.map((event) => {
    const then = applying.get(`${event.subjectId}|${dayBefore(event.on)}`) ?? none;
    const now = applying.get(`${event.subjectId}|${event.on}`) ?? none;
    return {
      measuresNowApplying: [...now.values()].filter((m) => !then.has(m.id)),
      measuresNoLongerApplying: [...then.values()].filter((m) => !now.has(m.id)),
    };
  });
}
