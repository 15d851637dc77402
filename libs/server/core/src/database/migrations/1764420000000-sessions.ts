import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A session (what a sign-in starts) becomes a row of its own: access tokens name it, ending it is one row
 * update, and every rotation of its refresh tokens locks it first. The refresh-token families become
 * sessions; a family whose tokens were all revoked becomes an ended session.
 */
export class Sessions1764420000000 implements MigrationInterface {
  name = 'Sessions1764420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE auth_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz
      );
      CREATE INDEX auth_session_live_user_idx ON auth_session (user_id) WHERE ended_at IS NULL;

      INSERT INTO auth_session (id, user_id, created_at, ended_at)
        SELECT family_id, user_id, min(created_at), CASE WHEN bool_and(revoked_at IS NOT NULL) THEN max(revoked_at) END
          FROM refresh_token GROUP BY family_id, user_id;

      ALTER TABLE refresh_token RENAME COLUMN family_id TO session_id;
      ALTER INDEX refresh_token_family_idx RENAME TO refresh_token_session_idx;
      ALTER TABLE refresh_token
        ADD CONSTRAINT refresh_token_session_fkey FOREIGN KEY (session_id) REFERENCES auth_session(id) ON DELETE CASCADE,
        DROP COLUMN revoked_at;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE refresh_token ADD COLUMN revoked_at timestamptz, DROP CONSTRAINT refresh_token_session_fkey;
      UPDATE refresh_token t SET revoked_at = s.ended_at FROM auth_session s WHERE s.id = t.session_id AND s.ended_at IS NOT NULL;
      ALTER INDEX refresh_token_session_idx RENAME TO refresh_token_family_idx;
      ALTER TABLE refresh_token RENAME COLUMN session_id TO family_id;
      DROP TABLE auth_session;
    `);
  }
}
