import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exams drawn from a bank, overrides and accommodations, attempts with their frozen questions and the saved
 * answers. Starting and saving are built for thousands at once: no shared row is written on either path.
 */
export class Exams1764500000000 implements MigrationInterface {
  name = 'Exams1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE exam (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        bank_id uuid NOT NULL REFERENCES question_bank(id) ON DELETE RESTRICT,
        title varchar(255) NOT NULL,
        instructions text NOT NULL DEFAULT '',
        time_limit_seconds int CHECK (time_limit_seconds > 0),
        max_attempts int CHECK (max_attempts > 0),
        attempt_delay_seconds int NOT NULL DEFAULT 0 CHECK (attempt_delay_seconds >= 0),
        grading_method varchar(16) NOT NULL DEFAULT 'HIGHEST' CHECK (grading_method IN ('HIGHEST', 'LAST', 'FIRST', 'AVERAGE')),
        pass_percent real NOT NULL DEFAULT 50 CHECK (pass_percent >= 0 AND pass_percent <= 100),
        shuffle_questions boolean NOT NULL DEFAULT false,
        shuffle_options boolean NOT NULL DEFAULT true,
        opens_at timestamptz,
        closes_at timestamptz,
        grace_seconds int NOT NULL DEFAULT 0 CHECK (grace_seconds >= 0),
        review_policy jsonb NOT NULL,
        open_to_all boolean NOT NULL DEFAULT false,
        question_count int NOT NULL CHECK (question_count > 0),
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT exam_window CHECK (opens_at IS NULL OR closes_at IS NULL OR closes_at > opens_at)
      );
      CREATE INDEX exam_bank_idx ON exam (bank_id);
      CREATE INDEX exam_open_to_all_idx ON exam (created_at DESC) WHERE open_to_all;

      CREATE TABLE exam_rule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        exam_id uuid NOT NULL REFERENCES exam(id) ON DELETE CASCADE,
        position int NOT NULL,
        category_id uuid REFERENCES question_category(id) ON DELETE RESTRICT,
        count int NOT NULL CHECK (count > 0),
        points real CHECK (points >= 0),
        CONSTRAINT exam_rule_position_key UNIQUE (exam_id, position)
      );

      CREATE TABLE exam_override (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        exam_id uuid NOT NULL REFERENCES exam(id) ON DELETE CASCADE,
        user_id uuid REFERENCES app_user(id) ON DELETE CASCADE,
        org_unit_id uuid REFERENCES org_unit(id) ON DELETE CASCADE,
        time_multiplier real CHECK (time_multiplier > 0),
        extra_attempts int CHECK (extra_attempts >= 0),
        opens_at timestamptz,
        closes_at timestamptz,
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT exam_override_target CHECK ((user_id IS NULL) <> (org_unit_id IS NULL)),
        CONSTRAINT exam_override_target_key UNIQUE NULLS NOT DISTINCT (exam_id, user_id, org_unit_id)
      );

      CREATE TABLE learner_accommodation (
        user_id uuid PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
        time_multiplier real NOT NULL CHECK (time_multiplier > 0),
        note text NOT NULL DEFAULT '',
        set_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE exam_attempt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        exam_id uuid NOT NULL REFERENCES exam(id) ON DELETE RESTRICT,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        number int NOT NULL CHECK (number > 0),
        state varchar(16) NOT NULL DEFAULT 'IN_PROGRESS' CHECK (state IN ('IN_PROGRESS', 'NEEDS_GRADING', 'GRADED')),
        org_unit_id uuid REFERENCES org_unit(id) ON DELETE SET NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        time_multiplier real NOT NULL DEFAULT 1,
        extension_seconds int NOT NULL DEFAULT 0,
        deadline timestamptz,
        accepts_until timestamptz,
        submitted_at timestamptz,
        auto_submitted boolean NOT NULL DEFAULT false,
        slots jsonb NOT NULL,
        results jsonb,
        score_points real,
        max_points real NOT NULL,
        score_percent real,
        passed boolean,
        graded_at timestamptz,
        CONSTRAINT exam_attempt_number_key UNIQUE (exam_id, user_id, number),
        CONSTRAINT exam_attempt_submitted CHECK ((state = 'IN_PROGRESS') = (submitted_at IS NULL))
      );
      -- A second press of "start", or a second device, finds this row instead of opening another attempt.
      CREATE UNIQUE INDEX exam_attempt_one_open_key ON exam_attempt (exam_id, user_id) WHERE state = 'IN_PROGRESS';
      CREATE INDEX exam_attempt_exam_idx ON exam_attempt (exam_id, state, started_at);
      CREATE INDEX exam_attempt_user_idx ON exam_attempt (user_id, started_at);
      -- The sweep that closes attempts past their deadline reads only this.
      CREATE INDEX exam_attempt_overdue_idx ON exam_attempt (accepts_until) WHERE state = 'IN_PROGRESS';

      CREATE TABLE attempt_answer (
        attempt_id uuid NOT NULL REFERENCES exam_attempt(id) ON DELETE CASCADE,
        slot int NOT NULL CHECK (slot > 0),
        client_seq int NOT NULL CHECK (client_seq >= 0),
        response jsonb NOT NULL,
        saved_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (attempt_id, slot)
      );

      ALTER TABLE lesson ADD CONSTRAINT lesson_exam_fkey FOREIGN KEY (exam_id) REFERENCES exam(id) ON DELETE RESTRICT;
      CREATE INDEX lesson_exam_idx ON lesson (exam_id) WHERE exam_id IS NOT NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX lesson_exam_idx;
      ALTER TABLE lesson DROP CONSTRAINT lesson_exam_fkey;
      DROP TABLE attempt_answer;
      DROP TABLE exam_attempt;
      DROP TABLE learner_accommodation;
      DROP TABLE exam_override;
      DROP TABLE exam_rule;
      DROP TABLE exam;
    `);
  }
}
