import { ERROR_CODES, isUuid } from '@hocso/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import type { Actor } from '../access/actor';
import { CourseEntity } from '../courses/course.entity';
import { DomainError } from '../errors/domain.error';
import { EnrollmentEntity } from './enrollment.entity';
import { completionsOfEnrollments, type CourseCompletionView } from './course-completion-history';
import { completeLessonsOf } from './lesson-completion';

@Injectable()
export class EnrollmentService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Enrolls the actor in the live version of a published course. Idempotent: an existing enrollment is
   * returned as it is (a withdrawn one is resumed, on the version it had).
   */
  async enroll(actor: Actor, courseId: string): Promise<EnrollmentEntity> {
    if (!isUuid(courseId)) throw DomainError.notFound('course.notFound', courseId);
    return this.dataSource.transaction(async (manager) => {
      const course = await manager.findOne(CourseEntity, { where: { id: courseId }, lock: { mode: 'pessimistic_read' } });
      if (!course) throw DomainError.notFound('course.notFound', courseId);
      const existing = await manager.findOne(EnrollmentEntity, { where: { userId: actor.userId, courseId }, lock: { mode: 'pessimistic_write' } });
      if (existing && existing.status !== 'WITHDRAWN') return existing;
      if (course.status === 'ARCHIVED') throw DomainError.conflict('enrollment.courseArchived', 'courseId');
      if (course.status !== 'PUBLISHED' || !course.liveVersionId) {
        throw DomainError.conflict('enrollment.courseNotPublished', 'courseId');
      }
      await this.assertPrerequisitesMet(manager, actor.userId, course);
      if (existing) {
        await manager.query(`UPDATE enrollment SET status = 'ACTIVE', withdrawn_at = NULL, updated_at = now() WHERE id = $1`, [existing.id]);
        return manager.findOneOrFail(EnrollmentEntity, { where: { id: existing.id } });
      }
      const [row]: Array<{ id: string }> = await manager.query(
        `INSERT INTO enrollment (user_id, course_id, course_version_id) VALUES ($1, $2, $3)
         ON CONFLICT ON CONSTRAINT enrollment_user_course_key DO UPDATE SET updated_at = enrollment.updated_at RETURNING id`,
        [actor.userId, course.id, course.liveVersionId],
      );
      return manager.findOneOrFail(EnrollmentEntity, { where: { id: row.id } });
    });
  }

  async withdraw(actor: Actor, courseId: string): Promise<EnrollmentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const enrollment = isUuid(courseId)
        ? await manager.findOne(EnrollmentEntity, { where: { userId: actor.userId, courseId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!enrollment) throw DomainError.notFound('enrollment.notFound', courseId);
      if (enrollment.status === 'COMPLETED') throw DomainError.conflict('enrollment.completedCannotWithdraw');
      if (enrollment.status === 'ACTIVE') {
        await manager.query(`UPDATE enrollment SET status = 'WITHDRAWN', withdrawn_at = now(), updated_at = now() WHERE id = $1`, [enrollment.id]);
      }
      return manager.findOneOrFail(EnrollmentEntity, { where: { id: enrollment.id } });
    });
  }

  /**
   * Starts taking a completed course again, to renew a recurring requirement: the learner moves to the course's
   * live version with no lesson done, while the status and `completed_at` stay as they are, so the earlier
   * completion keeps counting until it expires. Completing the retake's required lessons (its exams passed again)
   * is the next completion. Idempotent: a retake under way is answered as it is, so a double press starts one.
   */
  async retake(actor: Actor, courseId: string): Promise<EnrollmentEntity> {
    if (!isUuid(courseId)) throw DomainError.notFound('course.notFound', courseId);
    return this.dataSource.transaction(async (manager) => {
      const course = await manager.findOne(CourseEntity, { where: { id: courseId }, lock: { mode: 'pessimistic_read' } });
      if (!course) throw DomainError.notFound('course.notFound', courseId);
      const enrollment = await manager.findOne(EnrollmentEntity, { where: { userId: actor.userId, courseId }, lock: { mode: 'pessimistic_write' } });
      if (!enrollment) throw new DomainError(ERROR_CODES.notFound, 'enrollment.notFound', { id: courseId }, 'courseId');
      if (enrollment.retakeStartedAt !== null) return enrollment;
      if (enrollment.status !== 'COMPLETED') throw DomainError.conflict('enrollment.retakeNotCompleted', 'courseId');
      if (course.status !== 'PUBLISHED' || !course.liveVersionId) throw DomainError.conflict('enrollment.retakeNotPublished', 'courseId');
      await manager.query(
        `UPDATE enrollment SET course_version_id = $2, completed_lesson_ids = '{}', progress = 0, retake_started_at = now(), updated_at = now() WHERE id = $1`,
        [enrollment.id, course.liveVersionId],
      );
      return manager.findOneOrFail(EnrollmentEntity, { where: { id: enrollment.id } });
    });
  }

  mine(actor: Actor): Promise<EnrollmentEntity[]> {
    return this.dataSource.getRepository(EnrollmentEntity).find({ where: { userId: actor.userId }, order: { enrolledAt: 'DESC', id: 'ASC' } });
  }

  /** The actor's enrollments in these courses, for the API's loaders. */
  async ofUserInCourses(userId: string, courseIds: readonly string[]): Promise<Map<string, EnrollmentEntity>> {
    const rows = courseIds.length
      ? await this.dataSource.getRepository(EnrollmentEntity).find({ where: { userId, courseId: In([...courseIds]) } })
      : [];
    return new Map(rows.map((row) => [row.courseId, row]));
  }

  /** The completions of these enrollments, for the API's loaders. */
  completionsOf(enrollmentIds: readonly string[]): Promise<Map<string, CourseCompletionView[]>> {
    return completionsOfEnrollments(this.dataSource, enrollmentIds);
  }

  /**
   * Marks a lesson of the actor's version done. Idempotent. When the last required lesson is done the
   * enrollment becomes COMPLETED and an `enrollment.completed` outbox row is written in the same transaction.
   * An EXAM lesson is done when its exam is passed, never by this call.
   */
  async completeLesson(actor: Actor, lessonId: string): Promise<EnrollmentEntity> {
    if (!isUuid(lessonId)) throw DomainError.notFound('course.lessonNotFound', lessonId);
    return this.dataSource.transaction(async (manager) => {
      const [found]: Array<{ id: string; required_lesson_ids: string[]; is_exam: boolean }> = await manager.query(
        `SELECT e.id, v.required_lesson_ids,
                jsonb_path_exists(v.snapshot, '$.modules[*].lessons[*] ? (@.id == $id && @.kind == "EXAM")', jsonb_build_object('id', $2::text)) AS is_exam
           FROM enrollment e JOIN course_version v ON v.id = e.course_version_id
          WHERE e.user_id = $1 AND v.lesson_ids @> ARRAY[$2::uuid]
          FOR UPDATE OF e`,
        [actor.userId, lessonId],
      );
      if (!found) {
        const [{ known }]: Array<{ known: boolean }> = await manager.query(
          `SELECT EXISTS (SELECT 1 FROM lesson WHERE id = $1) OR EXISTS (SELECT 1 FROM course_version WHERE lesson_ids @> ARRAY[$1::uuid]) AS known`,
          [lessonId],
        );
        if (!known) throw DomainError.notFound('course.lessonNotFound', lessonId);
        throw DomainError.conflict('enrollment.enrollFirst', 'lessonId');
      }
      const enrollment = await manager.findOneOrFail(EnrollmentEntity, { where: { id: found.id } });
      if (enrollment.status === 'WITHDRAWN') throw DomainError.conflict('enrollment.withdrawn', 'lessonId');
      if (enrollment.completedLessonIds.includes(lessonId)) return enrollment;
      if (found.is_exam) throw DomainError.conflict('enrollment.examLessonByPassing', 'lessonId');
      return completeLessonsOf(manager, enrollment, found.required_lesson_ids, [lessonId]);
    });
  }

  private async assertPrerequisitesMet(manager: EntityManager, userId: string, course: CourseEntity): Promise<void> {
    if (course.prerequisiteCodes.length === 0) return;
    const done: Array<{ code: string }> = await manager.query(
      `SELECT c.code FROM course c JOIN enrollment e ON e.course_id = c.id AND e.user_id = $1 AND e.status = 'COMPLETED'
        WHERE c.code = ANY($2)`,
      [userId, course.prerequisiteCodes],
    );
    const missing = course.prerequisiteCodes.filter((code) => !done.some((row) => row.code === code));
    if (missing.length === 0) return;
    const titles: Array<{ code: string; title: string }> = await manager.query('SELECT code, title FROM course WHERE code = ANY($1)', [missing]);
    const names = missing.map((code) => {
      const title = titles.find((row) => row.code === code)?.title;
      return title ? `${title} (${code})` : code;
    });
    throw new DomainError(ERROR_CODES.conflict, 'enrollment.prerequisitesMissing', { courses: names.join(', ') }, 'courseId', {
      missingPrerequisites: missing,
    });
  }
}
