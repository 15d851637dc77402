import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QuestionBank1764200000000 implements MigrationInterface {
  name = 'QuestionBank1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE question_bank (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title varchar(255) NOT NULL,
        owner_id uuid NOT NULL REFERENCES app_user(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX question_bank_owner_idx ON question_bank (owner_id, created_at);

      CREATE TABLE question_bank_member (
        bank_id uuid NOT NULL REFERENCES question_bank(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        role varchar(16) NOT NULL DEFAULT 'CO_AUTHOR' CHECK (role IN ('CO_AUTHOR')),
        added_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (bank_id, user_id)
      );
      CREATE INDEX question_bank_member_user_idx ON question_bank_member (user_id);

      -- A category is a path of segments from "top"; its parent is the path without the last segment.
      CREATE TABLE question_category (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        bank_id uuid NOT NULL REFERENCES question_bank(id) ON DELETE CASCADE,
        path text NOT NULL,
        segments text[] NOT NULL,
        info text NOT NULL DEFAULT '',
        info_format varchar(16) NOT NULL DEFAULT 'moodle',
        id_number varchar(100),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT question_category_path_key UNIQUE (bank_id, path),
        CONSTRAINT question_category_rooted CHECK (segments[1] = 'top')
      );

      CREATE TABLE question (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        bank_id uuid NOT NULL REFERENCES question_bank(id) ON DELETE CASCADE,
        category_id uuid NOT NULL REFERENCES question_category(id),
        current_version_id uuid NOT NULL,
        id_number varchar(100),
        tags text[] NOT NULL DEFAULT '{}',
        ordinal int NOT NULL DEFAULT 0,
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      );
      CREATE INDEX question_bank_live_idx ON question (bank_id, category_id, created_at, ordinal) WHERE deleted_at IS NULL;
      CREATE INDEX question_category_idx ON question (category_id);

      -- Immutable: an attempt that used a version keeps reading exactly what it showed.
      CREATE TABLE question_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        question_id uuid NOT NULL REFERENCES question(id) ON DELETE CASCADE,
        version int NOT NULL CHECK (version >= 1),
        type varchar(32) NOT NULL CHECK (type IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE', 'SHORT_ANSWER',
          'NUMERIC', 'MATCHING', 'ESSAY', 'DESCRIPTION')),
        content jsonb NOT NULL,
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT question_version_number_key UNIQUE (question_id, version)
      );
      ALTER TABLE question ADD CONSTRAINT question_current_version_fk
        FOREIGN KEY (current_version_id) REFERENCES question_version(id) DEFERRABLE INITIALLY DEFERRED;
      CREATE INDEX question_current_version_idx ON question (current_version_id);

      CREATE FUNCTION question_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'question_version rows are immutable: edit a question by adding a version';
      END
      $$;
      CREATE TRIGGER question_version_no_update BEFORE UPDATE ON question_version
        FOR EACH ROW EXECUTE FUNCTION question_version_immutable();

      CREATE TABLE question_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        bank_id uuid NOT NULL REFERENCES question_bank(id) ON DELETE CASCADE,
        question_id uuid REFERENCES question(id) ON DELETE CASCADE,
        name varchar(255) NOT NULL,
        mime_type varchar(127) NOT NULL,
        size_bytes int NOT NULL,
        sha256 varchar(64) NOT NULL,
        data bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX question_file_question_idx ON question_file (question_id);
      CREATE INDEX question_file_bank_idx ON question_file (bank_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE question_file;
      ALTER TABLE question DROP CONSTRAINT question_current_version_fk;
      DROP TABLE question_version;
      DROP FUNCTION question_version_immutable();
      DROP TABLE question;
      DROP TABLE question_category;
      DROP TABLE question_bank_member;
      DROP TABLE question_bank;
    `);
  }
}
