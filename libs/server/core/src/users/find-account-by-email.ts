import type { Role } from '@hocso/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../errors/domain.error';
import { emailKey } from './email-key';

export interface AccountByEmail {
  id: string;
  email: string;
}

/** The account that uses this email, however it is spelled (see emailKey); with `anyRole`, only if it holds one of them. */
export async function findAccountByEmail(
  db: DataSource | EntityManager,
  rawEmail: string,
  anyRole?: readonly Role[],
): Promise<AccountByEmail | null> {
  const email = emailKey(rawEmail);
  if (email === '') return null;
  const [account]: AccountByEmail[] = await db.query(
    `SELECT u.id, u.email FROM app_user u
      WHERE u.email = $1
        AND ($2::varchar[] IS NULL OR EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.role = ANY($2::varchar[])))`,
    [email, anyRole ?? null],
  );
  return account ?? null;
}

/**
 * The trainer (or administrator) who uses this email, for sharing work with them. An unknown address and
 * the address of someone who is not a trainer get the same refusal, so the answer tells nobody whether an
 * account exists.
 */
export async function findTrainerByEmail(db: DataSource | EntityManager, rawEmail: string, field: string): Promise<AccountByEmail> {
  const trainer = await findAccountByEmail(db, rawEmail, ['TRAINER', 'ADMIN']);
  if (!trainer) throw DomainError.badInput(field, 'account.noTrainerWithEmail', { email: emailKey(rawEmail) });
  return trainer;
}
