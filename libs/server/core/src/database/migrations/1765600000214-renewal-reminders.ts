import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A training reminder may be a renewal's: RENEWAL, sent when the renewal window of a met recurring requirement opens. */
export class RenewalReminders1765600000214 implements MigrationInterface {
  name = 'RenewalReminders1765600000214';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE requirement_reminder_sent DROP CONSTRAINT requirement_reminder_sent_kind_check;
      ALTER TABLE requirement_reminder_sent ADD CONSTRAINT requirement_reminder_sent_kind_check CHECK (kind IN ('ASSIGNED', 'DUE_14', 'DUE_3', 'OVERDUE', 'RENEWAL'));
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DELETE FROM requirement_reminder_sent WHERE kind = 'RENEWAL';
      ALTER TABLE requirement_reminder_sent DROP CONSTRAINT requirement_reminder_sent_kind_check;
      ALTER TABLE requirement_reminder_sent ADD CONSTRAINT requirement_reminder_sent_kind_check CHECK (kind IN ('ASSIGNED', 'DUE_14', 'DUE_3', 'OVERDUE'));
    `);
  }
}
