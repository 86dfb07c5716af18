/**
 * `npm run fuzz -- [--runs N] [--seed S] [files…]`: the property tests with a fresh seed (or the one
 * given) and N runs per property, to explore inputs `npm test`'s fixed seed never reaches. A failure
 * prints the seed and the shrunk counterexample: keep it as a named case beside its property.
 */
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../../graph/config.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '2000' }, seed: { type: 'string' } },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`scs-graph fuzz: --runs must be a positive whole number, got '${values.runs}'`);
  process.exit(2);
}
const seed = values.seed ?? String(randomInt(2 ** 31 - 1));
const files = positionals.length > 0 ? positionals : ['test/security/parsers.fuzz.test.ts'];
console.error(`scs-graph fuzz: seed ${seed}, ${runs} runs per property, ${files.join(' ')}`);
const vitest = path.join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', ...files], {
  cwd: repoRoot,
  stdio: 'inherit',
  env: { ...process.env, FC_SEED: seed, FC_RUNS: String(runs) },
});
if (result.status !== 0) console.error(`scs-graph fuzz: failed with seed ${seed}; rerun with npm run fuzz -- --seed ${seed} --runs ${runs}`);
process.exit(result.status ?? 1);
