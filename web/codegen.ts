import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for the API schema and every operation in src/, as typed document strings (no GraphQL runtime in
// the bundle). Generation validates each operation against api/schema.graphql and fails on a mismatch,
// so `npm run build -w web` fails when a query asks for a field or argument the API does not have.
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  errorsOnly: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        strictScalars: true,
        scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
