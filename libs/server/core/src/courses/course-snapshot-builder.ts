import type { EntityManager } from 'typeorm';
import type { LessonKind } from './course-status';
import { type CourseSnapshot, lessonIdsOf } from './course-snapshot';

interface LessonRow {
  id: string;
  module_id: string;
  title: string;
  kind: LessonKind;
  position: number;
  body: string | null;
  video_url: string | null;
  transcript: string | null;
  file_id: string | null;
  exam_id: string | null;
  required: boolean;
  file_name: string | null;
  file_size: string | null;
  file_mime_type: string | null;
}

/** The working copy of a course's content as a snapshot, in module and lesson order. */
export async function buildCourseSnapshot(manager: EntityManager, courseId: string): Promise<CourseSnapshot> {
  const modules: Array<{ id: string; title: string; position: number }> = await manager.query(
    'SELECT id, title, position FROM course_module WHERE course_id = $1 ORDER BY position, created_at',
    [courseId],
  );
  const lessons: LessonRow[] = await manager.query(
    `SELECT l.id, l.module_id, l.title, l.kind, l.position, l.body, l.video_url, l.transcript, l.file_id, l.exam_id, l.required,
            f.name AS file_name, f.size AS file_size, f.mime_type AS file_mime_type
       FROM lesson l LEFT JOIN lesson_file f ON f.id = l.file_id
      WHERE l.course_id = $1 ORDER BY l.position, l.created_at`,
    [courseId],
  );
  return {
    modules: modules.map((module) => ({
      id: module.id,
      title: module.title,
      position: module.position,
      lessons: lessons
        .filter((lesson) => lesson.module_id === module.id)
        .map((lesson) => ({
          id: lesson.id,
          title: lesson.title,
          kind: lesson.kind,
          position: lesson.position,
          body: lesson.body,
          videoUrl: lesson.video_url,
          transcript: lesson.transcript,
          fileId: lesson.file_id,
          file: lesson.file_id
            ? { id: lesson.file_id, name: lesson.file_name as string, size: Number(lesson.file_size), mimeType: lesson.file_mime_type as string }
            : null,
          examId: lesson.exam_id,
          required: lesson.required,
        })),
    })),
  };
}

/**
 * Freezes the working copy as the course's next version and makes it the live one. The caller holds the
 * course row lock and has checked the workflow.
 */
export async function publishCourseVersion(
  manager: EntityManager,
  courseId: string,
  publishedById: string | null,
): Promise<{ versionId: string; version: number }> {
  const snapshot = await buildCourseSnapshot(manager, courseId);
  const ids = lessonIdsOf(snapshot);
  const [row]: Array<{ id: string; version: number }> = await manager.query(
    `INSERT INTO course_version (course_id, version, snapshot, lesson_ids, required_lesson_ids, published_by_id)
     VALUES ($1, (SELECT coalesce(max(version), 0) + 1 FROM course_version WHERE course_id = $1), $2, $3, $4, $5)
     RETURNING id, version`,
    [courseId, JSON.stringify(snapshot), ids.all, ids.required, publishedById],
  );
  await manager.query(
    `UPDATE course SET live_version_id = $2, published_at = now(), updated_at = now() WHERE id = $1`,
    [courseId, row.id],
  );
  return { versionId: row.id, version: row.version };
}
