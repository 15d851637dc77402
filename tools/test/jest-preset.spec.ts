import path from 'node:path';

const preset = require('./jest.preset.cjs') as { rootDir: string; testPathIgnorePatterns: string[] };

/** Whether Jest skips a test file, read as Jest reads the patterns: `<rootDir>` replaced, then matched anywhere in the path. */
function ignored(rootDir: string, file: string): boolean {
  return preset.testPathIgnorePatterns.some((pattern) => new RegExp(pattern.replace('<rootDir>', rootDir)).test(path.join(rootDir, file)));
}

describe('Jest test path ignore patterns', () => {
  it.each(['/tmp/ci/hocso', '/home/dist/hocso', '/var/tmp/build'])('runs the tests of a checkout under %s', (rootDir) => {
    expect(ignored(rootDir, 'apps/api/src/courses/courses.e2e-spec.ts')).toBe(false);
    expect(ignored(rootDir, 'libs/server/core/src/courses/course-access.spec.ts')).toBe(false);
  });

  it("skips the repository's own tmp/ and dist/ folders and every node_modules", () => {
    expect(ignored('/tmp/ci/hocso', 'tmp/test-reports/copy.spec.ts')).toBe(true);
    expect(ignored('/tmp/ci/hocso', 'dist/server/apps/api/src/contract/contract.spec.js')).toBe(true);
    expect(ignored('/tmp/ci/hocso', 'node_modules/some-package/index.spec.ts')).toBe(true);
    expect(ignored('/tmp/ci/hocso', 'libs/server/core/src/tmp-files/tmp.spec.ts')).toBe(false);
  });

  it('is anchored at the repository itself', () => {
    expect(preset.rootDir).toBe(path.resolve(__dirname, '../..'));
  });
});
