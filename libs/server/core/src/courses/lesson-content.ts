import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { assertCanUseExamInLesson } from '../exams/exam-access';
import { cleanLongText, cleanUrl } from './course-input-rules';
import type { LessonKind } from './course-status';
import { attachLessonFile } from './lesson-file-attachment';
import type { LessonEntity } from './lesson.entity';

export interface LessonContentCommand {
  title?: string | null;
  body?: string | null;
  videoUrl?: string | null;
  transcript?: string | null;
  fileId?: string | null;
  examId?: string | null;
  required?: boolean | null;
}

export interface LessonContent {
  body: string | null;
  videoUrl: string | null;
  transcript: string | null;
  fileId: string | null;
  examId: string | null;
}

/**
 * The content a lesson of this kind keeps after the command (the current lesson's where the command is
 * silent): TEXT needs its Markdown, VIDEO its address, FILE an uploaded file the actor may show in this course
 * (see attachLessonFile), EXAM an exam the actor may edit (see assertCanUseExamInLesson); what the kind does
 * not use is cleared.
 */
export async function lessonContent(
  manager: EntityManager,
  actor: Actor,
  courseId: string,
  kind: LessonKind,
  command: LessonContentCommand,
  current: LessonEntity | null,
): Promise<LessonContent> {
  const body = command.body !== undefined ? cleanLongText(command.body, 'body', kind === 'TEXT') : (current?.body ?? null);
  const transcript = command.transcript !== undefined ? cleanLongText(command.transcript, 'transcript', false) : (current?.transcript ?? null);
  let videoUrl = current?.videoUrl ?? null;
  if (command.videoUrl !== undefined || !current) videoUrl = cleanUrl(command.videoUrl, 'videoUrl');
  let fileId = current?.fileId ?? null;
  if (command.fileId !== undefined || !current) fileId = command.fileId ?? null;
  if (kind === 'TEXT' && !body) throw DomainError.badInput('body', 'course.textLessonBody');
  if (kind === 'VIDEO' && !videoUrl) throw DomainError.badInput('videoUrl', 'course.videoLessonUrl');
  if (kind === 'FILE') {
    if (!fileId) throw DomainError.badInput('fileId', 'course.fileLessonFile');
    if (fileId !== current?.fileId) await attachLessonFile(manager, actor, fileId, courseId);
  } else {
    fileId = null;
  }
  let examId = current?.examId ?? null;
  if (command.examId !== undefined || !current) examId = command.examId ?? null;
  if (kind === 'EXAM') {
    if (!examId) throw DomainError.badInput('examId', 'course.examLessonExam');
    if (examId !== current?.examId) await assertCanUseExamInLesson(manager, actor, examId);
  } else {
    examId = null;
  }
  return { body, videoUrl: kind === 'VIDEO' ? videoUrl : null, transcript: kind === 'VIDEO' ? transcript : null, fileId, examId };
}
