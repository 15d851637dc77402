import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Training requirements, their audit trail, who each covers since when, and the units' digital-transformation experts. */
export class Compliance1765200000000 implements MigrationInterface {
  name = 'Compliance1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE training_requirement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title varchar(255) NOT NULL,
        org_unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        audiences text[] NOT NULL DEFAULT '{}',
        course_id uuid REFERENCES course(id) ON DELETE RESTRICT,
        track_id uuid REFERENCES track(id) ON DELETE RESTRICT,
        hours numeric(7, 2) CHECK (hours > 0),
        due_at timestamptz NOT NULL,
        due_within_days int CHECK (due_within_days > 0),
        recurrence_months int CHECK (recurrence_months > 0),
        renewal_window_days int CHECK (renewal_window_days >= 0),
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT training_requirement_one_target CHECK (num_nonnulls(course_id, track_id, hours) = 1),
        CONSTRAINT training_requirement_window_needs_recurrence CHECK (renewal_window_days IS NULL OR recurrence_months IS NOT NULL)
      );
      CREATE INDEX training_requirement_org_unit_idx ON training_requirement (org_unit_id);

      CREATE TABLE requirement_audit (
        id bigserial PRIMARY KEY,
        requirement_id uuid NOT NULL REFERENCES training_requirement(id) ON DELETE CASCADE,
        actor_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        action varchar(32) NOT NULL,
        before jsonb,
        after jsonb,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX requirement_audit_requirement_idx ON requirement_audit (requirement_id, id);

      CREATE TABLE requirement_coverage (
        requirement_id uuid NOT NULL REFERENCES training_requirement(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        covered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (requirement_id, user_id)
      );
      CREATE INDEX requirement_coverage_user_idx ON requirement_coverage (user_id);

      CREATE TABLE unit_expert (
        org_unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        appointed_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        appointed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (org_unit_id, user_id)
      );
      CREATE INDEX unit_expert_user_idx ON unit_expert (user_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE unit_expert;
      DROP TABLE requirement_coverage;
      DROP TABLE requirement_audit;
      DROP TABLE training_requirement;
    `);
  }
}
