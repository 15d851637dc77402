import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Bitstring Status Lists of the platform's signed credentials: each row is one list of 16 KB of bits.
 * Issuing takes an index from the open list of the platform's address (a lock of that row only); revoking locks
 * its list's row. A list belongs to the address it is served at: after a move to another PUBLIC_URL, new
 * credentials go to new lists, while the old ones keep theirs.
 */
export class CredentialStatusLists1765000000000 implements MigrationInterface {
  name = 'CredentialStatusLists1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE credential_status_list (
        id varchar(32) PRIMARY KEY,
        public_url text NOT NULL,
        bits bytea NOT NULL,
        length int NOT NULL CHECK (length > 0 AND length = octet_length(bits) * 8),
        next_index int NOT NULL DEFAULT 0 CHECK (next_index >= 0 AND next_index <= length),
        version int NOT NULL DEFAULT 1,
        signed_credential jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    // The open list (the one issuing draws from) is found without reading every full one.
    await queryRunner.query(`CREATE INDEX credential_status_list_open ON credential_status_list (public_url, created_at) WHERE next_index < length`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE credential_status_list`);
  }
}
