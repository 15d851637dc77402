import type { DataSource, EntityManager } from 'typeorm';

/** One completion of an enrollment, as its history shows it. */
export interface CourseCompletionView {
  enrollmentId: string;
  /** 1 for the first completion, one more for each retake completed. */
  completionNumber: number;
  completedAt: Date;
  /** The number of the course version completed. */
  courseVersion: number;
}

/** The completions an enrollment's history answers at most: the latest ones (a yearly renewal makes one a year). */
export const COMPLETIONS_LISTED_MAX = 50;

/** The completions of these enrollments, the first first, at most COMPLETIONS_LISTED_MAX (the latest) each. */
export async function completionsOfEnrollments(db: DataSource | EntityManager, enrollmentIds: readonly string[]): Promise<Map<string, CourseCompletionView[]>> {
  const byEnrollment = new Map<string, CourseCompletionView[]>(enrollmentIds.map((id) => [id, []]));
  if (enrollmentIds.length === 0) return byEnrollment;
  const rows: Array<{ enrollment_id: string; completion_number: number; completed_at: Date; version: number }> = await db.query(
    `SELECT enrollment_id, completion_number, completed_at, version FROM (
       SELECT cc.enrollment_id, cc.completion_number, cc.completed_at, v.version,
              row_number() OVER (PARTITION BY cc.enrollment_id ORDER BY cc.completion_number DESC) AS latest
         FROM course_completion cc JOIN course_version v ON v.id = cc.course_version_id
        WHERE cc.enrollment_id = ANY($1::uuid[])
     ) listed
     WHERE latest <= $2
     ORDER BY enrollment_id, completion_number`,
    [enrollmentIds, COMPLETIONS_LISTED_MAX],
  );
  for (const row of rows) {
    byEnrollment.get(row.enrollment_id)?.push({ enrollmentId: row.enrollment_id, completionNumber: row.completion_number, completedAt: row.completed_at, courseVersion: row.version });
  }
  return byEnrollment;
}
