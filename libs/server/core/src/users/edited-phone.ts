import type { UserEntity } from './user.entity';

/**
 * A phone an administrator or unit manager wrote on an account someone holds, not yet proven by a code used
 * from it: a reset code sent there would hand the account to whoever holds the new number.
 */
export function phoneAwaitsHolder(user: Pick<UserEntity, 'phoneChangedAt' | 'passwordHash'>): boolean {
  return user.phoneChangedAt !== null && user.passwordHash !== null;
}

/** phoneAwaitsHolder as an SQL condition on an `app_user` row. */
export function phoneAwaitsHolderSql(alias: string): string {
  return `(${alias}.phone_changed_at IS NOT NULL AND ${alias}.password_hash IS NOT NULL)`;
}
