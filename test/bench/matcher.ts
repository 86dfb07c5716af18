import { defaultMatchThreshold, matchCompany } from '../../graph/domain/companyName.ts';
import { evaluateMatcher } from '../../seed/matching/evaluate.ts';
import { namePairs } from '../../seed/matching/namePairs.ts';
import { formatTables, measured, type ResultRow, type RowSpec } from './report.ts';

/**
 * The company-name matcher's quality and speed as bench rows: precision and recall on the labelled
 * evaluation set (seed/matching/namePairs.ts) at the default threshold and around it, and pairs
 * scored per second. Runnable alone: `npx tsx test/bench/matcher.ts`.
 */

export const matcherThresholds = [0.7, 0.75, defaultMatchThreshold, 0.85, 0.9] as const;

export const matcherSpecs: RowSpec[] = matcherThresholds.map((threshold) => ({
  name: `query.nameMatcher.t${Math.round(threshold * 100)}`,
  section: 'query',
  title: `Company-name matcher at threshold ${threshold}${threshold === defaultMatchThreshold ? ' (default)' : ''}`,
  keys: ['pairs', 'precision', 'recall', 'falsePositives', 'falseNegatives', 'pairsPerSecond'],
}));

export function matcherRows(): ResultRow[] {
  const pairs = namePairs();
  // Warm-up: the converters and pinyin tables load on first use.
  for (const pair of pairs.slice(0, 50)) matchCompany({ name: pair.a }, { names: [pair.b] });
  const started = performance.now();
  for (const pair of pairs) matchCompany({ name: pair.a }, { names: [pair.b] });
  const pairsPerSecond = Math.round(pairs.length / ((performance.now() - started) / 1000));
  return matcherSpecs.map((spec, i) => {
    const quality = evaluateMatcher(pairs, matcherThresholds[i]);
    return measured(spec, {
      pairs: quality.pairs,
      precision: quality.precision,
      recall: quality.recall,
      falsePositives: quality.falsePositives,
      falseNegatives: quality.falseNegatives,
      pairsPerSecond,
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(formatTables(matcherRows()));
