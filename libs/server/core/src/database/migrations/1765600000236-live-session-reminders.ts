import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reminders sent before a live session: once per session, person, kind and announced start, so a session moved
 * to another time is announced again at its new time, and a run again or two at once send nothing twice.
 */
export class LiveSessionReminders1765600000236 implements MigrationInterface {
  name = 'LiveSessionReminders1765600000236';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE live_session_reminder_sent (
        session_id uuid NOT NULL REFERENCES live_session(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind varchar(16) NOT NULL CHECK (kind IN ('DAY_BEFORE', 'HOUR_BEFORE')),
        starts_at timestamptz NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, user_id, kind, starts_at)
      );
      CREATE INDEX live_session_reminder_sent_user_idx ON live_session_reminder_sent (user_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE live_session_reminder_sent');
  }
}
