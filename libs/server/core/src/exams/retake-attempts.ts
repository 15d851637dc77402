import type { DataSource, EntityManager } from 'typeorm';

/**
 * When a learner's attempts at an exam start counting again: the start of the latest retake under way of their
 * courses whose version has an EXAM lesson of this exam. A retake needs a pass again, so from then on only the
 * attempts started since count, toward the exam's grade and its allowed attempts (the retake gets the whole
 * allowance again); earlier attempts stay in the record. Null when no such retake runs: every attempt counts.
 * `userParam` and `examParam` are the SQL of the learner's and the exam's ids.
 */
export function attemptsCountedFromSql(userParam: string, examParam: string): string {
  return `(SELECT max(e.retake_started_at) FROM enrollment e JOIN course_version v ON v.id = e.course_version_id
            WHERE e.user_id = ${userParam} AND e.retake_started_at IS NOT NULL
              AND jsonb_path_exists(v.snapshot, '$.modules[*].lessons[*] ? (@.kind == "EXAM" && @.examId == $exam)', jsonb_build_object('exam', ${examParam}::text)))`;
}

/** attemptsCountedFromSql for each of these exams, in one query. */
export async function attemptsCountedFromOf(db: DataSource | EntityManager, userId: string, examIds: readonly string[]): Promise<Map<string, Date>> {
  if (examIds.length === 0) return new Map();
  const rows: Array<{ exam_id: string; counted_from: Date | null }> = await db.query(
    `SELECT x.exam_id, ${attemptsCountedFromSql('$1', 'x.exam_id')} AS counted_from FROM unnest($2::uuid[]) AS x(exam_id)`,
    [userId, examIds],
  );
  return new Map(rows.flatMap((row) => (row.counted_from ? [[row.exam_id, row.counted_from] as const] : [])));
}

/** The attempts that count from `countedFrom` (all of them when null). */
export function countedAttempts<T>(attempts: readonly T[], startedAtOf: (attempt: T) => Date, countedFrom: Date | null): T[] {
  return countedFrom === null ? [...attempts] : attempts.filter((attempt) => startedAtOf(attempt).getTime() >= countedFrom.getTime());
}
