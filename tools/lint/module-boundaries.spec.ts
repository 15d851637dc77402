import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

interface LintResult {
  messages: Array<{ ruleId: string | null; message: string }>;
}

/** Lints source text as if it lived at `file`, through the real ESLint CLI and the workspace config. */
function boundaryErrors(file: string, code: string): string[] {
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', path.join(root, file), '--format', 'json'],
    { cwd: root, input: code, encoding: 'utf8' },
  );
  const [result] = JSON.parse(run.stdout) as LintResult[];
  return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

describe('Nx module boundaries (lint)', () => {
  beforeAll(() => {
    // The rule reads Nx's cached project graph: compute it first.
    spawnSync(process.execPath, [path.join(root, 'node_modules/nx/bin/nx.js'), 'show', 'projects'], { cwd: root });
  }, 60_000);

  it('refuses a framework import in the shared contracts', () => {
    const errors = boundaryErrors('libs/shared/contracts/src/probe.ts', "import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\n");
    expect(errors.join('\n')).toMatch(/@nestjs\/common/);
  });

  it('refuses a server library in the portal', () => {
    const errors = boundaryErrors('apps/portal/src/probe.ts', "import { UserService } from '@hocso/server-core';\nexport const probe = UserService;\n");
    expect(errors.join('\n')).toMatch(/scope:portal/);
  });

  it('refuses the portal importing the worker-only libraries it has no business with', () => {
    const errors = boundaryErrors('apps/portal/src/probe.ts', "import { Queue } from 'bullmq';\nexport const probe = Queue;\n");
    expect(errors.join('\n')).toMatch(/bullmq/);
  });

  it('accepts the shared contracts in the portal', () => {
    const errors = boundaryErrors('apps/portal/src/probe.ts', "import { ROLES } from '@hocso/contracts';\nexport const probe = ROLES;\n");
    expect(errors).toEqual([]);
  });
});
