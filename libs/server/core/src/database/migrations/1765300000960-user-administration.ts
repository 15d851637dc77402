import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * User administration: the Vietnamese collation lists are sorted by, accent-insensitive search of people,
 * and deactivated accounts with who deactivated them and when.
 */
export class UserAdministration1765300000960 implements MigrationInterface {
  name = 'UserAdministration1765300000960';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- PostgreSQL built with ICU predefines "vi-x-icu" in pg_catalog when the cluster is created; a cluster
      -- created otherwise gets it here, so ORDER BY … COLLATE "vi-x-icu" works on both.
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'vi-x-icu') THEN
          CREATE COLLATION public."vi-x-icu" (provider = icu, locale = 'vi');
        END IF;
      END $$;

      ALTER TABLE app_user
        ADD COLUMN created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        ADD COLUMN deactivated_at timestamptz,
        ADD COLUMN deactivated_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        ADD COLUMN search_text text GENERATED ALWAYS AS (
          lower(f_unaccent(full_name || ' ' || coalesce(email, '') || ' ' || coalesce(phone, '')))
        ) STORED;
      CREATE INDEX app_user_search_trgm_idx ON app_user USING gin (search_text gin_trgm_ops);
      CREATE INDEX app_user_name_idx ON app_user ((full_name COLLATE "vi-x-icu"), id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX app_user_name_idx;
      DROP INDEX app_user_search_trgm_idx;
      ALTER TABLE app_user DROP COLUMN search_text, DROP COLUMN deactivated_by_id, DROP COLUMN deactivated_at, DROP COLUMN created_by_id;
      DROP COLLATION IF EXISTS public."vi-x-icu";
    `);
  }
}
