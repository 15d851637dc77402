/** Runs one SQL statement with parameters: a pg Client's or a TypeORM DataSource's query. */
export type RunSql = (sql: string, params?: unknown[]) => Promise<unknown>;

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * `count` learners who completed one course, committed at once with their `enrollment.completed` outbox rows,
 * as completing a course writes them. Answers the enrollment ids.
 */
export async function insertCompletions(run: RunSql, count: number, code: string): Promise<string[]> {
  await run('BEGIN');
  const [course] = rowsOf<{ id: string }>(
    await run(`INSERT INTO course (code, title, summary, status, hours) VALUES ($1, 'Kỹ năng số cho cán bộ, công chức', 'Khóa học thử', 'PUBLISHED', 8) RETURNING id`, [code]),
  );
  const [version] = rowsOf<{ id: string }>(
    await run(`INSERT INTO course_version (course_id, version, snapshot, lesson_ids, required_lesson_ids) VALUES ($1, 1, '{"modules":[]}', '{}', '{}') RETURNING id`, [course!.id]),
  );
  const enrolled = rowsOf<{ id: string }>(
    await run(
      `WITH people AS (
         INSERT INTO app_user (full_name, email, audience)
         SELECT 'Nguyễn Văn Số ' || i, lower($4) || '.' || i || '@bentre.gov.vn', 'OFFICIAL' FROM generate_series(1, $1) AS i RETURNING id
       ), enrolled AS (
         INSERT INTO enrollment (user_id, course_id, course_version_id, status, progress, completed_at)
         SELECT id, $2, $3, 'COMPLETED', 1, now() FROM people RETURNING id, user_id, completed_at
       ), announced AS (
         INSERT INTO outbox (topic, aggregate_id, payload)
         SELECT 'enrollment.completed', id,
                jsonb_build_object('enrollmentId', id, 'userId', user_id, 'courseId', $2::uuid, 'courseVersionId', $3::uuid, 'completedAt', completed_at)
           FROM enrolled
       )
       SELECT id FROM enrolled`,
      [count, course!.id, version!.id, code],
    ),
  );
  await run('COMMIT');
  return enrolled.map((row) => row.id);
}
