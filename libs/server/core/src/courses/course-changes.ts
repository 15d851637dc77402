import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { assertCanEditCourse, courseViewFor, isCourseAuthor } from './course-access';
import { CourseEntity } from './course.entity';
import type { CourseView } from './course-view';
import { type CourseAction, courseTransition } from './course-workflow';

/** What a change does inside its transaction, with the course row locked. */
export type CourseChange = (manager: EntityManager, course: CourseEntity) => Promise<void>;

/** The one way every change of a course runs: details, workflow, authors and content alike. */
@Injectable()
export class CourseChanges {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Runs one change of a course under its row lock: NOT_FOUND, then FORBIDDEN unless the actor edits the
   * course, then CONFLICT when the workflow forbids the action; then applies the change and the workflow's
   * next state. Answers the course as the actor sees it afterwards.
   */
  async apply(actor: Actor, courseId: string, action: CourseAction, change: CourseChange): Promise<CourseView> {
    return this.dataSource.transaction(async (manager) => {
      const course = await manager.findOne(CourseEntity, { where: { id: courseId }, lock: { mode: 'pessimistic_write' } });
      if (!course) throw DomainError.notFound('course.notFound', courseId);
      const isAuthor = await isCourseAuthor(manager, course.id, actor.userId);
      assertCanEditCourse(actor, isAuthor);
      const { next } = courseTransition(course, action);
      await change(manager, course);
      if (next.status !== course.status || next.revisionStatus !== course.revisionStatus) {
        await manager.query('UPDATE course SET status = $2, revision_status = $3, updated_at = now() WHERE id = $1', [
          course.id,
          next.status,
          next.revisionStatus,
        ]);
      }
      const changed = await manager.findOneOrFail(CourseEntity, { where: { id: course.id } });
      return courseViewFor(actor, changed, { isAuthor: await isCourseAuthor(manager, course.id, actor.userId) });
    });
  }
}
