import fc from 'fast-check';

/**
 * Property tests in `npm test` run with one fixed seed, so a run fails only on code that changed.
 * `npm run fuzz` (test/security/fuzz.ts) sets FC_SEED to a fresh seed and FC_RUNS to more runs to
 * explore; a counterexample it finds becomes a named regression case beside the property.
 */
export const fixedSeed = 20_241_206;

export const propertySeed = (() => {
  const raw = process.env.FC_SEED;
  if (raw === undefined || raw === '') return fixedSeed;
  const seed = Number(raw);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be a whole number, got '${raw}'`);
  return seed;
})();

const runsOverride = Number(process.env.FC_RUNS) || undefined;

fc.configureGlobal({ seed: propertySeed });
console.log(`property tests: fast-check seed ${propertySeed}${runsOverride ? `, ${runsOverride} runs per property` : ''} (reproduce with FC_SEED=${propertySeed})`);

/** Parameters of one `fc.assert`: its usual number of runs, or FC_RUNS when exploring. */
export const runs = <T = unknown>(numRuns: number): fc.Parameters<T> => ({ seed: propertySeed, numRuns: runsOverride ?? numRuns });
