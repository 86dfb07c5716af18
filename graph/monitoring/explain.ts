import type { Graph } from '../driver.ts';
import type { ChangeKind } from '../model.ts';
import { controlOf, type Control } from '../trace/control.ts';
import { listMeasures } from '../trace/listMeasures.ts';
import { toParty } from '../trace/refs.ts';
import { assembleTrace } from '../trace/sanctionTrace.ts';
import { subjectCasesOf, type SubjectCases } from '../trace/subjectCases.ts';

/**
 * What a change event did to sanctions: the measures that apply to the changed party from the day
 * of the change and did not the day before, and the reverse (the measures of its sanction trace at
 * both dates). They depend on the event alone (its subject and date): `changes` works them out for a
 * page at once (one set of trace reads per date, not per event) the first time the events are read,
 * and stores them on the events for every later reading.
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
    for (const [subjectId, measures] of await measuresApplying(graph, [...subjects], date)) applying.set(`${subjectId}|${date}`, measures);
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

/**
 * The measures of each subject's sanction trace at `asOf`, built from the trace's own reads and
 * assembly (graph/trace/sanctionTrace.ts) — except that the ownership module, a walk per listed
 * company and most of a trace's cost, is asked only for subjects whose measures can depend on it.
 * A controller only adds bearers (rule 5: a rule naming the actual controller gains one, no bearer
 * is lost), so the measures with no controller anywhere and with the widest one (every company of
 * the subject's cases controlled by the subject, or by some other party when it is the subject's own
 * listing) bound the true set from below and above: when they are equal, that is the set.
 */
async function measuresApplying(graph: Graph, subjectIds: readonly string[], asOf: string): Promise<Map<string, Map<string, MeasureChange>>> {
  const { bySubject: found, referenceStamp } = await subjectCasesOf(graph, subjectIds, asOf);
  const lists = await listMeasures(graph, [...found.values()].flatMap((subject) => subject.cases.flatMap((c) => c.listings.map((listing) => listing.list.id))), asOf, referenceStamp);
  const measuresWith = (subject: SubjectCases, control: Map<string, Control>) => traceMeasures(assembleTrace(subject, lists, control, asOf));
  const answers = new Map<string, Map<string, MeasureChange>>();
  const undecided: SubjectCases[] = [];
  for (const [id, subject] of found) {
    const least = measuresWith(subject, new Map());
    if (sameKeys(least, measuresWith(subject, widestControl(subject)))) answers.set(id, least);
    else undecided.push(subject);
  }
  if (undecided.length > 0) {
    const control = await controlOf(graph, undecided.flatMap(controlCandidates), asOf);
    for (const subject of undecided) answers.set(subject.subject.id, measuresWith(subject, control));
  }
  return answers;
}

/** The listed companies of a subject's cases that the trace asks the ownership module about. */
const controlCandidates = (subject: SubjectCases) => subject.cases.filter((c) => c.party.kind === 'Company' && (c.own || c.viaHolding)).map((c) => c.party.id);

/** No real party: the controller of the subject's own listed company in the upper bound (a listed party never bears as its own controller). */
const someController = toParty('Person', { id: '\u0000any-controller' });

function widestControl(subject: SubjectCases): Map<string, Control> {
  return new Map(
    subject.cases
      .filter((c) => c.party.kind === 'Company' && (c.own || c.viaHolding))
      .map((c): [string, Control] => [c.party.id, { actualController: { party: c.own ? someController : subject.subject, share: 1, rule: 'upper_bound' } }]),
  );
}

const traceMeasures = (trace: ReturnType<typeof assembleTrace>) =>
  new Map(trace.measures.map(({ measure }): [string, MeasureChange] => [measure.id, { id: measure.id, name: measure.name, nameEn: measure.nameEn, legalBasisLevel: measure.legalBasisLevel }]));

const sameKeys = (a: ReadonlyMap<string, unknown>, b: ReadonlyMap<string, unknown>) => a.size === b.size && [...a.keys()].every((key) => b.has(key));
