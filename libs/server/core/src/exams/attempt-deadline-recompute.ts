import type { EntityManager } from 'typeorm';

/** Which attempts in progress a change reaches. At least one of the fields is set. */
export interface AttemptsInProgressFilter {
  examId?: string;
  /** The attempts of this learner (a personal override or accommodation). */
  userId?: string;
  /** The attempts of learners whose unit is in this subtree (an org-unit override). */
  orgUnitPath?: string;
}

/** An attempt whose deadline moved, for ExamDeadlineScheduler.schedule. */
export interface MovedAttempt {
  id: string;
  acceptsUntil: Date | null;
}

/** The most specific override of the attempt's learner that sets `column` (theirs, then their deepest unit's). */
const OVERRIDE_VALUE = (column: string) => `(
  SELECT x.${column} FROM exam_override x LEFT JOIN org_unit ou ON ou.id = x.org_unit_id
   WHERE x.exam_id = a.exam_id AND x.${column} IS NOT NULL AND (x.user_id = a.user_id OR mine.path LIKE ou.path || '%')
   ORDER BY (x.user_id IS NOT NULL) DESC, length(ou.path) DESC
   LIMIT 1)`;

/**
 * Recomputes, in one statement, the time multiplier, deadline and last accepted moment of every attempt in
 * progress that the filter names, from the exam and the learner's overrides and accommodation as they are now:
 * the formula of computeAttemptDeadline (`min(start + limit × multiplier, close) + extension`, plus the grace)
 * and the precedence of mergeExamSettings, written in SQL so that a whole unit's subtree moves at once.
 * Answers the attempts that moved; an attempt submitted meanwhile is left alone.
 */
export async function recomputeAttemptDeadlines(manager: EntityManager, filter: AttemptsInProgressFilter): Promise<MovedAttempt[]> {
  const params: unknown[] = [];
  const where = [`a.state = 'IN_PROGRESS'`];
  if (filter.examId !== undefined) where.push(`a.exam_id = $${params.push(filter.examId)}`);
  if (filter.userId !== undefined) where.push(`a.user_id = $${params.push(filter.userId)}`);
  if (filter.orgUnitPath !== undefined) where.push(`mine.path LIKE $${params.push(filter.orgUnitPath)} || '%'`);
  if (where.length === 1) throw new Error('recomputeAttemptDeadlines needs an exam, a learner or a unit');
  const [rows]: [Array<{ id: string; accepts_until: Date | null }>, number] = await manager.query(
    `WITH target AS (
       SELECT a.id, a.started_at, a.extension_seconds, e.time_limit_seconds, e.grace_seconds,
              greatest(coalesce(${OVERRIDE_VALUE('time_multiplier')}, 1), coalesce(acc.time_multiplier, 1), 1) AS multiplier,
              coalesce(${OVERRIDE_VALUE('closes_at')}, e.closes_at) AS closes_at
         FROM exam_attempt a
         JOIN exam e ON e.id = a.exam_id
         JOIN app_user u ON u.id = a.user_id
         LEFT JOIN org_unit mine ON mine.id = u.org_unit_id
         LEFT JOIN learner_accommodation acc ON acc.user_id = a.user_id
        WHERE ${where.join(' AND ')}
     ), computed AS (
       SELECT id, multiplier, grace_seconds,
              least(started_at + round(time_limit_seconds * multiplier::numeric * 1000) * interval '1 millisecond', closes_at)
                + extension_seconds * interval '1 second' AS deadline
         FROM target
     )
     UPDATE exam_attempt a
        SET time_multiplier = c.multiplier,
            deadline = c.deadline,
            accepts_until = c.deadline + c.grace_seconds * interval '1 second'
       FROM computed c
      WHERE a.id = c.id AND a.state = 'IN_PROGRESS'
        AND (a.time_multiplier <> c.multiplier OR a.deadline IS DISTINCT FROM c.deadline
             OR a.accepts_until IS DISTINCT FROM c.deadline + c.grace_seconds * interval '1 second')
     RETURNING a.id, a.accepts_until`,
    params,
  );
  return rows.map((row) => ({ id: row.id, acceptsUntil: row.accepts_until }));
}
