import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence files are looked up by their uploader (the cap on one person's files waiting for a certificate) and by
 * their upload time (the hourly clean-up of files never submitted): both without reading the whole table.
 */
export class EvidenceIndexes1765600000127 implements MigrationInterface {
  name = 'EvidenceIndexes1765600000127';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX external_certificate_evidence_uploader_idx ON external_certificate_evidence (uploaded_by_id);
      CREATE INDEX external_certificate_evidence_uploaded_at_idx ON external_certificate_evidence (uploaded_at);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX external_certificate_evidence_uploaded_at_idx; DROP INDEX external_certificate_evidence_uploader_idx;');
  }
}
