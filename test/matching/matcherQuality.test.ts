import { describe, expect, it } from 'vitest';
import { defaultMatchThreshold } from '../../graph/domain/companyName.ts';
import { evaluateMatcher } from '../../seed/matching/evaluate.ts';
import { namePairs, realNamePairs } from '../../seed/matching/namePairs.ts';

// Quality floor of the company-name matcher (issue 17): precision ≥ 0.95 and recall ≥ 0.90 at the
// default threshold on ≥ 500 labelled pairs (synthetic perturbations of the corpus plus real names
// from the OpenSanctions China-sanctions sample, see seed/matching/namePairs.ts).
describe('company-name matcher quality', () => {
  const pairs = namePairs();

  it('has at least 500 labelled pairs, both matching and not, synthetic and real', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(500);
    expect(pairs.filter((p) => p.same).length).toBeGreaterThan(200);
    expect(pairs.filter((p) => !p.same).length).toBeGreaterThan(200);
    expect(realNamePairs.length).toBeGreaterThanOrEqual(40);
  });

  it('reaches precision 0.95 and recall 0.90 at the default threshold', () => {
    const quality = evaluateMatcher(pairs, defaultMatchThreshold);
    expect(quality.precision).toBeGreaterThanOrEqual(0.95);
    expect(quality.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('trades precision for recall as the threshold moves (the score is a real ranking)', () => {
    const loose = evaluateMatcher(pairs, 0.4);
    const strict = evaluateMatcher(pairs, 0.99);
    expect(loose.recall).toBeGreaterThanOrEqual(strict.recall);
    expect(loose.falsePositives).toBeGreaterThan(strict.falsePositives);
  });
});
