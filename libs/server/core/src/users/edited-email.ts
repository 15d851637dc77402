import type { UserEntity } from './user.entity';

/**
 * An email an administrator or unit manager wrote on an account someone holds, not yet confirmed by that
 * holder: a password reset mailed there would hand the account to whoever reads the new mailbox.
 */
export function emailAwaitsHolder(user: Pick<UserEntity, 'emailChangedAt' | 'passwordHash'>): boolean {
  return user.emailChangedAt !== null && user.passwordHash !== null;
}

/** emailAwaitsHolder as an SQL condition on an `app_user` row. */
export function emailAwaitsHolderSql(alias: string): string {
  return `(${alias}.email_changed_at IS NOT NULL AND ${alias}.password_hash IS NOT NULL)`;
}
