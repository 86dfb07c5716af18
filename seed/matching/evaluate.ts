import { defaultMatchThreshold, matchCompany } from '../../graph/domain/companyName.ts';
import type { NamePair } from './namePairs.ts';

/**
 * Precision and recall of the name matcher on labelled pairs at a threshold: a pair is predicted
 * `same` when its score reaches the threshold.
 */

export interface MatcherQuality {
  threshold: number;
  pairs: number;
  positives: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** The pairs it got wrong, with their scores (for reading, not for asserting). */
  errors: Array<NamePair & { score: number }>;
}

export function evaluateMatcher(pairs: readonly NamePair[], threshold = defaultMatchThreshold): MatcherQuality {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: MatcherQuality['errors'] = [];
  for (const pair of pairs) {
    const { score } = matchCompany({ name: pair.a }, { names: [pair.b] });
    const predicted = score >= threshold;
    if (predicted && pair.same) tp++;
    else if (predicted) fp++;
    else if (pair.same) fn++;
    if (predicted !== pair.same) errors.push({ ...pair, score });
  }
  const ratio = (n: number, d: number) => (d === 0 ? 1 : Math.round((n / d) * 1000) / 1000);
  return {
    threshold,
    pairs: pairs.length,
    positives: pairs.filter((p) => p.same).length,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    errors,
  };
}
