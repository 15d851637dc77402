import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bulk certificate jobs of a course (issuing for its completions, reissuing its certificates): the job with
 * its progress, and the list of what it works on, fixed when it starts, so that a re-run after a kill does
 * only what is missing.
 */
export class CertificateBatches1765300000900 implements MigrationInterface {
  name = 'CertificateBatches1765300000900';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE certificate_batch (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES course(id) ON DELETE CASCADE,
        kind varchar(16) NOT NULL CHECK (kind IN ('ISSUE', 'REISSUE')),
        -- the reason the new certificates of a reissue carry
        reason varchar(500),
        state varchar(16) NOT NULL DEFAULT 'QUEUED' CHECK (state IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
        total int NOT NULL CHECK (total >= 0),
        done int NOT NULL DEFAULT 0 CHECK (done >= 0),
        failed int NOT NULL DEFAULT 0 CHECK (failed >= 0),
        started_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        error text,
        CONSTRAINT certificate_batch_counts CHECK (done + failed <= total),
        CONSTRAINT certificate_batch_reason CHECK ((kind = 'REISSUE') = (reason IS NOT NULL))
      );
      -- one bulk job per course at a time
      CREATE UNIQUE INDEX certificate_batch_one_open_per_course ON certificate_batch (course_id) WHERE state IN ('QUEUED', 'RUNNING');
      CREATE INDEX certificate_batch_course_idx ON certificate_batch (course_id, created_at DESC);

      -- an enrollment to issue for (ISSUE) or an ACTIVE certificate to reissue (REISSUE)
      CREATE TABLE certificate_batch_item (
        batch_id uuid NOT NULL REFERENCES certificate_batch(id) ON DELETE CASCADE,
        target_id uuid NOT NULL,
        state varchar(16) NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'DONE', 'FAILED')),
        error text,
        PRIMARY KEY (batch_id, target_id)
      );
      CREATE INDEX certificate_batch_item_pending_idx ON certificate_batch_item (batch_id) WHERE state = 'PENDING';
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE certificate_batch_item; DROP TABLE certificate_batch;');
  }
}
