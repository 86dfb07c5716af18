import { defineConfig } from 'vitest/config';

/**
 * Four tiers (docs/testing in README "Test"): `unit` runs without a database; `int` and `e2e` share one
 * real Neo4j per run (test/support/globalSetup.ts); `e2e` drives Debian's Chromium against the built UI;
 * `bench` runs the quick benchmark. A test file that is not listed under unit, e2e or bench is an
 * integration test, so a new file always gets a database.
 */
export const unitTests = [
  'test/domain/**/*.test.ts',
  'test/web/**/*.test.ts',
  'test/api/admission.test.ts',
  'test/api/errorFormat.test.ts',
  'test/exposure/ownershipMath.test.ts',
  'test/import/streamCheck.test.ts',
  'test/import/values.test.ts',
  'test/security/apiKeys.test.ts',
  'test/security/parsers.fuzz.test.ts',
  'test/seed/bulkParts.test.ts',
  'test/seed/generator.test.ts',
  'test/trace/rules.test.ts',
  'test/trace/rulesTable.test.ts',
];
export const e2eTests = ['test/e2e/**/*.test.ts'];
export const benchTests = ['test/bench/**/*.test.ts'];

const database = {
  globalSetup: ['test/support/globalSetup.ts'],
  // One real Neo4j serves the whole run; files run one after another so fixtures never interleave.
  fileParallelism: false,
  hookTimeout: 240_000,
};

export default defineConfig({
  test: {
    exclude: ['node_modules/**'],
    testTimeout: 60_000,
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'unit', include: unitTests } },
      { extends: true, test: { name: 'int', include: ['test/**/*.test.ts'], exclude: ['node_modules/**', ...unitTests, ...e2eTests, ...benchTests], ...database } },
      { extends: true, test: { name: 'e2e', include: e2eTests, ...database } },
      { extends: true, test: { name: 'bench', include: benchTests, fileParallelism: false, hookTimeout: 240_000 } },
    ],
  },
});
