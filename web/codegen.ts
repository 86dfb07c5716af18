/**
 * GraphQL Code Generator: types the explorer's operations (src/api/operations.graphql) from the
 * server's SDL (server/schema/*.graphql) into src/api/generated.ts. `npm run codegen:check` (also
 * run by test/web/codegen.test.ts) fails when the committed file no longer matches the schema —
 * a renamed or removed field breaks the build instead of the screen.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'server/schema/*.graphql',
  documents: 'web/src/api/operations.graphql',
  generates: {
    'web/src/api/generated.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { Date: 'string', ID: 'string' },
        useTypeImports: true,
        onlyOperationTypes: true,
      },
    },
  },
  hooks: {},
};

export default config;
