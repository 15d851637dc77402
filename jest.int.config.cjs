// Integration tests against the real PostgreSQL and Redis: each run gets a database and queue prefix of its own.
// Every integration suite signs up and asks for resets from no address (one throttle key) in one run, so those
// per-address throttles would trip on the suites' sum; the throttles' own tests set the limits they check.
process.env.REGISTER_MAX_PER_IP ??= '100000';
process.env.PASSWORD_RESET_MAX_PER_IP ??= '100000';

module.exports = {
  ...require('./tools/test/jest.preset.cjs'),
  displayName: 'integration',
  testMatch: ['<rootDir>/{apps,libs,tools}/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/tools/test/global-setup.ts',
  globalTeardown: '<rootDir>/tools/test/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 60000,
};
