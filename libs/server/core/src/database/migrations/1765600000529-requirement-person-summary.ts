import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Summaries of the stored standings, so the reports over every requirement read a row per unit instead of every
 * person × requirement pair.
 *
 * `requirement_person_summary`: one row per covered person over every requirement covering them — whether one binds
 * them (`required`: one they are not exempt from), whether they meet all of those (`met`), the earliest due date
 * among those they do not (`unmet_due_at`), the same by the plan's measure over every requirement covering them
 * (`recognised_met`, `recognised_unmet_due_at`), their position (the level report places people by it) and the first
 * moment one of their standings stops holding (`valid_until`).
 *
 * `requirement_unit_summary`: those people counted by unit and position. Overdue is counted when the row is written,
 * so the row holds only until the next due date among its people not yet past (`valid_until`, with theirs).
 *
 * The refresh writes both in the transaction that writes the standings they sum up; the people marked stale, the
 * units they were or are in and the expired rows are computed from the rows below them when read. A change of
 * position now marks the person too, and a requirement removed (its standings go with it, ON DELETE CASCADE) marks
 * the people under its unit. The index by requirement and unit path serves the reports of one requirement.
 */
export class RequirementPersonSummary1765600000529 implements MigrationInterface {
  name = 'RequirementPersonSummary1765600000529';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE requirement_person_summary (
        user_id uuid PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
        user_path text NOT NULL,
        required boolean NOT NULL,
        met boolean NOT NULL,
        unmet_due_at timestamptz,
        recognised_met boolean NOT NULL,
        recognised_unmet_due_at timestamptz,
        position text NOT NULL,
        valid_until timestamptz,
        refreshed_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX requirement_person_summary_path_idx ON requirement_person_summary (user_path text_pattern_ops);
      CREATE TABLE requirement_unit_summary (
        user_path text NOT NULL,
        position text NOT NULL,
        required int NOT NULL,
        completed int NOT NULL,
        overdue int NOT NULL,
        covered int NOT NULL,
        recognised_completed int NOT NULL,
        recognised_overdue int NOT NULL,
        valid_until timestamptz,
        refreshed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_path, position)
      );
      CREATE INDEX requirement_unit_summary_valid_until_idx ON requirement_unit_summary (valid_until) WHERE valid_until IS NOT NULL;
      CREATE INDEX requirement_person_summary_valid_until_idx ON requirement_person_summary (valid_until) WHERE valid_until IS NOT NULL;
      CREATE INDEX requirement_person_status_requirement_path_idx ON requirement_person_status (requirement_id, user_path text_pattern_ops)
        INCLUDE (met, recognised_met, due_at, exempt, valid_until);

      INSERT INTO requirement_person_summary (user_id, user_path, required, met, unmet_due_at, recognised_met, recognised_unmet_due_at, position, valid_until)
      SELECT s.user_id, min(s.user_path), bool_or(NOT s.exempt), coalesce(bool_and(s.met) FILTER (WHERE NOT s.exempt), true),
        min(s.due_at) FILTER (WHERE NOT s.exempt AND NOT s.met), bool_and(s.recognised_met), min(s.due_at) FILTER (WHERE NOT s.recognised_met),
        coalesce(u.position, ''), min(s.valid_until)
      FROM requirement_person_status s JOIN app_user u ON u.id = s.user_id GROUP BY s.user_id, u.position;
      INSERT INTO requirement_unit_summary (user_path, position, required, completed, overdue, covered, recognised_completed, recognised_overdue, valid_until)
      SELECT p.user_path, p.position, count(*) FILTER (WHERE p.required), count(*) FILTER (WHERE p.required AND p.met),
        count(*) FILTER (WHERE p.required AND p.unmet_due_at < now()), count(*), count(*) FILTER (WHERE p.recognised_met),
        count(*) FILTER (WHERE p.recognised_unmet_due_at < now()),
        least(min(p.valid_until), min(p.unmet_due_at) FILTER (WHERE p.required AND p.unmet_due_at >= now()), min(p.recognised_unmet_due_at) FILTER (WHERE p.recognised_unmet_due_at >= now()))
      FROM requirement_person_summary p GROUP BY p.user_path, p.position;

      CREATE OR REPLACE FUNCTION mark_requirement_status_person_moved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO requirement_status_stale_person (user_id) SELECT id FROM new_rows
            ON CONFLICT (user_id) DO UPDATE SET version = EXCLUDED.version;
        ELSE
          INSERT INTO requirement_status_stale_person (user_id)
            SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE n.org_unit_id IS DISTINCT FROM o.org_unit_id OR n.audience IS DISTINCT FROM o.audience OR n.position IS DISTINCT FROM o.position
            ON CONFLICT (user_id) DO UPDATE SET version = EXCLUDED.version;
        END IF;
        RETURN NULL;
      END $$;

      CREATE FUNCTION mark_requirement_status_requirement_removed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO requirement_status_stale_person (user_id)
          SELECT DISTINCT p.user_id FROM old_rows o JOIN org_unit scope ON scope.id = o.org_unit_id
          JOIN requirement_person_summary p ON p.user_path LIKE scope.path || '%'
          ON CONFLICT (user_id) DO UPDATE SET version = EXCLUDED.version;
        RETURN NULL;
      END $$;
      CREATE TRIGGER training_requirement_deleted_marks_status AFTER DELETE ON training_requirement REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION mark_requirement_status_requirement_removed();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TRIGGER training_requirement_deleted_marks_status ON training_requirement;
      DROP FUNCTION mark_requirement_status_requirement_removed();
      CREATE OR REPLACE FUNCTION mark_requirement_status_person_moved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO requirement_status_stale_person (user_id) SELECT id FROM new_rows
            ON CONFLICT (user_id) DO UPDATE SET version = EXCLUDED.version;
        ELSE
          INSERT INTO requirement_status_stale_person (user_id)
            SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE n.org_unit_id IS DISTINCT FROM o.org_unit_id OR n.audience IS DISTINCT FROM o.audience
            ON CONFLICT (user_id) DO UPDATE SET version = EXCLUDED.version;
        END IF;
        RETURN NULL;
      END $$;
      DROP INDEX requirement_person_status_requirement_path_idx;
      DROP TABLE requirement_unit_summary;
      DROP TABLE requirement_person_summary;
    `);
  }
}
