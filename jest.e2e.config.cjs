// End-to-end: GraphQL over HTTP and the portal in Debian's Chromium, against a running platform.
module.exports = {
  ...require('./tools/test/jest.preset.cjs'),
  displayName: 'e2e',
  testMatch: ['<rootDir>/{apps,libs,tools}/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/tools/test/global-setup.ts',
  globalTeardown: '<rootDir>/tools/test/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 180000,
};
