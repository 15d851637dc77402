import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../launcher/src/free-port';

const root = path.resolve(__dirname, '../..');
const launcher = path.join(root, 'dist/server/tools/launcher/src/main.js');

interface Started {
  child: ChildProcess;
  output: () => string;
}

/** `npm start` with nothing configured (no DATABASE_URL), state in a folder of its own. */
async function startLauncher(stateDir: string, port: number): Promise<Started> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOCSO_STATE_DIR: stateDir, LOG_LEVEL: 'warn' };
  delete env['DATABASE_URL'];
  delete env['DEMO_MODE'];
  const child = spawn(process.execPath, [launcher], { env, cwd: root });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 90_000;
  while (!output.includes('Press Ctrl-C to stop.')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`launcher did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { child, output: () => output };
}

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill(signal);
  });
}

/** Processes whose command line mentions the state folder (the embedded PostgreSQL runs from there). */
function processesUsing(stateDir: string): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      } catch {
        return '';
      }
    })
    .filter((cmd) => cmd.includes(stateDir));
}

describe('npm start (the launcher)', () => {
  const stateDir = mkdtempSync(path.join(os.tmpdir(), 'hocso-launcher-'));
  afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

  it('runs everything on embedded PostgreSQL, prints the URL and demo accounts, stops every child, and restarts without seeding twice', async () => {
    const port = await freePort(3800);
    const first = await startLauncher(stateDir, port);
    expect(first.output()).toContain(`http://localhost:${port}/`);
    expect(first.output()).toContain('admin@demo.hocso.vn');
    expect(first.output()).toContain(`Mail:     ${path.join(stateDir, 'mail')}/`);
    expect(first.output()).toContain(`SMS:      ${path.join(stateDir, 'sms')}/`);
    expect(first.output()).toMatch(/Seed: \d+ org units, 4 tracks, 5 demo accounts, 5 courses, 1 question banks, 2 exams, \d+ demo officials, 2 live sessions created/);

    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    const portal = await fetch(`http://127.0.0.1:${port}/`);
    await expect(portal.text()).resolves.toContain('<div id="root">');
    const login = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(input: { email: "manager@demo.hocso.vn", password: "HocSo@2026" }) { user { roles } } }' }),
    });
    await expect(login.json()).resolves.toEqual({ data: { login: { user: { roles: ['LEARNER', 'UNIT_MANAGER'] } } } });

    // Demo mode delivers mail as files in the state folder, not as lines on the console.
    const registered = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { register(input: { fullName: "Lê Thư", email: "thu@gmail.com", password: "hoc-so-2026" }) { user { id } } }' }),
    });
    expect(registered.status).toBe(200);
    const mailDir = path.join(stateDir, 'mail');
    const mailed = Date.now() + 20_000;
    while (!(existsSync(mailDir) && readdirSync(mailDir).some((name) => name.endsWith('thu@gmail.com.eml'))) && Date.now() < mailed) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const [eml] = readdirSync(mailDir).filter((name) => name.endsWith('thu@gmail.com.eml'));
    expect(readFileSync(path.join(mailDir, eml), 'utf8')).toMatch(/^To: thu@gmail\.com$/m);
    expect(first.output()).not.toContain('confirm-email?token=');

    expect(await stop(first.child, 'SIGTERM')).toBe(0);
    expect(processesUsing(stateDir)).toEqual([]);
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();

    const second = await startLauncher(stateDir, port);
    expect(second.output()).toContain('Seed: 0 org units, 0 tracks, 0 demo accounts, 0 courses, 0 question banks, 0 exams, 0 demo officials, 0 live sessions created');
    expect(second.output()).toContain('Database schema is up to date');
    expect(await stop(second.child, 'SIGINT')).toBe(0);
    expect(processesUsing(stateDir)).toEqual([]);
  }, 180_000);

  it('stops with one line naming the variable when the configuration is bad', async () => {
    const run = spawn(process.execPath, [path.join(root, 'dist/server/apps/api/src/main.js')], {
      env: { ...process.env, PORT: 'eighty' },
      cwd: root,
    });
    let stderr = '';
    run.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => run.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('Invalid configuration: PORT must be a port number (got "eighty")');
  });
});
