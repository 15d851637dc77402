import type { UserEntity } from './user.entity';

export type ContactChannel = 'email' | 'phone';

const CHANGED_AT = { email: 'emailChangedAt', phone: 'phoneChangedAt' } as const;
const CHANGED_AT_COLUMN = { email: 'email_changed_at', phone: 'phone_changed_at' } as const;

/**
 * An email or phone an administrator or unit manager wrote on an account someone holds, not yet proven by that
 * holder (an email confirmed, a code used from the phone): a password reset sent there would hand the account to
 * whoever reads the new mailbox or holds the new number.
 */
export function contactAwaitsHolder(user: Pick<UserEntity, 'emailChangedAt' | 'phoneChangedAt' | 'passwordHash'>, channel: ContactChannel): boolean {
  return user[CHANGED_AT[channel]] !== null && user.passwordHash !== null;
}

/** contactAwaitsHolder as an SQL condition on an `app_user` row. */
export function contactAwaitsHolderSql(alias: string, channel: ContactChannel): string {
  return `(${alias}.${CHANGED_AT_COLUMN[channel]} IS NOT NULL AND ${alias}.password_hash IS NOT NULL)`;
}
