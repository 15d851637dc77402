import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Taking a completed course again. An enrollment keeps its status and completion while a retake runs
 * (`retake_started_at`), so the earlier completion counts until it expires; `completion_number` names the completion
 * that `completed_at` holds (1 until a retake completes). Every completion is kept in `course_completion`, appended
 * by a trigger whoever writes the enrollment. A certificate certifies one completion: its issues are numbered per
 * completion, and each completion has at most one ACTIVE certificate, so a renewal gets a certificate of its own
 * while the earlier one stays valid as the record of the earlier completion.
 */
export class CourseRetake1765600000600 implements MigrationInterface {
  name = 'CourseRetake1765600000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE enrollment
        ADD COLUMN retake_started_at timestamptz,
        ADD COLUMN completion_number int NOT NULL DEFAULT 1 CHECK (completion_number >= 1),
        ADD CONSTRAINT enrollment_retake_of_completion CHECK (retake_started_at IS NULL OR status = 'COMPLETED');

      CREATE TABLE course_completion (
        enrollment_id uuid NOT NULL REFERENCES enrollment(id) ON DELETE CASCADE,
        completion_number int NOT NULL,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        course_id uuid NOT NULL REFERENCES course(id) ON DELETE CASCADE,
        course_version_id uuid NOT NULL REFERENCES course_version(id) ON DELETE RESTRICT,
        completed_at timestamptz NOT NULL,
        PRIMARY KEY (enrollment_id, completion_number)
      );
      CREATE INDEX course_completion_course_idx ON course_completion (course_id, completed_at);
      INSERT INTO course_completion (enrollment_id, completion_number, user_id, course_id, course_version_id, completed_at)
        SELECT id, 1, user_id, course_id, course_version_id, completed_at FROM enrollment WHERE status = 'COMPLETED' AND completed_at IS NOT NULL;

      -- A completion written again under the same number (a correction by hand) replaces its date.
      CREATE FUNCTION record_course_completions() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO course_completion (enrollment_id, completion_number, user_id, course_id, course_version_id, completed_at)
            SELECT n.id, n.completion_number, n.user_id, n.course_id, n.course_version_id, n.completed_at
              FROM new_rows n WHERE n.status = 'COMPLETED' AND n.completed_at IS NOT NULL
            ON CONFLICT (enrollment_id, completion_number) DO UPDATE SET completed_at = EXCLUDED.completed_at, course_version_id = EXCLUDED.course_version_id;
        ELSE
          INSERT INTO course_completion (enrollment_id, completion_number, user_id, course_id, course_version_id, completed_at)
            SELECT n.id, n.completion_number, n.user_id, n.course_id, n.course_version_id, n.completed_at
              FROM new_rows n JOIN old_rows o ON o.id = n.id
             WHERE n.status = 'COMPLETED' AND n.completed_at IS NOT NULL
               AND (o.status <> 'COMPLETED' OR o.completed_at IS DISTINCT FROM n.completed_at OR o.completion_number <> n.completion_number)
            ON CONFLICT (enrollment_id, completion_number) DO UPDATE SET completed_at = EXCLUDED.completed_at, course_version_id = EXCLUDED.course_version_id;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER enrollment_inserted_records_completion AFTER INSERT ON enrollment REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION record_course_completions();
      CREATE TRIGGER enrollment_updated_records_completion AFTER UPDATE ON enrollment REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION record_course_completions();

      ALTER TABLE certificate ADD COLUMN completion_number int NOT NULL DEFAULT 1;
      ALTER TABLE certificate DROP CONSTRAINT certificate_enrollment_issue_key;
      -- exactly once per completion: a second run of the issuing job, or two at once, cannot add a second issue
      ALTER TABLE certificate ADD CONSTRAINT certificate_completion_issue_key UNIQUE (enrollment_id, completion_number, issue_number);
      DROP INDEX certificate_one_active_per_enrollment;
      CREATE UNIQUE INDEX certificate_one_active_per_completion ON certificate (enrollment_id, completion_number) WHERE status = 'ACTIVE';
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DELETE FROM certificate WHERE completion_number > 1;
      DROP INDEX certificate_one_active_per_completion;
      CREATE UNIQUE INDEX certificate_one_active_per_enrollment ON certificate (enrollment_id) WHERE status = 'ACTIVE';
      ALTER TABLE certificate DROP CONSTRAINT certificate_completion_issue_key;
      ALTER TABLE certificate ADD CONSTRAINT certificate_enrollment_issue_key UNIQUE (enrollment_id, issue_number);
      ALTER TABLE certificate DROP COLUMN completion_number;
      DROP TRIGGER enrollment_updated_records_completion ON enrollment;
      DROP TRIGGER enrollment_inserted_records_completion ON enrollment;
      DROP FUNCTION record_course_completions();
      DROP TABLE course_completion;
      ALTER TABLE enrollment DROP CONSTRAINT enrollment_retake_of_completion, DROP COLUMN completion_number, DROP COLUMN retake_started_at;
    `);
  }
}
