import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../errors/domain.error';

/**
 * The trainer (or administrator) who uses this email, for sharing work with them. An unknown address and
 * the address of someone who is not a trainer get the same refusal, so the answer tells nobody whether an
 * account exists.
 */
export async function findTrainerByEmail(db: DataSource | EntityManager, rawEmail: string, field: string): Promise<{ id: string; email: string }> {
  const email = rawEmail.trim().toLowerCase();
  const [trainer]: Array<{ id: string; email: string }> = email
    ? await db.query(
        `SELECT u.id, u.email FROM app_user u
          WHERE u.email = $1 AND EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.role IN ('TRAINER', 'ADMIN'))`,
        [email],
      )
    : [];
  if (!trainer) throw DomainError.badInput(field, 'account.noTrainerWithEmail', { email });
  return trainer;
}
