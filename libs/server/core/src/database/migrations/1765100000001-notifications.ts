import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the platform tells a person (a certificate issued, a training due): a kind and its parameters, rendered in the reader's language. */
export class Notifications1765100000001 implements MigrationInterface {
  name = 'Notifications1765100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind varchar(64) NOT NULL,
        params jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        mailed_at timestamptz
      );
      CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC, id DESC);
      CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE notification');
  }
}
