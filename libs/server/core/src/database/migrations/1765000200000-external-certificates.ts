import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Certificates learners earned elsewhere, with their evidence, its check and the review. */
export class ExternalCertificates1765000200000 implements MigrationInterface {
  name = 'ExternalCertificates1765000200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE external_certificate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        holder_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        title varchar(255) NOT NULL,
        issuer_name varchar(255) NOT NULL,
        hours numeric(7, 2) NOT NULL CHECK (hours > 0),
        issued_on timestamptz NOT NULL,
        evidence_url varchar(2000),
        credential_json jsonb,
        signature_verified boolean NOT NULL DEFAULT false,
        verification_state varchar(32),
        verification_reason varchar(100),
        verification_params jsonb,
        status varchar(16) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
        review_reason text,
        reviewed_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        reviewed_at timestamptz,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status <> 'REJECTED' OR review_reason IS NOT NULL)
      )
    `);
    await queryRunner.query(`CREATE INDEX external_certificate_holder ON external_certificate (holder_id, submitted_at DESC)`);
    await queryRunner.query(`CREATE INDEX external_certificate_pending ON external_certificate (submitted_at) WHERE status = 'PENDING'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE external_certificate`);
  }
}
