import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders of training requirements: each sent once per person, requirement, kind, due cycle and recipient; at
 * most one digest per recipient per day; and who muted the optional ones.
 */
export class RequirementReminders1765300000631 implements MigrationInterface {
  name = 'RequirementReminders1765300000631';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE requirement_reminder_digest (
        recipient_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        day date NOT NULL,
        notification_id uuid REFERENCES notification(id) ON DELETE SET NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (recipient_id, day)
      );

      CREATE TABLE requirement_reminder_sent (
        requirement_id uuid NOT NULL REFERENCES training_requirement(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind varchar(16) NOT NULL CHECK (kind IN ('ASSIGNED', 'DUE_14', 'DUE_3', 'OVERDUE')),
        due_cycle timestamptz NOT NULL,
        recipient_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        digest_day date NOT NULL,
        PRIMARY KEY (requirement_id, user_id, kind, due_cycle, recipient_id)
      );
      CREATE INDEX requirement_reminder_sent_recipient_idx ON requirement_reminder_sent (recipient_id, digest_day);

      CREATE TABLE reminder_preference (
        user_id uuid PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
        mute_optional boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE reminder_preference;
      DROP TABLE requirement_reminder_sent;
      DROP TABLE requirement_reminder_digest;
    `);
  }
}
