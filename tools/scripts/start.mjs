// `npm start`: builds what is missing or out of date, then runs the launcher (tools/launcher).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '../..');
const stamp = path.join(root, 'dist/.build-stamp');
const launcher = path.join(root, 'dist/server/tools/launcher/src/main.js');
const SOURCES = ['apps', 'libs', 'tools/launcher', 'package-lock.json', 'tsconfig.base.json'];

function newestMtime(entry) {
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(entry)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

const sourcesChanged = !existsSync(stamp) || SOURCES.some((s) => existsSync(path.join(root, s)) && newestMtime(path.join(root, s)) > statSync(stamp).mtimeMs);
if (!existsSync(launcher) || !existsSync(path.join(root, 'dist/apps/portal/index.html')) || sourcesChanged) {
  console.log('Building HocSo (server and portal)…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(stamp, new Date().toISOString());
}
process.chdir(root);
await import(pathToFileURL(launcher).href);
