import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Cohorts: people of an org unit's subtree gathered by a trainer or expert to follow a course or a track together. */
export class Cohorts1765400000293 implements MigrationInterface {
  name = 'Cohorts1765400000293';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE cohort (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(255) NOT NULL,
        org_unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        course_id uuid REFERENCES course(id) ON DELETE RESTRICT,
        track_id uuid REFERENCES track(id) ON DELETE RESTRICT,
        starts_on date NOT NULL,
        owner_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cohort_one_target CHECK (num_nonnulls(course_id, track_id) = 1)
      );
      CREATE INDEX cohort_owner_idx ON cohort (owner_id, created_at DESC, id);
      CREATE INDEX cohort_org_unit_idx ON cohort (org_unit_id);

      CREATE TABLE cohort_member (
        cohort_id uuid NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        added_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (cohort_id, user_id)
      );
      CREATE INDEX cohort_member_user_idx ON cohort_member (user_id);

      ALTER TABLE enrollment DROP CONSTRAINT enrollment_source_check;
      ALTER TABLE enrollment ADD CONSTRAINT enrollment_source_check CHECK (source IN ('SELF', 'ASSIGNED', 'COHORT'));
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE enrollment SET source = 'ASSIGNED' WHERE source = 'COHORT';
      ALTER TABLE enrollment DROP CONSTRAINT enrollment_source_check;
      ALTER TABLE enrollment ADD CONSTRAINT enrollment_source_check CHECK (source IN ('SELF', 'ASSIGNED'));
      DROP TABLE cohort_member;
      DROP TABLE cohort;
    `);
  }
}
