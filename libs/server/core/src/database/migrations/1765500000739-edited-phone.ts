import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A phone written by an administrator or unit manager on an account someone holds is not the holder's until a
 * code sent to it is used: when that happened is kept so that no password reset code is sent there before.
 */
export class EditedPhone1765500000739 implements MigrationInterface {
  name = 'EditedPhone1765500000739';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE app_user ADD COLUMN phone_changed_at timestamptz');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE app_user DROP COLUMN phone_changed_at');
  }
}
