import type { EntityManager } from 'typeorm';
import { writeCompletionAudit } from '../compliance/requirement-completion-audit';
import { OUTBOX_TOPICS, type EnrollmentCompletedPayload } from '../outbox/outbox-topics';
import { writeOutbox } from '../outbox/outbox-writer';
import { EnrollmentEntity } from './enrollment.entity';
import { computeProgress } from './progress';

/**
 * Marks lessons of an enrollment done inside the caller's transaction, which holds the enrollment row lock.
 * Idempotent. When the last required lesson is done, an ACTIVE enrollment becomes COMPLETED and an
 * `enrollment.completed` outbox row is written in the same transaction: completing a lesson and passing an
 * exam both end here.
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
  const completesNow = allRequiredDone && enrollment.status === 'ACTIVE';
  await manager.query(
    `UPDATE enrollment SET completed_lesson_ids = $2, progress = $3, updated_at = now(),
            status = CASE WHEN $4 THEN 'COMPLETED' ELSE status END,
            completed_at = CASE WHEN $4 THEN now() ELSE completed_at END
      WHERE id = $1`,
    [enrollment.id, completedLessonIds, progress, completesNow],
  );
  const updated = await manager.findOneOrFail(EnrollmentEntity, { where: { id: enrollment.id } });
  if (completesNow) {
    const payload: EnrollmentCompletedPayload = {
      enrollmentId: updated.id,
      userId: updated.userId,
      courseId: updated.courseId,
      courseVersionId: updated.courseVersionId,
      completedAt: (updated.completedAt as Date).toISOString(),
    };
    await writeOutbox(manager, OUTBOX_TOPICS.enrollmentCompleted, updated.id, payload);
    await writeCompletionAudit(manager, { kind: 'course', userId: updated.userId, courseId: updated.courseId, enrollmentId: updated.id, completedAt: updated.completedAt as Date, actorId: updated.userId });
  }
  return updated;
}
