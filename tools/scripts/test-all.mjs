// `npm test`: every check, in order — lint (with Nx module boundaries), typecheck, build, then the unit,
// integration (real PostgreSQL and Redis) and end-to-end (HTTP and Chromium) suites.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const only = process.argv.slice(2);
const reports = path.join(root, 'tmp/test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

/** A Jest run that also writes its results as JSON, so the summary can count the tests. */
function jest(kind) {
  return [bin('jest'), '-c', `jest.${kind}.config.cjs`, '--json', '--outputFile', path.join(reports, `${kind}.json`)];
}

const steps = [
  ['project graph', [bin('nx'), 'show', 'projects']],
  ['lint', [bin('eslint'), '.', '--max-warnings', '0']],
  ['codegen current', [process.execPath, 'tools/scripts/check-codegen.mjs']],
  ['typecheck (server)', [bin('tsc'), '-p', 'tsconfig.json', '--noEmit']],
  ['typecheck (browser tests)', [bin('tsc'), '-p', 'tools/e2e/tsconfig.json', '--noEmit']],
  ['typecheck (portal)', [bin('tsc'), '-p', 'apps/portal/tsconfig.spec.json', '--noEmit']],
  ['build', ['npm', 'run', 'build']],
  ['unit', jest('unit')],
  ['integration', jest('int')],
  ['end-to-end', jest('e2e')],
].filter(([name]) => only.length === 0 || only.some((o) => name.startsWith(o)));

const results = [];
for (const [name, [command, ...args]] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const ok = run.status === 0;
  results.push({ name, ok, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  if (!ok && name === 'build') break;
}
console.log('\n=== summary ===');
for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name} (${r.seconds} s)`);
const failedSteps = results.filter((r) => !r.ok).length;
console.log(`${results.length - failedSteps} of ${results.length} steps succeeded`);
let passedTests = 0;
let failedTests = 0;
for (const kind of ['unit', 'int', 'e2e']) {
  const file = path.join(reports, `${kind}.json`);
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passedTests += report.numPassedTests;
  failedTests += report.numFailedTests;
}
console.log(`Tests: ${passedTests} passed, ${failedTests} failed`);
process.exit(failedSteps ? 1 : 0);
