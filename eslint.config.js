// Lint: the recommended JavaScript and TypeScript rules plus the architecture's import boundaries
// (README "Architecture"): graph/ is the only code that speaks Cypher or imports neo4j-driver;
// server/ maps GraphQL to graph/ and reaches seed/ only from its composition root (server/main.ts);
// seed/ produces and imports data through graph/; web/ is self-contained and talks only GraphQL.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const driverOnlyInGraph = { name: 'neo4j-driver', message: 'Only graph/ talks to Neo4j: call a function in graph/ instead.' };

/** no-restricted-imports options: relative imports into the named top-level folders are refused. */
const noImportsFrom = (folders, why, paths = [driverOnlyInGraph]) => [
  'error',
  { paths, patterns: [{ regex: `^(\\.\\./)+(${folders.join('|')})/`, message: why }] },
];

/** Cypher belongs in graph/: a string that starts a MATCH/MERGE/CREATE pattern elsewhere is refused. */
const cypher = '/\\b(MATCH|MERGE|CREATE|UNWIND)\\s+[(\\w$]/';
const noCypher = [
  'error',
  { selector: `Literal[value=${cypher}]`, message: 'Cypher belongs in graph/: add a function there.' },
  { selector: `TemplateElement[value.raw=${cypher}]`, message: 'Cypher belongs in graph/: add a function there.' },
];

/** web/ files at each depth: an import that climbs out of web/ is refused (web talks only GraphQL). */
const webDepths = [
  ['web/*.ts'],
  ['web/src/*.{ts,tsx}'],
  ['web/src/*/*.{ts,tsx}'],
  ['web/src/*/*/*.{ts,tsx}'],
].map((files, depth) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { paths: [driverOnlyInGraph], patterns: [{ regex: `^(\\.\\./){${depth + 1},}`, message: 'web/ is self-contained: it talks to the server only through GraphQL.' }] },
    ],
    'no-restricted-syntax': noCypher,
  },
}));

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', 'graph/neo4j-launcher/target/', 'web/src/api/generated.ts', 'bench-results/', 'test-artifacts/', 'export/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      // Unused arguments named _… are deliberate (interface shapes); everything else unused is dead code.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  // Tests read GraphQL answers loosely; a wrong shape fails the assertion, not the compiler.
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  { files: ['web/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
  {
    files: ['graph/**/*.ts'],
    rules: { 'no-restricted-imports': noImportsFrom(['server', 'seed', 'web'], 'graph/ depends on nothing above it.', []) },
  },
  {
    files: ['server/**/*.{ts,mjs}'],
    ignores: ['server/main.ts'],
    rules: {
      'no-restricted-imports': noImportsFrom(['seed', 'web'], 'server/ reaches seed/ only from its composition root server/main.ts, and never web/.'),
      'no-restricted-syntax': noCypher,
    },
  },
  {
    files: ['server/main.ts'],
    rules: { 'no-restricted-imports': noImportsFrom(['web'], 'server/ never imports web/.'), 'no-restricted-syntax': noCypher },
  },
  {
    files: ['seed/**/*.ts'],
    rules: { 'no-restricted-imports': noImportsFrom(['server', 'web'], 'seed/ works through graph/ only.'), 'no-restricted-syntax': noCypher },
  },
  ...webDepths,
);
