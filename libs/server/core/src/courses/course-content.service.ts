import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { CourseChanges } from './course-changes';
import { CourseModuleEntity } from './course-module.entity';
import { cleanTitle } from './course-input-rules';
import { moveWithinParent, nextPosition, renumber } from './course-ordering';
import type { LessonKind } from './course-status';
import type { CourseView } from './course-view';
import { type LessonContentCommand, lessonContent } from './lesson-content';
import { LessonEntity } from './lesson.entity';

export interface AddModuleCommand {
  courseId: string;
  title: string;
  /** 1-based place among the modules; the end when omitted. */
  position?: number | null;
}

export interface AddLessonCommand extends LessonContentCommand {
  moduleId: string;
  title: string;
  kind: LessonKind;
  examId?: string | null;
  position?: number | null;
}

/**
 * The working copy of a course's content: modules and lessons, their order. Editing the content of a
 * published course opens its next version (see course-workflow.ts); learners keep the published one.
 */
@Injectable()
export class CourseContentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: CourseChanges,
  ) {}

  async addModule(actor: Actor, command: AddModuleCommand): Promise<CourseModuleEntity> {
    const title = cleanTitle(command.title);
    let moduleId = '';
    await this.changes.apply(actor, command.courseId, 'EDIT_CONTENT', async (manager, course) => {
      const [row]: Array<{ id: string }> = await manager.query(
        'INSERT INTO course_module (course_id, title, position) VALUES ($1, $2, $3) RETURNING id',
        [course.id, title, await nextPosition(manager, 'course_module', course.id)],
      );
      moduleId = row.id;
      if (command.position != null) await moveWithinParent(manager, 'course_module', course.id, moduleId, command.position);
    });
    return this.getModule(moduleId);
  }

  async updateModule(actor: Actor, moduleId: string, command: { title: string }): Promise<CourseModuleEntity> {
    const title = cleanTitle(command.title);
    const module = await this.getModule(moduleId);
    await this.changes.apply(actor, module.courseId, 'EDIT_CONTENT', async (manager) => {
      await manager.query('UPDATE course_module SET title = $2, updated_at = now() WHERE id = $1', [moduleId, title]);
    });
    return this.getModule(moduleId);
  }

  async moveModule(actor: Actor, moduleId: string, position: number): Promise<CourseModuleEntity> {
    const module = await this.getModule(moduleId);
    await this.changes.apply(actor, module.courseId, 'EDIT_CONTENT', (manager, course) =>
      moveWithinParent(manager, 'course_module', course.id, moduleId, position),
    );
    return this.getModule(moduleId);
  }

  /** Deletes the module and its lessons from the working copy (published versions keep them). */
  async deleteModule(actor: Actor, moduleId: string): Promise<CourseView> {
    const module = await this.getModule(moduleId);
    return this.changes.apply(actor, module.courseId, 'EDIT_CONTENT', async (manager, course) => {
      await manager.query('DELETE FROM course_module WHERE id = $1', [moduleId]);
      await renumber(manager, 'course_module', course.id);
    });
  }

  async addLesson(actor: Actor, command: AddLessonCommand): Promise<LessonEntity> {
    const module = await this.getModule(command.moduleId);
    const title = cleanTitle(command.title);
    let lessonId = '';
    await this.changes.apply(actor, module.courseId, 'EDIT_CONTENT', async (manager, course) => {
      const content = await lessonContent(manager, actor, course.id, command.kind, command, null);
      const [row]: Array<{ id: string }> = await manager.query(
        `INSERT INTO lesson (module_id, course_id, title, kind, position, body, video_url, transcript, file_id, exam_id, required)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [
          module.id,
          course.id,
          title,
          command.kind,
          await nextPosition(manager, 'lesson', module.id),
          content.body,
          content.videoUrl,
          content.transcript,
          content.fileId,
          content.examId,
          command.required ?? true,
        ],
      );
      lessonId = row.id;
      if (command.position != null) await moveWithinParent(manager, 'lesson', module.id, lessonId, command.position);
    });
    return this.getLesson(lessonId);
  }

  async updateLesson(actor: Actor, lessonId: string, command: LessonContentCommand): Promise<LessonEntity> {
    const lesson = await this.getLesson(lessonId);
    await this.changes.apply(actor, lesson.courseId, 'EDIT_CONTENT', async (manager) => {
      const content = await lessonContent(manager, actor, lesson.courseId, lesson.kind, command, lesson);
      await manager.query(
        `UPDATE lesson SET title = $2, body = $3, video_url = $4, transcript = $5, file_id = $6, exam_id = $7, required = $8, updated_at = now()
          WHERE id = $1`,
        [
          lessonId,
          command.title != null ? cleanTitle(command.title) : lesson.title,
          content.body,
          content.videoUrl,
          content.transcript,
          content.fileId,
          content.examId,
          command.required ?? lesson.required,
        ],
      );
    });
    return this.getLesson(lessonId);
  }

  /** Moves a lesson to a 1-based position, optionally into another module of the same course. */
  async moveLesson(actor: Actor, lessonId: string, position: number, moduleId?: string | null): Promise<LessonEntity> {
    const lesson = await this.getLesson(lessonId);
    await this.changes.apply(actor, lesson.courseId, 'EDIT_CONTENT', async (manager, course) => {
      if (moduleId && moduleId !== lesson.moduleId) {
        const target = await manager.findOne(CourseModuleEntity, { where: { id: moduleId } });
        if (!target || target.courseId !== course.id) throw DomainError.badInput('moduleId', 'course.lessonOtherCourse');
        await manager.query('UPDATE lesson SET module_id = $2, position = $3, updated_at = now() WHERE id = $1', [
          lessonId,
          moduleId,
          await nextPosition(manager, 'lesson', moduleId),
        ]);
        await renumber(manager, 'lesson', lesson.moduleId);
      }
      await moveWithinParent(manager, 'lesson', moduleId ?? lesson.moduleId, lessonId, position);
    });
    return this.getLesson(lessonId);
  }

  async deleteLesson(actor: Actor, lessonId: string): Promise<CourseModuleEntity> {
    const lesson = await this.getLesson(lessonId);
    await this.changes.apply(actor, lesson.courseId, 'EDIT_CONTENT', async (manager) => {
      await manager.query('DELETE FROM lesson WHERE id = $1', [lessonId]);
      await renumber(manager, 'lesson', lesson.moduleId);
    });
    return this.getModule(lesson.moduleId);
  }

  private async getModule(id: string): Promise<CourseModuleEntity> {
    const module = await this.dataSource.getRepository(CourseModuleEntity).findOne({ where: { id } });
    if (!module) throw DomainError.notFound('course.moduleNotFound', id);
    return module;
  }

  private async getLesson(id: string): Promise<LessonEntity> {
    const lesson = await this.dataSource.getRepository(LessonEntity).findOne({ where: { id } });
    if (!lesson) throw DomainError.notFound('course.lessonNotFound', id);
    return lesson;
  }
}
