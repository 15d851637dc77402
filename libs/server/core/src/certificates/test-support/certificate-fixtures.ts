import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { completeLessonsOf } from '../../enrollments/lesson-completion';
import { EnrollmentEntity } from '../../enrollments/enrollment.entity';

export interface TestCourseVersion {
  courseId: string;
  courseVersionId: string;
  lessonId: string;
}

/** A published course of one required lesson, in version 1. */
export async function createTestCourseVersion(dataSource: DataSource, options: { title?: string; hours?: number } = {}): Promise<TestCourseVersion> {
  const lessonId = randomUUID();
  const [{ id: courseId }] = (await dataSource.query(
    `INSERT INTO course (code, title, summary, status, hours) VALUES ($1, $2, 'Khóa học thử', 'PUBLISHED', $3) RETURNING id`,
    [`TEST-${randomUUID().slice(0, 8)}`, options.title ?? 'Kỹ năng số cơ bản', options.hours ?? 8],
  )) as Array<{ id: string }>;
  const [{ id: courseVersionId }] = (await dataSource.query(
    `INSERT INTO course_version (course_id, version, snapshot, lesson_ids, required_lesson_ids) VALUES ($1, 1, '{"modules":[]}', $2, $2) RETURNING id`,
    [courseId, [lessonId]],
  )) as Array<{ id: string }>;
  await dataSource.query('UPDATE course SET live_version_id = $2 WHERE id = $1', [courseId, courseVersionId]);
  return { courseId, courseVersionId, lessonId };
}

/** Enrolls the user and completes the course as a learner does: the `enrollment.completed` outbox row is written with it. */
export async function completeTestCourse(dataSource: DataSource, userId: string, course: TestCourseVersion): Promise<string> {
  const [{ id }] = (await dataSource.query(`INSERT INTO enrollment (user_id, course_id, course_version_id) VALUES ($1, $2, $3) RETURNING id`, [
    userId,
    course.courseId,
    course.courseVersionId,
  ])) as Array<{ id: string }>;
  await dataSource.transaction(async (manager) => {
    const enrollment = await manager.findOneOrFail(EnrollmentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    await completeLessonsOf(manager, enrollment, [course.lessonId], [course.lessonId]);
  });
  return id;
}
