import type { Graph } from '../driver.ts';
import type { ChangeDraft } from '../domain/changeKinds.ts';
import { eventProps, recordEvents } from '../load/changes.ts';
import { MonitoringLabel } from '../model.ts';
import { dayBefore } from './explain.ts';
import { exposureLevel } from './exposureLevel.ts';

/**
 * The daily evaluation: the events no write makes because only the calendar moves — a listing whose
 * end date has passed, a policy document (or basic-list edition) taking effect and the measures it
 * brings to parties already listed, a licence expiring within 30 days, and a watched subject whose
 * exposure level moved by `exposureThreshold` or more. Each evaluation covers the days since the
 * previous one (or just `date`), and event ids are deterministic, so evaluating a date twice adds
 * nothing.
 */

export const licenceWarningDays = 30;
/** A move of the exposure level (0–100) this large is worth an alert. */
export const exposureThreshold = 20;

export interface EvaluationResult {
  date: string;
  /** First day covered (the day after the previous evaluation). */
  from: string;
  events: Record<string, number>;
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

interface Found {
  subjectId: string;
  factId: string;
  factKind: string;
  after: Record<string, unknown>;
  on: string;
  source: string;
}

export async function evaluateDate(graph: Graph, date: string, now = new Date()): Promise<EvaluationResult> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`evaluation date must be YYYY-MM-DD, not '${date}'`);
  const [previous] = await graph.read<{ date: string | null }>(
    `OPTIONAL MATCH (e:${MonitoringLabel.Evaluation}) WHERE e.date < $date RETURN max(e.date) AS date`,
    { date },
  );
  const from = previous?.date ? addDays(previous.date, 1) : date;
  const window = { from, date, warnUntil: addDays(date, licenceWarningDays) };
  const [expired, effective, licences] = await Promise.all([
    // The listing's last day is `until`; from the next day it no longer applies.
    graph.read<Found & { until: string }>(
      `MATCH (s:Node)-[:LISTED]->(l:Listing) WHERE l.until >= $before AND l.until < $date AND l.status IN ['active', 'expired']
       RETURN s.id AS subjectId, l.id AS factId, 'Listing' AS factKind, l.until AS until, properties(l) AS after, coalesce(l.source, 'listing') AS source`,
      { ...window, before: dayBefore(from) },
    ),
    graph.read<Found & { measures: Array<Record<string, unknown>> }>(
      `MATCH (d:PolicyDocument) WHERE coalesce(d.effective, d.issued) >= $from AND coalesce(d.effective, d.issued) <= $date
       MATCH (d)-[:DEFINES]->(m:Measure)
       MATCH (list:CreditList) WHERE (m)-[:TRIGGERED_BY]->(list) OR (d)-[:TRIGGERED_BY]->(list)
       MATCH (s:Node)-[:LISTED]->(l:Listing)-[:ON_LIST]->(list)
       WHERE l.from <= $date AND (l.until IS NULL OR l.until >= $date) AND l.status = 'active'
       WITH s, d, collect(DISTINCT {measure: m.id, list: list.id, listing: l.id}) AS measures
       RETURN s.id AS subjectId, d.id AS factId, 'PolicyDocument' AS factKind, coalesce(d.effective, d.issued) AS on,
              {document: d.id, docNumber: d.docNumber, type: d.type, effective: coalesce(d.effective, d.issued)} AS after,
              coalesce(d.docNumber, d.id) AS source, measures`,
      window,
    ),
    graph.read<Found>(
      `MATCH (s:Node)-[:HAS_RECORD]->(x:CreditRecord {section: 'licence'}) WHERE x.validUntil > $date AND x.validUntil <= $warnUntil
       RETURN s.id AS subjectId, x.id AS factId, 'CreditRecord' AS factKind, $date AS on, properties(x) AS after, coalesce(x.source, 'licence') AS source`,
      window,
    ),
  ]);
  const drafts: Array<{ draft: ChangeDraft; source: string }> = [];
  const add = (kind: ChangeDraft['kind'], found: Found, extra: Partial<ChangeDraft> = {}) =>
    drafts.push({
      draft: { kind, subjectId: found.subjectId, factId: found.factId, factKind: found.factKind, partyId: null, before: null, after: found.after, on: found.on, ...extra },
      source: found.source,
    });
  for (const row of expired) add('listing_expired', { ...row, on: addDays(row.until, 1) });
  for (const row of effective) {
    // A basic-list edition is a document of type basic_list: the event's `after` says which.
    add('document_effective', row);
    for (const applied of row.measures) add('measure_applying', { ...row, factId: String(applied.measure), factKind: 'Measure', after: { ...row.after, ...applied } });
  }
  for (const row of licences) add('licence_expiring', row);
  const exposure = await exposureMoves(graph, date);
  drafts.push(...exposure.moves);
  const recordedAt = now.toISOString();
  await graph.writeTransaction(async (tx) => {
    if (drafts.length > 0) await recordEvents(tx, drafts.map(({ draft, source }) => eventProps(draft, { source: `evaluation ${date}: ${source}` }, recordedAt)));
    await tx.run(`MERGE (e:${MonitoringLabel.Evaluation} {date: $date}) SET e.at = $at`, { date, at: recordedAt });
    await tx.run(
      `UNWIND $scores AS s MATCH (w:${MonitoringLabel.WatchedSubject} {id: s.id}) SET w.score = s.score, w.scoredOn = $date`,
      { date, scores: exposure.scores },
    );
  });
  const events: Record<string, number> = {};
  for (const { draft } of drafts) events[draft.kind] = (events[draft.kind] ?? 0) + 1;
  return { date, from, events };
}

/** Watched subjects whose exposure level moved by the threshold since it was last scored (the first score is the baseline). */
async function exposureMoves(graph: Graph, date: string): Promise<{ scores: Array<{ id: string; score: number }>; moves: Array<{ draft: ChangeDraft; source: string }> }> {
  const watched = await graph.read<{ id: string; score: number | null; scoredOn: string | null }>(
    `MATCH (:${MonitoringLabel.Watchlist})-[:WATCHES]->(w:${MonitoringLabel.WatchedSubject}) WHERE w.scoredOn IS NULL OR w.scoredOn < $date
     RETURN DISTINCT w.id AS id, w.score AS score, w.scoredOn AS scoredOn`,
    { date },
  );
  const scores: Array<{ id: string; score: number }> = [];
  const moves: Array<{ draft: ChangeDraft; source: string }> = [];
  for (const subject of watched) {
    const score = await exposureLevel(graph, subject.id, date);
    if (score === null) continue;
    scores.push({ id: subject.id, score });
    // The first score is the baseline; only a later move by the threshold is an event.
    if (subject.score === null || Math.abs(score - subject.score) < exposureThreshold) continue;
    moves.push({
      draft: {
        kind: 'exposure_change',
        subjectId: subject.id,
        factId: subject.id,
        factKind: 'Exposure',
        partyId: null,
        before: { score: subject.score, on: subject.scoredOn },
        after: { score, on: date },
        on: date,
      },
      source: 'exposure level',
    });
  }
  return { scores, moves };
}
