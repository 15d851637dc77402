import { randomInt, randomUUID } from 'node:crypto';
import type { Audience, Role } from '@hocso/contracts';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { loadActor } from '../auth/load-actor';
import { hashPassword } from '../auth/password-hasher';

export const TEST_PASSWORD = 'Test-pass-2026';

export interface TestUserOptions {
  roles?: Array<{ role: Role; orgUnitId?: string }>;
  audience?: Audience;
  orgUnitId?: string | null;
  email?: string;
  fullName?: string;
  withPassword?: boolean;
  /** Whether the owner confirmed the email (default true; false is a self-registration not yet confirmed). */
  emailVerified?: boolean;
}

/** Inserts a user with the given grants (LEARNER always) and returns its id and actor. */
export async function createTestUser(dataSource: DataSource, options: TestUserOptions = {}): Promise<{ id: string; email: string; actor: Actor }> {
  const email = options.email ?? `user-${randomUUID()}@test.hocso.vn`;
  const passwordHash = options.withPassword === false ? null : await hashPassword(TEST_PASSWORD);
  const [{ id }]: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO app_user (full_name, email, password_hash, audience, org_unit_id, email_verified_at)
     VALUES ($1, $2, $3, $4, $5, CASE WHEN $6 THEN now() END) RETURNING id`,
    [options.fullName ?? 'Người Kiểm Thử', email, passwordHash, options.audience ?? 'CITIZEN', options.orgUnitId ?? null, options.emailVerified !== false],
  );
  for (const grant of [{ role: 'LEARNER' as Role }, ...(options.roles ?? [])]) {
    await dataSource.query(
      `INSERT INTO role_grant (user_id, role, org_unit_id) VALUES ($1, $2, $3) ON CONFLICT ON CONSTRAINT role_grant_unique DO NOTHING`,
      [id, grant.role, grant.orgUnitId ?? null],
    );
  }
  return { id, email, actor: (await loadActor(dataSource, id)) as Actor };
}

/** Inserts an org unit (under `parent` when given) with its materialised path. */
export async function createTestOrgUnit(
  dataSource: DataSource,
  options: { code?: string; name?: string; kind?: string; parent?: { id: string; path: string } | null } = {},
): Promise<{ id: string; code: string; path: string }> {
  const code = options.code ?? `T-${randomUUID().slice(0, 8).toUpperCase()}`;
  const [{ id }]: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO org_unit (code, name, kind, parent_id, path) VALUES ($1, $2, $3, $4, '') RETURNING id`,
    [code, options.name ?? `Đơn vị ${code}`, options.kind ?? 'COMMUNE', options.parent?.id ?? null],
  );
  const path = `${options.parent?.path ?? '/'}${id}/`;
  await dataSource.query('UPDATE org_unit SET path = $2 WHERE id = $1', [id, path]);
  return { id, code, path };
}

/** A Vietnamese mobile number no other test uses, as a person types it (`0912 345 678`) and as it is stored. */
export function uniqueMobile(): { typed: string; e164: string } {
  const digits = String(randomInt(0, 10_000_000)).padStart(7, '0');
  return { typed: `091 ${digits.slice(0, 3)} ${digits.slice(3)}`, e164: `+8491${digits}` };
}
