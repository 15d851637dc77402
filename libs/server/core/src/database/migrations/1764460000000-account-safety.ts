import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Confirmed e-mail addresses (a self-registered account is unconfirmed until its owner opens the link we
 * mailed), and the course each lesson file belongs to (files are served to whoever may see that course).
 */
export class AccountSafety1764460000000 implements MigrationInterface {
  name = 'AccountSafety1764460000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE app_user ADD COLUMN email_verified_at timestamptz;
      -- Whoever set a password through a one-time link mailed to them has shown they read that mailbox.
      UPDATE app_user u SET email_verified_at = t.first_used
        FROM (SELECT user_id, min(used_at) AS first_used FROM password_token WHERE used_at IS NOT NULL GROUP BY user_id) t
       WHERE t.user_id = u.id;

      CREATE TABLE email_confirmation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        -- the address the link was sent to: a link confirms that address only
        email varchar(320) NOT NULL,
        token_hash varchar(64) NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT email_confirmation_hash_key UNIQUE (token_hash)
      );
      CREATE INDEX email_confirmation_user_idx ON email_confirmation (user_id, created_at);

      ALTER TABLE lesson_file ADD COLUMN course_id uuid REFERENCES course(id) ON DELETE SET NULL;
      UPDATE lesson_file f SET course_id = l.course_id
        FROM (SELECT DISTINCT ON (file_id) file_id, course_id FROM lesson WHERE file_id IS NOT NULL ORDER BY file_id, created_at) l
       WHERE l.file_id = f.id;
      UPDATE lesson_file f SET course_id = v.course_id
        FROM (SELECT DISTINCT ON (lesson ->> 'fileId') lesson ->> 'fileId' AS file_id, v.course_id
                FROM course_version v, jsonb_array_elements(v.snapshot -> 'modules') AS m(module),
                     jsonb_array_elements(m.module -> 'lessons') AS l(lesson)
               WHERE lesson ->> 'fileId' IS NOT NULL
               ORDER BY lesson ->> 'fileId', v.version) v
       WHERE f.course_id IS NULL AND v.file_id = f.id::text;
      CREATE INDEX lesson_file_course_idx ON lesson_file (course_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE lesson_file DROP COLUMN course_id;
      DROP TABLE email_confirmation;
      ALTER TABLE app_user DROP COLUMN email_verified_at;
    `);
  }
}
