// Fails when the portal's generated GraphQL types differ from what codegen makes of apps/api/schema.gql and
// the portal's operations (and leaves them regenerated, ready to commit).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const generated = path.join(root, 'libs/portal/data-access/src/generated');
const snapshot = () =>
  existsSync(generated) ? Object.fromEntries(readdirSync(generated).map((f) => [f, readFileSync(path.join(generated, f), 'utf8')])) : {};

const before = snapshot();
const run = spawnSync(path.join(root, 'node_modules/.bin/graphql-codegen'), ['--config', 'libs/portal/data-access/codegen.ts'], {
  cwd: root,
  stdio: 'inherit',
});
if (run.status !== 0) process.exit(run.status ?? 1);
const after = snapshot();
const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => before[f] !== after[f]);
if (changed.length > 0) {
  console.error(`Generated GraphQL types were out of date (${changed.join(', ')}); they are regenerated now: commit them.`);
  process.exit(1);
}
console.log('Generated GraphQL types are current.');
