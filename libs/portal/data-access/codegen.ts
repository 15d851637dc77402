import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.gql',
  documents: [
    'apps/portal/src/**/*.{ts,tsx}',
    'libs/portal/data-access/src/**/*.ts',
    '!libs/portal/data-access/src/generated/**',
  ],
  ignoreNoDocuments: true,
  generates: {
    'libs/portal/data-access/src/generated/': {
      preset: 'client',
      presetConfig: {
        gqlTagName: 'graphql',
        fragmentMasking: false,
      },
      config: {
        enumType: 'string-literal',
        useTypeImports: true,
        defaultScalarType: 'unknown',
        scalars: { DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false },
        nonOptionalTypename: false,
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
