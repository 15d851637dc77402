import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Courses1764300000000 implements MigrationInterface {
  name = 'Courses1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
      CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

      -- unaccent() is STABLE (its dictionary could change); this wrapper names the dictionary so the
      -- expression can be declared IMMUTABLE and indexed.
      CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

      CREATE TABLE course (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(64) NOT NULL,
        title varchar(255) NOT NULL,
        summary text NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
        -- the workflow of the next version of a published course: null while the content equals the live version
        revision_status varchar(16) CHECK (revision_status IN ('DRAFT', 'IN_REVIEW')),
        hours numeric(7, 2) NOT NULL CHECK (hours >= 0),
        cover_image_url text,
        prerequisite_codes text[] NOT NULL DEFAULT '{}',
        review_comment text,
        live_version_id uuid,
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        submitted_at timestamptz,
        published_at timestamptz,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- Search: title and summary lower-cased without Vietnamese marks, whole and as words.
        search_document text GENERATED ALWAYS AS (lower(f_unaccent(title || ' ' || summary))) STORED,
        search_title text GENERATED ALWAYS AS (lower(f_unaccent(title))) STORED,
        search_words text[] GENERATED ALWAYS AS (
          array_remove(regexp_split_to_array(lower(f_unaccent(title || ' ' || summary)), '[^[:alnum:]]+'), '')
        ) STORED,
        CONSTRAINT course_code_key UNIQUE (code),
        CONSTRAINT course_revision_only_when_published CHECK (revision_status IS NULL OR status = 'PUBLISHED')
      );
      CREATE INDEX course_search_trgm_idx ON course USING gin (search_document gin_trgm_ops);
      CREATE INDEX course_search_words_idx ON course USING gin (search_words);

      -- Every word of every course, so a mistyped search word is corrected against a small list (one
      -- trigram lookup per word) instead of comparing the term with every course.
      CREATE TABLE course_search_word (word text PRIMARY KEY);
      CREATE INDEX course_search_word_trgm_idx ON course_search_word USING gin (word gin_trgm_ops);
      CREATE FUNCTION course_search_words_collect() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Numbers are matched as typed, never corrected: they stay out of the list.
        INSERT INTO course_search_word (word)
          SELECT DISTINCT w FROM unnest(NEW.search_words) AS w WHERE w !~ '^[0-9]+$' ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$;
      CREATE TRIGGER course_search_words_collect AFTER INSERT OR UPDATE OF title, summary ON course
        FOR EACH ROW EXECUTE FUNCTION course_search_words_collect();
      CREATE INDEX course_status_title_idx ON course (status, title, id);
      CREATE INDEX course_creator_idx ON course (created_by_id);

      CREATE TABLE course_author (
        course_id uuid NOT NULL REFERENCES course(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (course_id, user_id)
      );
      CREATE INDEX course_author_user_idx ON course_author (user_id);

      CREATE TABLE course_track (
        course_id uuid NOT NULL REFERENCES course(id) ON DELETE CASCADE,
        track_id uuid NOT NULL REFERENCES track(id) ON DELETE CASCADE,
        position int NOT NULL,
        mandatory boolean NOT NULL DEFAULT false,
        PRIMARY KEY (course_id, track_id)
      );
      CREATE INDEX course_track_track_idx ON course_track (track_id, position);

      CREATE TABLE lesson_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(255) NOT NULL,
        size bigint NOT NULL,
        mime_type varchar(128) NOT NULL,
        storage_key text NOT NULL,
        uploaded_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      -- The working copy of a course's content; published versions are frozen in course_version.
      CREATE TABLE course_module (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES course(id) ON DELETE CASCADE,
        title varchar(255) NOT NULL,
        position int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX course_module_course_idx ON course_module (course_id, position);

      CREATE TABLE lesson (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        module_id uuid NOT NULL REFERENCES course_module(id) ON DELETE CASCADE,
        course_id uuid NOT NULL REFERENCES course(id) ON DELETE CASCADE,
        title varchar(255) NOT NULL,
        kind varchar(16) NOT NULL CHECK (kind IN ('TEXT', 'VIDEO', 'FILE', 'EXAM')),
        position int NOT NULL,
        body text,
        video_url text,
        transcript text,
        file_id uuid REFERENCES lesson_file(id) ON DELETE RESTRICT,
        exam_id uuid,
        required boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX lesson_module_idx ON lesson (module_id, position);
      CREATE INDEX lesson_course_idx ON lesson (course_id);

      CREATE TABLE course_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES course(id) ON DELETE CASCADE,
        version int NOT NULL,
        snapshot jsonb NOT NULL,
        -- lesson ids of the snapshot, to find a learner's enrollment from a lesson with one indexed lookup
        lesson_ids uuid[] NOT NULL,
        required_lesson_ids uuid[] NOT NULL,
        published_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT course_version_number_key UNIQUE (course_id, version)
      );
      CREATE INDEX course_version_lessons_idx ON course_version USING gin (lesson_ids);
      ALTER TABLE course ADD CONSTRAINT course_live_version_fkey
        FOREIGN KEY (live_version_id) REFERENCES course_version(id) ON DELETE SET NULL;

      CREATE TABLE enrollment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        course_id uuid NOT NULL REFERENCES course(id) ON DELETE CASCADE,
        course_version_id uuid NOT NULL REFERENCES course_version(id) ON DELETE RESTRICT,
        status varchar(16) NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'COMPLETED', 'WITHDRAWN')),
        source varchar(16) NOT NULL DEFAULT 'SELF' CHECK (source IN ('SELF', 'ASSIGNED')),
        completed_lesson_ids uuid[] NOT NULL DEFAULT '{}',
        progress real NOT NULL DEFAULT 0 CHECK (progress >= 0 AND progress <= 1),
        due_at timestamptz,
        enrolled_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        withdrawn_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT enrollment_user_course_key UNIQUE (user_id, course_id)
      );
      CREATE INDEX enrollment_course_idx ON enrollment (course_id, status);
      CREATE INDEX enrollment_version_idx ON enrollment (course_version_id);

      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        topic text NOT NULL,
        aggregate_id uuid NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      );
      CREATE INDEX outbox_unpublished_idx ON outbox (id) WHERE published_at IS NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE outbox;
      DROP TABLE enrollment;
      ALTER TABLE course DROP CONSTRAINT course_live_version_fkey;
      DROP TABLE course_version;
      DROP TABLE lesson;
      DROP TABLE course_module;
      DROP TABLE lesson_file;
      DROP TABLE course_track;
      DROP TABLE course_author;
      DROP TABLE course;
      DROP FUNCTION course_search_words_collect();
      DROP TABLE course_search_word;
      DROP FUNCTION f_unaccent(text);
    `);
  }
}
