import type { EntityManager } from 'typeorm';
import { writeCompletionAudit } from '../compliance/requirement-completion-audit';
import { OUTBOX_TOPICS, type EnrollmentCompletedPayload } from '../outbox/outbox-topics';
import { writeOutbox } from '../outbox/outbox-writer';
import { EnrollmentEntity } from './enrollment.entity';
import { computeProgress } from './progress';

/**
 * Marks lessons of an enrollment done inside the caller's transaction, which holds the enrollment row lock.
 * Idempotent. When the last required lesson is done, an ACTIVE enrollment becomes COMPLETED, and a retake under
 * way completes as the next completion (a new `completed_at`, the retake mark cleared); either way an
 * `enrollment.completed` outbox row and the requirements' audit entries are written in the same transaction:
 * completing a lesson and passing an exam both end here.
 */
export async function completeLessonsOf(
  manager: EntityManager,
  enrollment: EnrollmentEntity,
  requiredLessonIds: readonly string[],
  lessonIds: readonly string[],
): Promise<EnrollmentEntity> {
  const added = lessonIds.filter((id, index) => !enrollment.completedLessonIds.includes(id) && lessonIds.indexOf(id) === index);
  if (added.length === 0) return enrollment;
  const completedLessonIds = [...enrollment.completedLessonIds, ...added];
  const { progress, allRequiredDone } = computeProgress(requiredLessonIds, completedLessonIds);
  const renewal = enrollment.retakeStartedAt !== null;
  const completesNow = allRequiredDone && (enrollment.status === 'ACTIVE' || renewal);
  // Every SET reads the row as it was: a retake's completion takes the next number.
  await manager.query(
    `UPDATE enrollment SET completed_lesson_ids = $2, progress = $3, updated_at = now(),
            status = CASE WHEN $4 THEN 'COMPLETED' ELSE status END,
            completed_at = CASE WHEN $4 THEN now() ELSE completed_at END,
            completion_number = CASE WHEN $4 AND retake_started_at IS NOT NULL THEN completion_number + 1 ELSE completion_number END,
            retake_started_at = CASE WHEN $4 THEN NULL ELSE retake_started_at END
      WHERE id = $1`,
    [enrollment.id, completedLessonIds, progress, completesNow],
  );
  const updated = await manager.findOneOrFail(EnrollmentEntity, { where: { id: enrollment.id } });
  if (completesNow) {
    const completedAt = updated.completedAt as Date;
    const payload: EnrollmentCompletedPayload = {
      enrollmentId: updated.id,
      userId: updated.userId,
      courseId: updated.courseId,
      courseVersionId: updated.courseVersionId,
      completedAt: completedAt.toISOString(),
      completionNumber: updated.completionNumber,
    };
    await writeOutbox(manager, OUTBOX_TOPICS.enrollmentCompleted, updated.id, payload);
    await writeCompletionAudit(manager, {
      kind: 'course',
      userId: updated.userId,
      courseId: updated.courseId,
      enrollmentId: updated.id,
      completedAt,
      completionNumber: updated.completionNumber,
      renews: renewal && enrollment.completedAt ? { completedAt: enrollment.completedAt, completionNumber: enrollment.completionNumber } : null,
      actorId: updated.userId,
    });
  }
  return updated;
}
