import type { ChangeKind } from '../model.ts';

/**
 * Which change events a write of one fact makes: pure rules, no I/O (the loader hook in
 * graph/load/changes.ts feeds them the fact before and after the write, plus what it read around it).
 * Only what the world would call a change counts: provenance alone (source, recordedAt) never does.
 */

export type FactProps = Record<string, unknown>;

export interface FactChange {
  /** Node kind or relationship type written. */
  factKind: string;
  factId: string;
  /** Relationship ends (roles: from = person/holder, to = company). */
  from?: string;
  to?: string;
  /** The fact before the write (null: it did not exist). */
  before: FactProps | null;
  /** The fact after the write (before + what the row set). */
  after: FactProps;
  /** Read around the fact by the hook: the listing's subject, list kind and properties; a grade's company and previous grade. */
  context?: ChangeContext;
}

export interface ChangeContext {
  subjectId?: string | null;
  listKind?: string | null;
  /** The listing (for ON_LIST) or grade (for GRADED) node's properties. */
  fact?: FactProps | null;
  /** The company's latest earlier grade in the same scheme. */
  previous?: FactProps | null;
}

export interface ChangeDraft {
  kind: ChangeKind;
  subjectId: string;
  factId: string;
  factKind: string;
  partyId: string | null;
  before: FactProps | null;
  after: FactProps | null;
  /** Date the change took effect; null = the day it was recorded. */
  on: string | null;
}

const provenanceKeys = new Set(['source', 'sourceUrl', 'sourceId', 'recordedAt', 'synthetic', 'id']);

/** The fact without its provenance: what a change is judged on. */
export function substance(props: FactProps | null | undefined): FactProps | null {
  if (!props) return null;
  return Object.fromEntries(Object.entries(props).filter(([k, v]) => !provenanceKeys.has(k) && v !== null && v !== undefined).sort(([a], [b]) => a.localeCompare(b)));
}

/** Whether two snapshots of a fact are the same fact (provenance aside). */
export const same = (a: FactProps | null, b: FactProps | null) => JSON.stringify(substance(a)) === JSON.stringify(substance(b));

/** Role relationships and the event kind a change of each makes (subject: the company). */
export const roleChangeKinds: Record<string, ChangeKind> = {
  LEGAL_REPRESENTATIVE_OF: 'legal_representative_change',
  OFFICER_OF: 'officer_change',
  SHAREHOLDER_OF: 'shareholder_change',
};

/** Node kinds and relationship types whose writes can make an event; the hook reads nothing for the others. */
export const watchedFactKinds = new Set(['Listing', 'Grade', 'ON_LIST', 'GRADED', ...Object.keys(roleChangeKinds), 'HAS_RECORD']);

/** Links classified only when new (a listing's list, a grade's company, a record's subject), from the fact they link. */
const contextOfNewLink = new Set(['ON_LIST', 'GRADED', 'HAS_RECORD']);
/** Nodes classified only when they change (a listing's status, a grade's grade), by their subject. */
const contextOfChangedNode = new Set(['Listing', 'Grade']);

/**
 * Whether `changeDrafts` reads the context of this write (so the hook reads it around this row only):
 * a new ON_LIST, GRADED or HAS_RECORD link, a changed Listing or Grade. An unchanged row never does.
 */
export function needsContext(change: Pick<FactChange, 'factKind' | 'before' | 'after'>): boolean {
  if (change.before === null) return contextOfNewLink.has(change.factKind);
  return contextOfChangedNode.has(change.factKind) && !same(change.before, change.after);
}

const str = (v: unknown) => (typeof v === 'string' ? v : null);

/** The date a role change took effect: its new end when the end changed, else its start. */
export const effectiveOn = (before: FactProps | null, after: FactProps): string | null =>
  before !== null && after.until !== before.until ? str(after.until) : str(after.from);

export function changeDrafts(change: FactChange): ChangeDraft[] {
  const { factKind, before, after, context } = change;
  if (before !== null && same(before, after)) return [];
  const draft = (kind: ChangeKind, subjectId: string | null | undefined, rest: Partial<ChangeDraft> = {}): ChangeDraft[] =>
    subjectId
      ? [{ kind, subjectId, factId: change.factId, factKind, partyId: null, before: substance(before), after: substance(after), on: null, ...rest }]
      : [];
  const abnormal = context?.listKind === 'abnormal_operations';

  if (factKind === 'ON_LIST' && before === null) {
    const listing = context?.fact ?? null;
    return draft(abnormal ? 'abnormal_entry' : 'listing_added', context?.subjectId, {
      factId: change.from!,
      factKind: 'Listing',
      before: null,
      after: substance(listing),
      on: str(listing?.from),
    });
  }
  if (factKind === 'Listing' && before !== null && before.status !== after.status) {
    const ended = after.status === 'repaired' ? 'listing_repaired' : 'listing_ended';
    return draft(abnormal && after.status !== 'expired' ? 'abnormal_removal' : ended, context?.subjectId, {
      on: str(after.endedOn) ?? str(after.until),
    });
  }
  if (factKind === 'GRADED' && before === null) {
    const grade = context?.fact ?? null;
    if (context?.previous && context.previous.grade === grade?.grade) return [];
    return draft('grade_change', change.from, { factId: change.to!, factKind: 'Grade', before: substance(context?.previous), after: substance(grade) });
  }
  if (factKind === 'Grade' && before !== null && before.grade !== after.grade) return draft('grade_change', context?.subjectId);
  if (factKind === 'HAS_RECORD' && before === null && context?.fact?.section === 'penalty') {
    return draft('penalty', change.from, { factId: change.to!, factKind: 'CreditRecord', after: substance(context.fact), on: str(context.fact.decidedOn) });
  }
  const roleKind = roleChangeKinds[factKind];
  if (roleKind) {
    // controller_change is not judged here, on one holding: graph/load/controllerChanges.ts follows the chain of control.
    return draft(roleKind, change.to, { partyId: change.from ?? null, on: effectiveOn(before, after) });
  }
  return [];
}
