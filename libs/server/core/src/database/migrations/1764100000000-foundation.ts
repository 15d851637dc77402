import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1764100000000 implements MigrationInterface {
  name = 'Foundation1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE org_unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(64) NOT NULL,
        name varchar(255) NOT NULL,
        kind varchar(64) NOT NULL,
        parent_id uuid REFERENCES org_unit(id) ON DELETE RESTRICT,
        path text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT org_unit_code_key UNIQUE (code),
        CONSTRAINT org_unit_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
      );
      CREATE INDEX org_unit_parent_idx ON org_unit (parent_id);
      CREATE INDEX org_unit_path_idx ON org_unit (path text_pattern_ops);

      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        full_name varchar(200) NOT NULL,
        email varchar(320),
        phone varchar(32),
        password_hash text,
        audience varchar(32) NOT NULL DEFAULT 'CITIZEN'
          CHECK (audience IN ('CITIZEN', 'OFFICIAL', 'LEADER', 'SME', 'VILLAGE_HEAD')),
        org_unit_id uuid REFERENCES org_unit(id) ON DELETE RESTRICT,
        position varchar(200),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_email_key UNIQUE (email),
        CONSTRAINT app_user_email_normalised CHECK (email = lower(btrim(email)))
      );
      CREATE INDEX app_user_org_unit_idx ON app_user (org_unit_id);
      CREATE INDEX app_user_created_idx ON app_user (created_at, id);

      CREATE TABLE role_grant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        role varchar(32) NOT NULL CHECK (role IN ('LEARNER', 'TRAINER', 'UNIT_MANAGER', 'ADMIN')),
        org_unit_id uuid REFERENCES org_unit(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT role_grant_scope CHECK ((role = 'UNIT_MANAGER') = (org_unit_id IS NOT NULL)),
        CONSTRAINT role_grant_unique UNIQUE NULLS NOT DISTINCT (user_id, role, org_unit_id)
      );
      CREATE INDEX role_grant_org_unit_idx ON role_grant (org_unit_id);

      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash varchar(64) NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT refresh_token_hash_key UNIQUE (token_hash)
      );
      CREATE INDEX refresh_token_family_idx ON refresh_token (family_id);
      CREATE INDEX refresh_token_user_idx ON refresh_token (user_id);

      CREATE TABLE password_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash varchar(64) NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT password_token_hash_key UNIQUE (token_hash)
      );
      CREATE INDEX password_token_user_idx ON password_token (user_id);

      CREATE TABLE track (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(64) NOT NULL,
        title varchar(255) NOT NULL,
        description text NOT NULL,
        title_en varchar(255),
        description_en text,
        audiences text[] NOT NULL DEFAULT '{}',
        position int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT track_code_key UNIQUE (code)
      );

      CREATE TABLE official_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_by_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        scope_org_unit_id uuid REFERENCES org_unit(id) ON DELETE SET NULL,
        file_name varchar(255) NOT NULL,
        content text NOT NULL,
        status varchar(16) NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
        total_rows int NOT NULL,
        processed_rows int NOT NULL DEFAULT 0,
        created_count int NOT NULL DEFAULT 0,
        updated_count int NOT NULL DEFAULT 0,
        rejected_count int NOT NULL DEFAULT 0,
        rejected_rows jsonb NOT NULL DEFAULT '[]'::jsonb,
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      );
      CREATE INDEX official_import_status_idx ON official_import (status, created_at);
      CREATE INDEX official_import_creator_idx ON official_import (created_by_id, created_at DESC);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE official_import;
      DROP TABLE track;
      DROP TABLE password_token;
      DROP TABLE refresh_token;
      DROP TABLE role_grant;
      DROP TABLE app_user;
      DROP TABLE org_unit;
    `);
  }
}
