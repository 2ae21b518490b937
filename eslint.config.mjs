// Lint: typescript-eslint plus the architecture boundaries of STYLE.md.
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import { readdirSync } from 'node:fs';

// Every folder of web/src/features is a feature: a new one is fenced in without editing this list.
const FEATURES = readdirSync(new URL('./web/src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'neo4j/target/**',
      '.data/**',
      'web/src/gql/**',
      'tests/e2e/artifacts/**',
      'tests/.results/**',
      'tests/fixtures/**/*.py',
    ],
  },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'import-x/no-cycle': 'error',
      'import-x/no-default-export': 'off',
    },
  },
  {
    // Only the data layer talks to Neo4j.
    files: ['api/src/**/*.ts'],
    ignores: ['api/src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'neo4j-driver', message: 'Only api/src/db/ may import neo4j-driver.' }] },
      ],
    },
  },
  {
    // Analytics are pure: no database, no GraphQL.
    files: ['api/src/graph/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'neo4j-driver', message: 'api/src/graph is pure: no database access.' },
            { name: 'graphql', message: 'api/src/graph is pure: no GraphQL.' },
            { name: 'type-graphql', message: 'api/src/graph is pure: no GraphQL.' },
          ],
          patterns: [{ group: ['**/db/**', '**/modules/**', '**/repositories/**'], message: 'api/src/graph is pure.' }],
        },
      ],
    },
  },
  {
    // Features never import each other (bulletproof-react).
    files: ['web/src/features/*/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: FEATURES.map((feature) => ({
            target: `./web/src/features/${feature}`,
            from: './web/src/features',
            except: [`./${feature}`],
            message: 'Features must not import each other; lift shared code to web/src/lib or components.',
          })),
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
