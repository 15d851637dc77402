// Integration tests against the real PostgreSQL and Redis: each run gets a database and queue prefix of its own.
module.exports = {
  ...require('./tools/test/jest.preset.cjs'),
  displayName: 'integration',
  testMatch: ['<rootDir>/{apps,libs,tools}/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/tools/test/global-setup.ts',
  globalTeardown: '<rootDir>/tools/test/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 60000,
};
