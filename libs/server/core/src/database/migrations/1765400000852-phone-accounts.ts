import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts reached by phone: a phone is stored as E.164 (+84…) and identifies at most one account; when its
 * owner proved they hold it (a code sent to it) is kept as for an email. One-time codes — a password reset
 * sent by SMS, an activation code handed out on paper — are stored as keyed hashes with their expiry, use
 * and failed attempts.
 */
export class PhoneAccounts1765400000852 implements MigrationInterface {
  name = 'PhoneAccounts1765400000852';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE app_user u SET phone = CASE
          WHEN d.digits ~ '^0[35789][0-9]{8}$' THEN '+84' || substr(d.digits, 2)
          WHEN d.digits ~ '^84[35789][0-9]{8}$' THEN '+' || d.digits
          WHEN d.digits ~ '^\\+84[35789][0-9]{8}$' THEN d.digits
          ELSE NULL END
        FROM (SELECT id, regexp_replace(phone, '[\\s.()-]', '', 'g') AS digits FROM app_user WHERE phone IS NOT NULL) d
       WHERE d.id = u.id;
      -- A number written on several accounts before it identified one stays on the oldest of them.
      UPDATE app_user u SET phone = NULL
       WHERE phone IS NOT NULL
         AND EXISTS (SELECT 1 FROM app_user o WHERE o.phone = u.phone AND (o.created_at, o.id) < (u.created_at, u.id));
      ALTER TABLE app_user
        ADD CONSTRAINT app_user_phone_key UNIQUE (phone),
        ADD CONSTRAINT app_user_phone_e164 CHECK (phone ~ '^\\+[1-9][0-9]{7,14}$'),
        ADD COLUMN phone_verified_at timestamptz;
      CREATE TABLE one_time_code (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        purpose varchar(16) NOT NULL CHECK (purpose IN ('PASSWORD_RESET', 'ACTIVATION')),
        code_hash varchar(64) NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        failed_attempts int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX one_time_code_open_idx ON one_time_code (user_id, purpose) WHERE used_at IS NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE one_time_code;
      ALTER TABLE app_user DROP COLUMN phone_verified_at, DROP CONSTRAINT app_user_phone_e164, DROP CONSTRAINT app_user_phone_key;
    `);
  }
}
