import type { EntityManager } from 'typeorm';

/** What counted toward a person's requirements: a completed course, or approved external hours. */
export type CompletionEvidence =
  | { kind: 'course'; userId: string; courseId: string; enrollmentId: string; completedAt: Date; actorId: string }
  | { kind: 'external-hours'; userId: string; externalCertificateId: string; hours: string; actorId: string };

/**
 * Records, in the transaction of the completion, a `COMPLETION_RECORDED` audit entry on each requirement covering
 * the person that it counts toward: a course for the requirements of that course, of a track it is mandatory in,
 * and of hours; external hours for the requirements of hours.
 */
export async function writeCompletionAudit(manager: EntityManager, evidence: CompletionEvidence): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) throw new Error('writeCompletionAudit must run inside the transaction of the completion');
  const after =
    evidence.kind === 'course'
      ? { courseId: evidence.courseId, enrollmentId: evidence.enrollmentId, completedAt: evidence.completedAt.toISOString() }
      : { externalCertificateId: evidence.externalCertificateId, hours: evidence.hours };
  await manager.query(
    `INSERT INTO requirement_audit (requirement_id, actor_id, action, before, after, user_id)
     SELECT r.id, $3, 'COMPLETION_RECORDED', NULL, $4::jsonb, $1
     FROM requirement_coverage cov JOIN training_requirement r ON r.id = cov.requirement_id
     WHERE cov.user_id = $1
       AND CASE WHEN $2::uuid IS NULL THEN r.hours IS NOT NULL
         ELSE r.hours IS NOT NULL OR r.course_id = $2::uuid
           OR EXISTS (SELECT 1 FROM course_track ct WHERE ct.track_id = r.track_id AND ct.course_id = $2::uuid AND ct.mandatory) END`,
    [evidence.userId, evidence.kind === 'course' ? evidence.courseId : null, evidence.actorId, JSON.stringify(after)],
  );
}
