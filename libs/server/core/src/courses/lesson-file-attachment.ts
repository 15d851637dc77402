import { isUuid } from '@hocso/contracts';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { canAttachLessonFile } from './course-access';

/**
 * Binds an uploaded file to the course whose lesson now shows it, in the caller's transaction (the rule is
 * canAttachLessonFile): another trainer's upload and another course's file are refused, so nobody shows (and
 * so may read) a file that is not theirs.
 */
export async function attachLessonFile(manager: EntityManager, actor: Actor, fileId: string, courseId: string): Promise<void> {
  const [file]: Array<{ uploaded_by_id: string | null; course_id: string | null }> = isUuid(fileId)
    ? await manager.query('SELECT uploaded_by_id, course_id FROM lesson_file WHERE id = $1 FOR UPDATE', [fileId])
    : [];
  if (!file) throw DomainError.badInput('fileId', 'course.fileUnknown');
  if (file.course_id === courseId) return;
  if (!canAttachLessonFile(actor, { uploadedById: file.uploaded_by_id, courseId: file.course_id }, courseId)) {
    throw DomainError.badInput('fileId', 'course.fileNotYours');
  }
  await manager.query('UPDATE lesson_file SET course_id = $2 WHERE id = $1', [fileId, courseId]);
}
