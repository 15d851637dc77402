import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A live session can be cancelled: when and by whom, kept on the session as its audit. */
export class LiveSessionCancellation1765500000473 implements MigrationInterface {
  name = 'LiveSessionCancellation1765500000473';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE live_session
        ADD COLUMN cancelled_at timestamptz,
        ADD COLUMN cancelled_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        ADD COLUMN cancel_reason varchar(500),
        ADD CONSTRAINT live_session_cancellation_complete CHECK ((cancelled_at IS NULL) = (cancel_reason IS NULL))
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE live_session DROP COLUMN cancelled_at, DROP COLUMN cancelled_by_id, DROP COLUMN cancel_reason');
  }
}
