import { policyOf } from './listKinds.ts';

/**
 * The exposure score: how strongly a subject is tied to a listed party, 0–100, built from terms a
 * reader can check by hand.
 *
 *   score = round(100 × severity × link)
 *
 * - severity (0–1): the gravest active listing of the party. A blacklist on which punishment
 *   measures of two or more agencies apply at the date (joint punishment) is `high` = 1.0; measures
 *   of one agency only, `medium` = 0.7; no punishment measure recorded, `low` = 0.4. A listing on a
 *   kind the list-kind policy does not score (a redlist: incentives) is `none` = 0: reported, never scored.
 * - link (0–1): the strength of the best shortest path. Each relationship on it weighs
 *     shareholding       0.3 + 0.7 × fraction (unknown fraction: 0.3)
 *     legal representative                    0.8
 *     officer   chair, general manager 0.6; director, senior manager, finance officer 0.5;
 *               supervisor 0.3; other roles 0.4
 *     branch (same legal person)              1.0
 *   and the path's link is the product of its weights. When the path is a pure ownership chain
 *   (every step a shareholding in one direction), link = 0.3 + 0.7 × the integrated ownership
 *   between the two, so diamonds and cross-holdings count in full.
 * Every hop multiplies by a weight ≤ 1, so nearer parties score higher.
 */

export type Severity = 'high' | 'medium' | 'low' | 'none';

export const severityWeight: Record<Severity, number> = { high: 1, medium: 0.7, low: 0.4, none: 0 };

export interface ListSanctions {
  /** The list's kind (blacklist, redlist, …). */
  listKind: string;
  /** Punishment measures that apply on the list at the date. */
  punishmentMeasures: number;
  /** Distinct agencies implementing them. */
  implementingAgencies: number;
}

/** A list's severity and what it was read from (the words are the reader's: the explorer's i18n, the API's English). */
export interface SeverityAssessment extends ListSanctions {
  level: Severity;
  weight: number;
}

export function listingSeverity(list: ListSanctions): SeverityAssessment {
  const assess = (level: Severity) => ({ ...list, level, weight: severityWeight[level] });
  if (!policyOf(list.listKind)?.scored) return assess('none');
  if (list.punishmentMeasures === 0) return assess('low');
  return assess(list.implementingAgencies >= 2 ? 'high' : 'medium');
}

/** One relationship of a path as the score reads it. */
export interface LinkStep {
  type: string;
  fraction?: number | null;
  role?: string | null;
}

export const ownershipBase = 0.3;
const officerWeights: Record<string, number> = {
  chair: 0.6,
  general_manager: 0.6,
  director: 0.5,
  senior_manager: 0.5,
  finance_officer: 0.5,
  supervisor: 0.3,
};
const otherOfficerWeight = 0.4;

/** The weight of one relationship (0 for a relationship the score does not know). */
export function stepWeight(step: LinkStep): number {
  switch (step.type) {
    case 'SHAREHOLDER_OF':
      return typeof step.fraction === 'number' ? ownershipTerm(step.fraction) : ownershipBase;
    case 'LEGAL_REPRESENTATIVE_OF':
      return 0.8;
    case 'OFFICER_OF':
      return officerWeights[step.role ?? ''] ?? otherOfficerWeight;
    case 'BRANCH_OF':
      return 1;
    default:
      return 0;
  }
}

export function ownershipTerm(share: number): number {
  return ownershipBase + (1 - ownershipBase) * Math.min(Math.max(share, 0), 1);
}

/**
 * One term of the score with the numbers and codes it was computed from, so that any reader can
 * check it by hand and word it in its own language.
 */
export type ScoreTerm =
  | { name: 'severity'; value: number; level: Severity }
  /** The product of `factors` (the step weights), or the ownership term alone. */
  | { name: 'link'; value: number; factors: number[] }
  /** One relationship: its type and, for an office, the role; for a holding, the fraction (null: unknown). */
  | { name: 'step'; value: number; relation: string; role: string | null; fraction: number | null }
  /** A pure ownership chain: the integrated ownership (`fraction`) between the two parties. */
  | { name: 'ownership'; value: number; fraction: number };

export interface ExposureScore {
  score: number;
  terms: ScoreTerm[];
}

/** The link strength of one path: its step terms, or the ownership term when integrated ownership is given. Terms show values rounded to 4 places; the link is computed unrounded. */
export function linkStrength(steps: readonly LinkStep[], integratedOwnership?: number | null): { value: number; terms: ScoreTerm[] } {
  if (typeof integratedOwnership === 'number') {
    const value = ownershipTerm(integratedOwnership);
    return { value, terms: [{ name: 'ownership', value: round(value), fraction: round(integratedOwnership) }] };
  }
  const weights = steps.map(stepWeight);
  const terms = steps.map(
    (step, i): ScoreTerm => ({
      name: 'step',
      value: round(weights[i]!),
      relation: step.type,
      role: step.type === 'OFFICER_OF' ? (step.role ?? null) : null,
      fraction: step.type === 'SHAREHOLDER_OF' && typeof step.fraction === 'number' ? round(step.fraction) : null,
    }),
  );
  return { value: weights.reduce((product, weight) => product * weight, 1), terms };
}

/** The score of a hit from its gravest severity and its strongest path's link. */
export function exposureScore(severity: SeverityAssessment, link: { value: number; terms: ScoreTerm[] }): ExposureScore {
  return {
    score: Math.round(100 * severity.weight * link.value),
    terms: [
      { name: 'severity', value: severity.weight, level: severity.level },
      { name: 'link', value: round(link.value), factors: link.terms.map((term) => round(term.value)) },
      ...link.terms,
    ],
  };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
