import { policyOf } from './listKinds.ts';
import { sharePercent as percent } from './share.ts';

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
  kind: string;
  /** Punishment measures that apply on the list at the date. */
  punishmentMeasures: number;
  /** Distinct agencies implementing them. */
  implementingAgencies: number;
}

export interface SeverityAssessment {
  level: Severity;
  weight: number;
  reason: string;
}

export function listingSeverity(list: ListSanctions): SeverityAssessment {
  const assess = (level: Severity, reason: string) => ({ level, weight: severityWeight[level], reason });
  const policy = policyOf(list.kind);
  if (!policy?.scored) return assess('none', `${list.kind} (${policy?.polarity ?? 'unknown kind'}): reported, not scored`);
  if (list.punishmentMeasures === 0) return assess('low', 'no punishment measure recorded for this list at the date');
  const measures = `${list.punishmentMeasures} punishment measure${list.punishmentMeasures === 1 ? '' : 's'}`;
  if (list.implementingAgencies >= 2) return assess('high', `joint punishment: ${measures} by ${list.implementingAgencies} agencies`);
  return assess('medium', `${measures} by one agency`);
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

/** The weight of one relationship and why. */
export function stepWeight(step: LinkStep): { weight: number; reason: string } {
  switch (step.type) {
    case 'SHAREHOLDER_OF':
      return typeof step.fraction === 'number'
        ? { weight: ownershipTerm(step.fraction), reason: `shareholding ${percent(step.fraction)}: 0.3 + 0.7 × ${round(step.fraction)}` }
        : { weight: ownershipBase, reason: 'shareholding of unknown size: 0.3' };
    case 'LEGAL_REPRESENTATIVE_OF':
      return { weight: 0.8, reason: 'legal representative: 0.8' };
    case 'OFFICER_OF': {
      const role = step.role ?? 'officer';
      return { weight: officerWeights[role] ?? otherOfficerWeight, reason: `officer (${role}): ${officerWeights[role] ?? otherOfficerWeight}` };
    }
    case 'BRANCH_OF':
      return { weight: 1, reason: 'branch of the same legal person: 1.0' };
    default:
      return { weight: 0, reason: `${step.type}: not a link the score knows` };
  }
}

export function ownershipTerm(share: number): number {
  return ownershipBase + (1 - ownershipBase) * Math.min(Math.max(share, 0), 1);
}

export interface ScoreTerm {
  name: 'severity' | 'link' | 'step' | 'ownership';
  value: number;
  explanation: string;
}

export interface ExposureScore {
  score: number;
  formula: string;
  terms: ScoreTerm[];
}

export const scoreFormula = 'score = round(100 × severity × link); link = product of step weights, or 0.3 + 0.7 × integrated ownership on a pure ownership chain';

/** The link strength of one path: its step terms, or the ownership term when integrated ownership is given. */
export function linkStrength(steps: readonly LinkStep[], integratedOwnership?: number | null): { value: number; terms: ScoreTerm[] } {
  if (typeof integratedOwnership === 'number') {
    const value = ownershipTerm(integratedOwnership);
    return {
      value,
      terms: [{ name: 'ownership', value, explanation: `ownership chain, integrated ${percent(integratedOwnership)}: 0.3 + 0.7 × ${round(integratedOwnership)}` }],
    };
  }
  const terms = steps.map((step) => {
    const { weight, reason } = stepWeight(step);
    return { name: 'step' as const, value: weight, explanation: reason };
  });
  return { value: terms.reduce((product, term) => product * term.value, 1), terms };
}

/** The score of a hit from its gravest severity and its strongest path's link. */
export function exposureScore(severity: SeverityAssessment, link: { value: number; terms: ScoreTerm[] }): ExposureScore {
  return {
    score: Math.round(100 * severity.weight * link.value),
    formula: scoreFormula,
    terms: [
      { name: 'severity', value: severity.weight, explanation: `${severity.level}: ${severity.reason}` },
      { name: 'link', value: round(link.value), explanation: link.terms.map((term) => String(round(term.value))).join(' × ') || 'no link' },
      ...link.terms,
    ],
  };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
