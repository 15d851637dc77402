import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Exemptions and due-date extensions of one person from one requirement, and the person an audit entry concerns. */
export class RequirementExceptions1765300000417 implements MigrationInterface {
  name = 'RequirementExceptions1765300000417';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE requirement_exemption (
        requirement_id uuid NOT NULL REFERENCES training_requirement(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        reason text NOT NULL CHECK (length(reason) > 0),
        granted_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        granted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (requirement_id, user_id)
      );
      CREATE INDEX requirement_exemption_user_idx ON requirement_exemption (user_id);

      CREATE TABLE requirement_extension (
        requirement_id uuid NOT NULL REFERENCES training_requirement(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        due_at timestamptz NOT NULL,
        reason text NOT NULL CHECK (length(reason) > 0),
        granted_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        granted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (requirement_id, user_id)
      );
      CREATE INDEX requirement_extension_user_idx ON requirement_extension (user_id);

      ALTER TABLE requirement_audit ADD COLUMN user_id uuid REFERENCES app_user(id) ON DELETE SET NULL;
      CREATE INDEX requirement_audit_user_idx ON requirement_audit (user_id, id) WHERE user_id IS NOT NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE requirement_audit DROP COLUMN user_id;
      DROP TABLE requirement_extension;
      DROP TABLE requirement_exemption;
    `);
  }
}
