import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('typed GraphQL client', () => {
  it('web/src/api/generated.ts matches the server schema and the explorer’s operations (npm run codegen:check)', () => {
    // --check validates every operation against server/schema/*.graphql and fails when the generated
    // types would change: a renamed or removed field is a failing test, not a blank screen.
    const result = spawnSync(process.execPath, [path.join(root, 'node_modules/@graphql-codegen/cli/esm/bin.js'), '--config', 'web/codegen.ts', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  });
});
