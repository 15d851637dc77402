import { type EntityManager, In } from 'typeorm';
import { EnrollmentEntity } from '../enrollments/enrollment.entity';
import { completeLessonsOf } from '../enrollments/lesson-completion';
import { gradeByMethod, passed as passesMark } from './grading/exam-grade';
import { ExamEntity } from './exam.entity';
import { attemptsCountedFromSql, countedAttempts } from './retake-attempts';

/** What a learner's graded attempts at an exam add up to, and the enrollments whose EXAM lessons it completed. */
export interface ExamOutcome {
  /** The exam grade by its grading method over the graded attempts; null before one is graded. */
  gradePercent: number | null;
  passed: boolean;
  /** Enrollments in which an EXAM lesson of this exam was marked done by this call. */
  enrollments: EnrollmentEntity[];
}

/**
 * Records the learner's exam grade after an attempt is graded (at submit, by hand, or by a regrade), in the
 * caller's transaction. When it passes, every EXAM lesson with this exam is marked done in the learner's
 * enrollments whose version includes it, in that same transaction, so that a course it completes writes its
 * outbox row with the grade. A pass, once recorded, stays: a later worse attempt does not take a lesson back. A
 * retake needs a pass again: in an enrollment whose retake is under way, only the attempts started since the retake
 * began are graded (retake-attempts.ts).
 */
export async function recordExamOutcome(manager: EntityManager, examId: string, userId: string): Promise<ExamOutcome> {
  const exam = await manager.findOneOrFail(ExamEntity, { where: { id: examId } });
  const rows: Array<{ started_at: Date | null; score_percent: number | null; counted_from: Date | null }> = await manager.query(
    `SELECT a.started_at, a.score_percent, clock.counted_from
       FROM (SELECT ${attemptsCountedFromSql('$2::uuid', '$1::uuid')} AS counted_from) AS clock
       LEFT JOIN exam_attempt a ON a.exam_id = $1 AND a.user_id = $2 AND a.state = 'GRADED'`,
    [examId, userId],
  );
  const graded = rows.flatMap((row) => (row.started_at ? [{ startedAt: row.started_at, percent: row.score_percent }] : []));
  const gradeFrom = (countedFrom: Date | null) => gradeByMethod(countedAttempts(graded, (attempt) => attempt.startedAt, countedFrom), exam.gradingMethod);
  const passesFrom = (countedFrom: Date | null) => {
    const grade = gradeFrom(countedFrom);
    return grade !== null && passesMark(grade, exam.passPercent);
  };
  const gradePercent = gradeFrom(null);
  const passed = passesFrom(null);
  const retakeUnderWay = rows[0]?.counted_from !== null && rows[0]?.counted_from !== undefined;
  if (!passed && !retakeUnderWay) return { gradePercent, passed, enrollments: [] };
  const found: Array<{ id: string; required_lesson_ids: string[]; exam_lesson_ids: string[] }> = await manager.query(
    `SELECT e.id, v.required_lesson_ids,
            ARRAY(SELECT jsonb_array_elements_text(
                    jsonb_path_query_array(v.snapshot, '$.modules[*].lessons[*] ? (@.kind == "EXAM" && @.examId == $exam).id', jsonb_build_object('exam', $2::text))
                  )) AS exam_lesson_ids
       FROM enrollment e JOIN course_version v ON v.id = e.course_version_id
      WHERE e.user_id = $1 AND e.status IN ('ACTIVE', 'COMPLETED')
        AND jsonb_path_exists(v.snapshot, '$.modules[*].lessons[*] ? (@.kind == "EXAM" && @.examId == $exam)', jsonb_build_object('exam', $2::text))
      ORDER BY e.id
      FOR UPDATE OF e`,
    [userId, examId],
  );
  if (found.length === 0) return { gradePercent, passed, enrollments: [] };
  const locked = new Map((await manager.find(EnrollmentEntity, { where: { id: In(found.map((row) => row.id)) } })).map((enrollment) => [enrollment.id, enrollment]));
  const enrollments: EnrollmentEntity[] = [];
  for (const row of found) {
    const enrollment = locked.get(row.id) as EnrollmentEntity;
    if (row.exam_lesson_ids.every((id) => enrollment.completedLessonIds.includes(id))) continue;
    if (!passesFrom(enrollment.retakeStartedAt)) continue;
    enrollments.push(await completeLessonsOf(manager, enrollment, row.required_lesson_ids, row.exam_lesson_ids));
  }
  return { gradePercent, passed, enrollments };
}
