import type { EntityManager } from 'typeorm';
import type { RequirementAuditAction } from './requirement-audit';

/** What counted toward a person's requirements: a completed course, or approved external hours. */
export type CompletionEvidence =
  | {
      kind: 'course';
      userId: string;
      courseId: string;
      enrollmentId: string;
      completedAt: Date;
      completionNumber: number;
      /** The earlier completion a retake renews; null for a first completion. */
      renews: { completedAt: Date; completionNumber: number } | null;
      actorId: string;
    }
  | { kind: 'external-hours'; userId: string; externalCertificateId: string; hours: string; actorId: string };

/**
 * Records, in the transaction of the completion, a `COMPLETION_RECORDED` audit entry on each requirement covering
 * the person that it counts toward: a course for the requirements of that course, of a track it is mandatory in,
 * and of hours; external hours for the requirements of hours. A retake's completion is a `RENEWAL_RECORDED`
 * entry, with the completion it renews as `before`.
 */
export async function writeCompletionAudit(manager: EntityManager, evidence: CompletionEvidence): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) throw new Error('writeCompletionAudit must run inside the transaction of the completion');
  const courseCompletion = (completion: { completedAt: Date; completionNumber: number }) =>
    evidence.kind === 'course'
      ? { courseId: evidence.courseId, enrollmentId: evidence.enrollmentId, completedAt: completion.completedAt.toISOString(), completionNumber: completion.completionNumber }
      : null;
  const after = evidence.kind === 'course' ? courseCompletion(evidence) : { externalCertificateId: evidence.externalCertificateId, hours: evidence.hours };
  const before = evidence.kind === 'course' && evidence.renews ? courseCompletion(evidence.renews) : null;
  const action: RequirementAuditAction = before ? 'RENEWAL_RECORDED' : 'COMPLETION_RECORDED';
  await manager.query(
    `INSERT INTO requirement_audit (requirement_id, actor_id, action, before, after, user_id)
     SELECT r.id, $3, $5, $6::jsonb, $4::jsonb, $1
     FROM requirement_coverage cov JOIN training_requirement r ON r.id = cov.requirement_id
     WHERE cov.user_id = $1
       AND CASE WHEN $2::uuid IS NULL THEN r.hours IS NOT NULL
         ELSE r.hours IS NOT NULL OR r.course_id = $2::uuid
           OR EXISTS (SELECT 1 FROM course_track ct WHERE ct.track_id = r.track_id AND ct.course_id = $2::uuid AND ct.mandatory) END`,
    [evidence.userId, evidence.kind === 'course' ? evidence.courseId : null, evidence.actorId, JSON.stringify(after), action, before === null ? null : JSON.stringify(before)],
  );
}
