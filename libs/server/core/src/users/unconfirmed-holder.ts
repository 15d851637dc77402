/**
 * SQL condition on an `app_user` row: someone holds a password for the account but never showed they read
 * its mailbox or phone (a self-registered account whose email or phone is not confirmed). Such an account learns as a citizen
 * and is given nothing more — no role, unit or official audience — and onboarding takes it back for the
 * mailbox owner. An onboarded account that still waits for its set-password link has no password: nobody
 * holds it, so it does not match; nor does an account whose email or phone someone else wrote (its holder is the
 * person who had it, not whoever reads the new mailbox).
 */
export function heldWithoutConfirmedEmail(alias: string): string {
  return `(${alias}.email_verified_at IS NULL AND ${alias}.phone_verified_at IS NULL AND ${alias}.password_hash IS NOT NULL AND ${alias}.email_changed_at IS NULL AND ${alias}.phone_changed_at IS NULL)`;
}
