import { isUuid } from '@hocso/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { isCourseAuthor } from '../courses/course-access';
import { DomainError } from '../errors/domain.error';
import { assertCanManageCourseCertificates } from './certificates-access';

/**
 * Checks that the course exists and the actor may manage its certificates (certificates-access.ts), before
 * anything of it is read or written. An unknown or malformed id is NOT_FOUND.
 */
export async function assertManagesCourseCertificates(db: DataSource | EntityManager, actor: Actor, courseId: string): Promise<void> {
  if (!isUuid(courseId)) throw DomainError.notFound('certificate.courseNotFound', String(courseId).slice(0, 64));
  const [course] = (await db.query('SELECT 1 FROM course WHERE id = $1', [courseId])) as unknown[];
  if (!course) throw DomainError.notFound('certificate.courseNotFound', courseId);
  assertCanManageCourseCertificates(actor, await isCourseAuthor(db, courseId, actor.userId));
}
