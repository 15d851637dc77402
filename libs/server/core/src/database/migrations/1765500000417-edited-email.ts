import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An email written by an administrator or unit manager is not the owner's until the owner, signed in,
 * confirms it: when that happened is kept so that password resets and onboarding never use such an address.
 */
export class EditedEmail1765500000417 implements MigrationInterface {
  name = 'EditedEmail1765500000417';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE app_user ADD COLUMN email_changed_at timestamptz');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE app_user DROP COLUMN email_changed_at');
  }
}
