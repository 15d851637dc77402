import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Live sessions (trainings, conferences, workshops, round tables), who registered for them and who attended. */
export class LiveSessions1765400000758 implements MigrationInterface {
  name = 'LiveSessions1765400000758';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE live_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind varchar(16) NOT NULL CHECK (kind IN ('TRAINING', 'CONFERENCE', 'WORKSHOP', 'ROUND_TABLE')),
        title varchar(255) NOT NULL,
        description text NOT NULL DEFAULT '',
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        place varchar(500),
        online_url varchar(2000),
        capacity int NOT NULL CHECK (capacity > 0),
        credited_hours numeric(5, 2) NOT NULL CHECK (credited_hours >= 0),
        allow_walk_in boolean NOT NULL DEFAULT false,
        cohort_id uuid REFERENCES cohort(id) ON DELETE SET NULL,
        course_id uuid REFERENCES course(id) ON DELETE SET NULL,
        organiser_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT live_session_ends_after_start CHECK (ends_at > starts_at),
        CONSTRAINT live_session_has_a_place CHECK (num_nonnulls(place, online_url) > 0)
      );
      CREATE INDEX live_session_starts_idx ON live_session (starts_at, id);
      CREATE INDEX live_session_cohort_idx ON live_session (cohort_id);

      CREATE TABLE live_session_registration (
        session_id uuid NOT NULL REFERENCES live_session(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        status varchar(16) NOT NULL DEFAULT 'REGISTERED' CHECK (status IN ('REGISTERED', 'CANCELLED')),
        registered_at timestamptz NOT NULL DEFAULT now(),
        cancelled_at timestamptz,
        PRIMARY KEY (session_id, user_id)
      );
      CREATE INDEX live_session_registration_user_idx ON live_session_registration (user_id);

      CREATE TABLE live_session_attendance (
        session_id uuid NOT NULL REFERENCES live_session(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        checked_in_at timestamptz NOT NULL DEFAULT now(),
        hours numeric(5, 2) NOT NULL CHECK (hours >= 0),
        walk_in boolean NOT NULL DEFAULT false,
        PRIMARY KEY (session_id, user_id)
      );
      CREATE INDEX live_session_attendance_user_idx ON live_session_attendance (user_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE live_session_attendance;
      DROP TABLE live_session_registration;
      DROP TABLE live_session;
    `);
  }
}
