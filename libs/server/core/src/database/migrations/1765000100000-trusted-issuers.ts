import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The did:web issuers administrators trust, each with the DID document they checked. */
export class TrustedIssuers1765000100000 implements MigrationInterface {
  name = 'TrustedIssuers1765000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE trusted_issuer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        did varchar(500) NOT NULL UNIQUE,
        name varchar(200) NOT NULL,
        logo_url varchar(2000),
        did_document jsonb NOT NULL,
        added_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE trusted_issuer`);
  }
}
