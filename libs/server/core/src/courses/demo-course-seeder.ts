import type { EntityManager } from 'typeorm';
import type { DemoCourseSeed } from '../seed/demo-courses';
import type { FileStorage } from '../storage/file-storage';
import { findAccountByEmail } from '../users/find-account-by-email';
import { publishCourseVersion } from './course-snapshot-builder';
import { storeDemoCover } from './demo-course-cover';

/**
 * Inserts each course that does not exist yet (keyed by code), with its modules, lessons and track
 * placements, and publishes it as version 1. Authored by `authorEmail` when that account exists. An EXAM
 * lesson shows the author's demo exam of that title (seeded before the courses); without it, it is left out.
 * With a storage, a course created now gets a small generated cover.
 */
export async function seedDemoCourses(manager: EntityManager, courses: DemoCourseSeed[], authorEmail: string, storage?: FileStorage): Promise<number> {
  const author = await findAccountByEmail(manager, authorEmail);
  let created = 0;
  for (const [index, course] of courses.entries()) {
    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO course (code, title, summary, hours, prerequisite_codes, created_by_id, status, submitted_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'PUBLISHED', now()) ON CONFLICT ON CONSTRAINT course_code_key DO NOTHING RETURNING id`,
      [course.code, course.title.normalize('NFC'), course.summary.normalize('NFC'), course.hours, course.prerequisiteCodes ?? [], author?.id ?? null],
    );
    if (inserted.length === 0) continue;
    const courseId = inserted[0].id;
    if (storage) await manager.query('UPDATE course SET cover_image_url = $2 WHERE id = $1', [courseId, await storeDemoCover(storage, courseId, index)]);
    if (author) await manager.query('INSERT INTO course_author (course_id, user_id) VALUES ($1, $2)', [courseId, author.id]);
    for (const [moduleIndex, module] of course.modules.entries()) {
      const [{ id: moduleId }]: Array<{ id: string }> = await manager.query(
        'INSERT INTO course_module (course_id, title, position) VALUES ($1, $2, $3) RETURNING id',
        [courseId, module.title.normalize('NFC'), moduleIndex + 1],
      );
      let position = 0;
      for (const lesson of module.lessons) {
        const examId = lesson.kind === 'EXAM' ? await demoExamId(manager, lesson.examTitle ?? '', author?.id ?? null) : null;
        if (lesson.kind === 'EXAM' && !examId) continue;
        position += 1;
        await manager.query(
          `INSERT INTO lesson (module_id, course_id, title, kind, position, body, video_url, transcript, exam_id, required)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [
            moduleId,
            courseId,
            lesson.title.normalize('NFC'),
            lesson.kind,
            position,
            lesson.body?.normalize('NFC') ?? null,
            lesson.videoUrl ?? null,
            lesson.transcript?.normalize('NFC') ?? null,
            examId,
            lesson.required ?? true,
          ],
        );
      }
    }
    for (const placement of course.tracks) {
      await manager.query(
        `INSERT INTO course_track (course_id, track_id, position, mandatory)
         SELECT $1, t.id, coalesce((SELECT max(position) FROM course_track WHERE track_id = t.id), 0) + 1, $3
           FROM track t WHERE t.code = $2`,
        [courseId, placement.code, placement.mandatory],
      );
    }
    await publishCourseVersion(manager, courseId, author?.id ?? null);
    created += 1;
  }
  return created;
}

async function demoExamId(manager: EntityManager, title: string, authorId: string | null): Promise<string | null> {
  if (!authorId) return null;
  const [exam]: Array<{ id: string }> = await manager.query(
    'SELECT id FROM exam WHERE title = $1 AND created_by_id = $2 ORDER BY created_at LIMIT 1',
    [title.normalize('NFC'), authorId],
  );
  return exam?.id ?? null;
}
