import type { MigrationInterface, QueryRunner } from 'typeorm';

/** External certificate evidence as an uploaded file (PDF, JPEG, PNG), attached to one submission. */
export class ExternalCertificateEvidence1765300000901 implements MigrationInterface {
  name = 'ExternalCertificateEvidence1765300000901';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE external_certificate_evidence (
        id uuid PRIMARY KEY,
        uploaded_by_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        name varchar(255) NOT NULL,
        size int NOT NULL CHECK (size > 0),
        mime_type varchar(64) NOT NULL CHECK (mime_type IN ('application/pdf', 'image/jpeg', 'image/png')),
        storage_key text NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now()
      );
      -- a file is the evidence of one submission at most
      ALTER TABLE external_certificate
        ADD COLUMN evidence_file_id uuid REFERENCES external_certificate_evidence(id) ON DELETE SET NULL,
        ADD CONSTRAINT external_certificate_evidence_file_key UNIQUE (evidence_file_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE external_certificate DROP COLUMN evidence_file_id; DROP TABLE external_certificate_evidence;');
  }
}
