// `npm test`: every check, in order — lint (with Nx module boundaries), typecheck, build, then the unit,
// integration (real PostgreSQL and Redis) and end-to-end (HTTP and Chromium) suites.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const only = process.argv.slice(2);

const steps = [
  ['project graph', [bin('nx'), 'show', 'projects']],
  ['lint', [bin('eslint'), '.', '--max-warnings', '0']],
  ['codegen current', [process.execPath, 'tools/scripts/check-codegen.mjs']],
  ['typecheck (server)', [bin('tsc'), '-p', 'tsconfig.json', '--noEmit']],
  ['typecheck (browser tests)', [bin('tsc'), '-p', 'tools/e2e/tsconfig.json', '--noEmit']],
  ['typecheck (portal)', [bin('tsc'), '-p', 'apps/portal/tsconfig.spec.json', '--noEmit']],
  ['build', ['npm', 'run', 'build']],
  ['unit', [bin('jest'), '-c', 'jest.unit.config.cjs']],
  ['integration', [bin('jest'), '-c', 'jest.int.config.cjs']],
  ['end-to-end', [bin('jest'), '-c', 'jest.e2e.config.cjs']],
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
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
