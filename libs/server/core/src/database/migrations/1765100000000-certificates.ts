import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Certificates, one per completed enrollment (a reissue is the next issue of the same enrollment), and their
 * per-year serial counters.
 */
export class Certificates1765100000000 implements MigrationInterface {
  name = 'Certificates1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- One row per year: the next serial of that year is last_value + 1, taken under the row's lock.
      CREATE TABLE certificate_serial_counter (
        year int PRIMARY KEY,
        last_value int NOT NULL
      );

      CREATE TABLE certificate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        serial varchar(32) NOT NULL,
        enrollment_id uuid NOT NULL REFERENCES enrollment(id) ON DELETE RESTRICT,
        -- 1 for the certificate of the completion, n + 1 for the reissue of issue n
        issue_number int NOT NULL DEFAULT 1 CHECK (issue_number >= 1),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE RESTRICT,
        course_id uuid NOT NULL REFERENCES course(id) ON DELETE RESTRICT,
        course_version_id uuid NOT NULL REFERENCES course_version(id) ON DELETE RESTRICT,
        course_version int NOT NULL,
        holder_name varchar(200) NOT NULL,
        course_title varchar(255) NOT NULL,
        hours numeric(7, 2) NOT NULL,
        issuer_name varchar(255) NOT NULL,
        completed_at timestamptz NOT NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        status varchar(16) NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'REVOKED')),
        revoked_reason varchar(500),
        revoked_at timestamptz,
        revoked_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        replaces_certificate_id uuid REFERENCES certificate(id) ON DELETE RESTRICT,
        -- why an administrator reissued the certificate this one replaces (a name corrected…)
        reissue_reason varchar(500),
        status_list_id text,
        status_list_index int,
        pdf_storage_key text,
        credential jsonb,
        CONSTRAINT certificate_serial_key UNIQUE (serial),
        -- exactly once: a second run of the issuing job, or two at once, cannot add a second issue
        CONSTRAINT certificate_enrollment_issue_key UNIQUE (enrollment_id, issue_number),
        CONSTRAINT certificate_replaces_key UNIQUE (replaces_certificate_id),
        CONSTRAINT certificate_status_entry_key UNIQUE (status_list_id, status_list_index),
        CONSTRAINT certificate_revocation_complete CHECK ((status = 'REVOKED') = (revoked_at IS NOT NULL AND revoked_reason IS NOT NULL)),
        CONSTRAINT certificate_first_issue_replaces_nothing CHECK ((issue_number = 1) = (replaces_certificate_id IS NULL))
      );
      CREATE UNIQUE INDEX certificate_one_active_per_enrollment ON certificate (enrollment_id) WHERE status = 'ACTIVE';
      CREATE INDEX certificate_user_idx ON certificate (user_id, issued_at DESC);
      CREATE INDEX certificate_course_idx ON certificate (course_id);
      -- what the issuing job still has to finish (a run that died after the insert)
      -- the reconciler's look for completions without a certificate
      CREATE INDEX enrollment_completed_idx ON enrollment (completed_at) WHERE status = 'COMPLETED';
      CREATE INDEX certificate_unfinished_idx ON certificate (issued_at) WHERE pdf_storage_key IS NULL OR credential IS NULL;

    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE certificate;
      DROP INDEX enrollment_completed_idx;
      DROP TABLE certificate_serial_counter;
    `);
  }
}
