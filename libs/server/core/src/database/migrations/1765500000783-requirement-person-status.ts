import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where every covered person stands on each requirement, stored so the compliance reports read rows instead of
 * recomputing every person's courses, hours, exemptions and extensions on each request. A row holds until
 * `valid_until` (the moment time alone would change it: a recurrence running out, hours leaving their window, a due
 * date counted from a coverage not yet recorded); overdue is decided when reading, from `due_at`.
 *
 * Triggers mark as stale, in the same transaction as the change, the people (an enrollment, an external
 * certificate, an attendance, an exemption, an extension, a coverage, a move or a new audience, a unit moved in the
 * tree, a course's hours) and the requirements (edited, a track's mandatory courses) whose rows may no longer hold.
 * The reports compute the stale ones from the live tables, so they are exact at once; the worker then refreshes
 * their rows. A mark carries a version: a refresh removes only the mark it read, never one a later change renewed.
 */
export class RequirementPersonStatus1765500000783 implements MigrationInterface {
  name = 'RequirementPersonStatus1765500000783';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE requirement_person_status (
        requirement_id uuid NOT NULL REFERENCES training_requirement(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        user_path text NOT NULL,
        met boolean NOT NULL,
        recognised_met boolean NOT NULL,
        completed_at timestamptz,
        base_due_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        extended boolean NOT NULL,
        exempt boolean NOT NULL,
        started boolean NOT NULL,
        valid_until timestamptz,
        refreshed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (requirement_id, user_id)
      );
      CREATE INDEX requirement_person_status_user_idx ON requirement_person_status (user_id);
      CREATE INDEX requirement_person_status_path_idx ON requirement_person_status (user_path text_pattern_ops, requirement_id);
      CREATE INDEX requirement_person_status_valid_until_idx ON requirement_person_status (valid_until) WHERE valid_until IS NOT NULL;

      CREATE SEQUENCE requirement_status_mark_version;
      CREATE TABLE requirement_status_stale_person (
        user_id uuid PRIMARY KEY,
        version bigint NOT NULL DEFAULT nextval('requirement_status_mark_version')
      );
      CREATE TABLE requirement_status_stale_requirement (
        requirement_id uuid PRIMARY KEY,
        version bigint NOT NULL DEFAULT nextval('requirement_status_mark_version')
      );

      CREATE FUNCTION mark_requirement_status_people_stale() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        person_column text := TG_ARGV[0];
      BEGIN
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          EXECUTE format('INSERT INTO requirement_status_stale_person (user_id) SELECT DISTINCT %I FROM new_rows WHERE %I IS NOT NULL
            ON CONFLICT (user_id) DO UPDATE SET version = EXCLUDED.version', person_column, person_column);
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          EXECUTE format('INSERT INTO requirement_status_stale_person (user_id) SELECT DISTINCT %I FROM old_rows WHERE %I IS NOT NULL
            ON CONFLICT (user_id) DO UPDATE SET version = EXCLUDED.version', person_column, person_column);
        END IF;
        RETURN NULL;
      END $$;

      CREATE FUNCTION mark_requirement_status_person_moved() RETURNS trigger LANGUAGE plpgsql AS $$
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

      CREATE FUNCTION mark_requirement_status_unit_moved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO requirement_status_stale_person (user_id)
          SELECT DISTINCT s.user_id FROM new_rows n JOIN old_rows o ON o.id = n.id AND o.path IS DISTINCT FROM n.path
          JOIN requirement_person_status s ON s.user_path LIKE o.path || '%'
          ON CONFLICT (user_id) DO UPDATE SET version = EXCLUDED.version;
        INSERT INTO requirement_status_stale_person (user_id)
          SELECT DISTINCT u.id FROM new_rows n JOIN old_rows o ON o.id = n.id AND o.path IS DISTINCT FROM n.path
          JOIN org_unit ou ON ou.path LIKE n.path || '%' JOIN app_user u ON u.org_unit_id = ou.id
          ON CONFLICT (user_id) DO UPDATE SET version = EXCLUDED.version;
        RETURN NULL;
      END $$;

      CREATE FUNCTION mark_requirement_status_course_hours_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO requirement_status_stale_person (user_id)
          SELECT DISTINCT e.user_id FROM new_rows n JOIN old_rows o ON o.id = n.id AND o.hours IS DISTINCT FROM n.hours
          JOIN enrollment e ON e.course_id = n.id AND e.status = 'COMPLETED'
          ON CONFLICT (user_id) DO UPDATE SET version = EXCLUDED.version;
        RETURN NULL;
      END $$;

      CREATE FUNCTION mark_requirement_status_requirements_stale() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO requirement_status_stale_requirement (requirement_id) SELECT id FROM new_rows
            ON CONFLICT (requirement_id) DO UPDATE SET version = EXCLUDED.version;
        END IF;
        RETURN NULL;
      END $$;

      CREATE FUNCTION mark_requirement_status_track_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO requirement_status_stale_requirement (requirement_id)
            SELECT r.id FROM training_requirement r WHERE r.track_id IN (SELECT track_id FROM new_rows)
            ON CONFLICT (requirement_id) DO UPDATE SET version = EXCLUDED.version;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          INSERT INTO requirement_status_stale_requirement (requirement_id)
            SELECT r.id FROM training_requirement r WHERE r.track_id IN (SELECT track_id FROM old_rows)
            ON CONFLICT (requirement_id) DO UPDATE SET version = EXCLUDED.version;
        END IF;
        RETURN NULL;
      END $$;
    `);
    for (const [table, personColumn] of [
      ['enrollment', 'user_id'],
      ['external_certificate', 'holder_id'],
      ['live_session_attendance', 'user_id'],
      ['requirement_exemption', 'user_id'],
      ['requirement_extension', 'user_id'],
      ['requirement_coverage', 'user_id'],
    ]) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_inserted_marks_status AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION mark_requirement_status_people_stale('${personColumn}');
        CREATE TRIGGER ${table}_updated_marks_status AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION mark_requirement_status_people_stale('${personColumn}');
        CREATE TRIGGER ${table}_deleted_marks_status AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
          FOR EACH STATEMENT EXECUTE FUNCTION mark_requirement_status_people_stale('${personColumn}');
      `);
    }
    await queryRunner.query(`
      CREATE TRIGGER app_user_inserted_marks_status AFTER INSERT ON app_user REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION mark_requirement_status_person_moved();
      CREATE TRIGGER app_user_updated_marks_status AFTER UPDATE ON app_user REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION mark_requirement_status_person_moved();
      CREATE TRIGGER org_unit_updated_marks_status AFTER UPDATE ON org_unit REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION mark_requirement_status_unit_moved();
      CREATE TRIGGER course_updated_marks_status AFTER UPDATE ON course REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION mark_requirement_status_course_hours_changed();
      CREATE TRIGGER training_requirement_inserted_marks_status AFTER INSERT ON training_requirement REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION mark_requirement_status_requirements_stale();
      CREATE TRIGGER training_requirement_updated_marks_status AFTER UPDATE ON training_requirement REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION mark_requirement_status_requirements_stale();
      CREATE TRIGGER course_track_inserted_marks_status AFTER INSERT ON course_track REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION mark_requirement_status_track_changed();
      CREATE TRIGGER course_track_updated_marks_status AFTER UPDATE ON course_track REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION mark_requirement_status_track_changed();
      CREATE TRIGGER course_track_deleted_marks_status AFTER DELETE ON course_track REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION mark_requirement_status_track_changed();
      INSERT INTO requirement_status_stale_requirement (requirement_id) SELECT id FROM training_requirement;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TRIGGER course_track_deleted_marks_status ON course_track;
      DROP TRIGGER course_track_updated_marks_status ON course_track;
      DROP TRIGGER course_track_inserted_marks_status ON course_track;
      DROP TRIGGER training_requirement_updated_marks_status ON training_requirement;
      DROP TRIGGER training_requirement_inserted_marks_status ON training_requirement;
      DROP TRIGGER course_updated_marks_status ON course;
      DROP TRIGGER org_unit_updated_marks_status ON org_unit;
      DROP TRIGGER app_user_updated_marks_status ON app_user;
      DROP TRIGGER app_user_inserted_marks_status ON app_user;
    `);
    for (const table of ['enrollment', 'external_certificate', 'live_session_attendance', 'requirement_exemption', 'requirement_extension', 'requirement_coverage']) {
      await queryRunner.query(`
        DROP TRIGGER ${table}_deleted_marks_status ON ${table};
        DROP TRIGGER ${table}_updated_marks_status ON ${table};
        DROP TRIGGER ${table}_inserted_marks_status ON ${table};
      `);
    }
    await queryRunner.query(`
      DROP FUNCTION mark_requirement_status_track_changed();
      DROP FUNCTION mark_requirement_status_requirements_stale();
      DROP FUNCTION mark_requirement_status_course_hours_changed();
      DROP FUNCTION mark_requirement_status_unit_moved();
      DROP FUNCTION mark_requirement_status_person_moved();
      DROP FUNCTION mark_requirement_status_people_stale();
      DROP TABLE requirement_status_stale_requirement;
      DROP TABLE requirement_status_stale_person;
      DROP SEQUENCE requirement_status_mark_version;
      DROP TABLE requirement_person_status;
    `);
  }
}
