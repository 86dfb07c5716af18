import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // test/e2e drives Debian's Chromium against the built UI (dist/web) and the real server.
    exclude: ['node_modules/**'],
    globalSetup: ['test/support/globalSetup.ts'],
    // One real Neo4j serves the whole run; files run one after another so fixtures never interleave.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default'],
  },
});
