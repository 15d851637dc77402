import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Who sent a course (or its revision) to review, beside when: the review queue shows both. */
export class CourseSubmitter1765400000283 implements MigrationInterface {
  name = 'CourseSubmitter1765400000283';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE course ADD COLUMN submitted_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE course DROP COLUMN submitted_by_id`);
  }
}
