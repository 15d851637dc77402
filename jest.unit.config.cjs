// Unit tests: no database, no Redis, no network. `*.spec.ts` beside the code.
module.exports = {
  ...require('./tools/test/jest.preset.cjs'),
  displayName: 'unit',
  testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.{ts,tsx}'],
};
