import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const FRAMEWORK_PACKAGES = ['@nestjs/*', 'typeorm', 'bullmq', 'ioredis', 'pg', 'react', 'react-dom', '@apollo/*', 'express'];

export default [
  { ignores: ['**/dist', '**/node_modules', '**/tmp', '**/.nx', '**/generated/**', '**/*.cjs', '**/*.mjs', '**/vite.config.mts'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'], bannedExternalImports: FRAMEWORK_PACKAGES },
            { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:shared', 'scope:server'], bannedExternalImports: ['react', 'react-dom', '@apollo/client'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:shared', 'scope:server'], bannedExternalImports: ['react', 'react-dom', '@apollo/client'] },
            { sourceTag: 'scope:worker', onlyDependOnLibsWithTags: ['scope:shared', 'scope:server'], bannedExternalImports: ['react', 'react-dom', '@apollo/client', '@nestjs/graphql', '@nestjs/apollo'] },
            { sourceTag: 'scope:portal', onlyDependOnLibsWithTags: ['scope:shared', 'scope:portal'], bannedExternalImports: ['@nestjs/*', 'typeorm', 'bullmq', 'ioredis', 'pg'] },
            { sourceTag: 'type:ui', notDependOnLibsWithTags: ['type:data-access'] },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:shared', 'scope:server', 'scope:api', 'scope:worker'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'tools/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
