// End-to-end: GraphQL over HTTP and the portal in Debian's Chromium, against a running platform.
// Every end-to-end suite signs up and signs in from 127.0.0.1 under one queue prefix, so the per-address
// throttles would trip on the suites' sum; the throttles' own tests set the limits they check.
process.env.REGISTER_MAX_PER_IP ??= '100000';
process.env.LOGIN_MAX_FAILURES_PER_IP ??= '100000';
process.env.CREDENTIAL_CHECK_MAX_PER_IP ??= '100000';

module.exports = {
  ...require('./tools/test/jest.preset.cjs'),
  displayName: 'e2e',
  testMatch: ['<rootDir>/{apps,libs,tools}/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/tools/test/global-setup.ts',
  globalTeardown: '<rootDir>/tools/test/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 180000,
};
