import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { assertAdmin } from '../access/access-policy';
import { type Actor, hasRole, isAdmin } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { CourseModuleEntity } from './course-module.entity';
import { CourseEntity } from './course.entity';
import {
  cleanComment,
  cleanHours,
  cleanLongText,
  cleanSummary,
  cleanTitle,
  cleanUrl,
  normaliseCourseCode,
} from './course-input-rules';
import { publishCourseVersion } from './course-snapshot-builder';
import type { LessonKind } from './course-status';
import type { CourseView } from './course-view';
import { type CourseAction, courseTransition } from './course-workflow';
import { LessonEntity } from './lesson.entity';

export interface TrackPlacementCommand {
  trackCode: string;
  /** 1-based place in the track; the end of the track when omitted. */
  position?: number | null;
  mandatory?: boolean | null;
}

export interface CreateCourseCommand {
  code: string;
  title: string;
  summary: string;
  hours: number;
  trackCodes?: string[] | null;
  coverImageUrl?: string | null;
  prerequisiteCodes?: string[] | null;
}

export interface UpdateCourseCommand {
  title?: string | null;
  summary?: string | null;
  hours?: number | null;
  coverImageUrl?: string | null;
  prerequisiteCodes?: string[] | null;
  /** Replaces the course's track placements when given. */
  tracks?: TrackPlacementCommand[] | null;
}

export interface LessonContentCommand {
  title?: string | null;
  body?: string | null;
  videoUrl?: string | null;
  transcript?: string | null;
  fileId?: string | null;
  required?: boolean | null;
}

export interface AddLessonCommand extends LessonContentCommand {
  moduleId: string;
  title: string;
  kind: LessonKind;
  examId?: string | null;
  position?: number | null;
}

/** Authoring and the review workflow of courses. Reads are in CourseReadService. */
@Injectable()
export class CourseService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(actor: Actor, command: CreateCourseCommand): Promise<CourseEntity> {
    this.assertAuthorRole(actor);
    const code = normaliseCourseCode(command.code);
    const title = cleanTitle(command.title);
    const summary = cleanSummary(command.summary);
    const hours = cleanHours(command.hours);
    const coverImageUrl = cleanUrl(command.coverImageUrl, 'coverImageUrl');
    return this.dataSource.transaction(async (manager) => {
      const prerequisiteCodes = await this.validPrerequisites(manager, code, command.prerequisiteCodes ?? []);
      const inserted: Array<{ id: string }> = await manager.query(
        `INSERT INTO course (code, title, summary, hours, cover_image_url, prerequisite_codes, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT ON CONSTRAINT course_code_key DO NOTHING RETURNING id`,
        [code, title, summary, hours, coverImageUrl, prerequisiteCodes, actor.userId],
      );
      if (inserted.length === 0) throw DomainError.conflict(`A course with code "${code}" already exists`, 'code');
      const id = inserted[0].id;
      await manager.query('INSERT INTO course_author (course_id, user_id) VALUES ($1, $2)', [id, actor.userId]);
      if (command.trackCodes?.length) {
        await this.placeInTracks(manager, id, command.trackCodes.map((trackCode) => ({ trackCode })), 'trackCodes');
      }
      return this.reload(manager, id);
    });
  }

  async update(actor: Actor, courseId: string, command: UpdateCourseCommand): Promise<CourseEntity> {
    return this.edit(actor, courseId, 'EDIT_DETAILS', async (manager, course) => {
      if (command.title != null) course.title = cleanTitle(command.title);
      if (command.summary != null) course.summary = cleanSummary(command.summary);
      if (command.hours != null) course.hours = cleanHours(command.hours);
      if (command.coverImageUrl !== undefined) course.coverImageUrl = cleanUrl(command.coverImageUrl, 'coverImageUrl');
      if (command.prerequisiteCodes != null) {
        course.prerequisiteCodes = await this.validPrerequisites(manager, course.code, command.prerequisiteCodes);
      }
      await manager.query(
        `UPDATE course SET title = $2, summary = $3, hours = $4, cover_image_url = $5, prerequisite_codes = $6, updated_at = now()
          WHERE id = $1`,
        [course.id, course.title, course.summary, course.hours, course.coverImageUrl, course.prerequisiteCodes],
      );
      if (command.tracks != null) {
        await manager.query('DELETE FROM course_track WHERE course_id = $1', [course.id]);
        await this.placeInTracks(manager, course.id, command.tracks, 'tracks');
      }
    });
  }

  /** Lets another trainer edit the course. */
  async addAuthor(actor: Actor, courseId: string, rawEmail: string): Promise<CourseEntity> {
    return this.edit(actor, courseId, 'EDIT_DETAILS', async (manager, course) => {
      const email = rawEmail.trim().toLowerCase();
      const [user]: Array<{ id: string; trainer: boolean }> = await manager.query(
        `SELECT u.id, EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.role IN ('TRAINER', 'ADMIN')) AS trainer
           FROM app_user u WHERE u.email = $1`,
        [email],
      );
      if (!user) throw DomainError.notFound('User with email', email);
      if (!user.trainer) throw DomainError.badInput('email', 'Only a trainer can co-author a course; ask an administrator to grant the role first');
      await manager.query('INSERT INTO course_author (course_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [course.id, user.id]);
    });
  }

  /**
   * Takes the course away from one of its authors (an author may also leave it). The course keeps at least
   * one author: removing the last one is a CONFLICT. The course row lock serialises concurrent removals.
   */
  async removeAuthor(actor: Actor, courseId: string, rawEmail: string): Promise<CourseView> {
    const course = await this.edit(actor, courseId, 'EDIT_DETAILS', async (manager, locked) => {
      const email = rawEmail.trim().toLowerCase();
      const authors: Array<{ user_id: string; email: string }> = await manager.query(
        'SELECT a.user_id, u.email FROM course_author a JOIN app_user u ON u.id = a.user_id WHERE a.course_id = $1',
        [locked.id],
      );
      const author = authors.find((row) => row.email === email);
      if (!author) throw DomainError.notFound('Author with email', email);
      if (authors.length === 1) throw DomainError.conflict('A course keeps at least one author; add another author first');
      await manager.query('DELETE FROM course_author WHERE course_id = $1 AND user_id = $2', [locked.id, author.user_id]);
    });
    // An author who removed themselves no longer edits the course: they read it as anyone does.
    const [{ author }]: Array<{ author: boolean }> = await this.dataSource.query(
      'SELECT EXISTS (SELECT 1 FROM course_author WHERE course_id = $1 AND user_id = $2) AS author',
      [course.id, actor.userId],
    );
    const canEdit = isAdmin(actor) || (author && hasRole(actor, 'TRAINER'));
    return { course, canEdit, versionId: canEdit ? null : course.liveVersionId };
  }

  async addModule(actor: Actor, command: { courseId: string; title: string; position?: number | null }): Promise<CourseModuleEntity> {
    const title = cleanTitle(command.title);
    let moduleId = '';
    await this.edit(actor, command.courseId, 'EDIT_CONTENT', async (manager, course) => {
      const [{ count }]: Array<{ count: number }> = await manager.query(
        'SELECT count(*)::int AS count FROM course_module WHERE course_id = $1',
        [course.id],
      );
      const [row]: Array<{ id: string }> = await manager.query(
        'INSERT INTO course_module (course_id, title, position) VALUES ($1, $2, $3) RETURNING id',
        [course.id, title, count + 1],
      );
      moduleId = row.id;
      if (command.position != null) await this.reorderModules(manager, course.id, moduleId, command.position);
    });
    return this.dataSource.getRepository(CourseModuleEntity).findOneByOrFail({ id: moduleId });
  }

  async updateModule(actor: Actor, moduleId: string, command: { title: string }): Promise<CourseModuleEntity> {
    const title = cleanTitle(command.title);
    const module = await this.getModule(moduleId);
    await this.edit(actor, module.courseId, 'EDIT_CONTENT', async (manager) => {
      await manager.query('UPDATE course_module SET title = $2, updated_at = now() WHERE id = $1', [moduleId, title]);
    });
    return this.getModule(moduleId);
  }

  async moveModule(actor: Actor, moduleId: string, position: number): Promise<CourseModuleEntity> {
    const module = await this.getModule(moduleId);
    await this.edit(actor, module.courseId, 'EDIT_CONTENT', (manager, course) => this.reorderModules(manager, course.id, moduleId, position));
    return this.getModule(moduleId);
  }

  /** Deletes the module and its lessons from the working copy (published versions keep them). */
  async deleteModule(actor: Actor, moduleId: string): Promise<CourseEntity> {
    const module = await this.getModule(moduleId);
    return this.edit(actor, module.courseId, 'EDIT_CONTENT', async (manager, course) => {
      await manager.query('DELETE FROM course_module WHERE id = $1', [moduleId]);
      await this.renumber(manager, 'course_module', 'course_id', course.id);
    });
  }

  async addLesson(actor: Actor, command: AddLessonCommand): Promise<LessonEntity> {
    const module = await this.getModule(command.moduleId);
    const title = cleanTitle(command.title);
    if (command.kind === 'EXAM') {
      throw DomainError.badInput('kind', 'Exam lessons are not available yet: exams cannot be created on this platform so far');
    }
    let lessonId = '';
    await this.edit(actor, module.courseId, 'EDIT_CONTENT', async (manager, course) => {
      const content = await this.lessonContent(manager, command.kind, command, null);
      const [{ count }]: Array<{ count: number }> = await manager.query(
        'SELECT count(*)::int AS count FROM lesson WHERE module_id = $1',
        [module.id],
      );
      const [row]: Array<{ id: string }> = await manager.query(
        `INSERT INTO lesson (module_id, course_id, title, kind, position, body, video_url, transcript, file_id, required)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [module.id, course.id, title, command.kind, count + 1, content.body, content.videoUrl, content.transcript, content.fileId, command.required ?? true],
      );
      lessonId = row.id;
      if (command.position != null) await this.reorderLessons(manager, module.id, lessonId, command.position);
    });
    return this.getLesson(lessonId);
  }

  async updateLesson(actor: Actor, lessonId: string, command: LessonContentCommand): Promise<LessonEntity> {
    const lesson = await this.getLesson(lessonId);
    await this.edit(actor, lesson.courseId, 'EDIT_CONTENT', async (manager) => {
      const content = await this.lessonContent(manager, lesson.kind, command, lesson);
      await manager.query(
        `UPDATE lesson SET title = $2, body = $3, video_url = $4, transcript = $5, file_id = $6, required = $7, updated_at = now()
          WHERE id = $1`,
        [
          lessonId,
          command.title != null ? cleanTitle(command.title) : lesson.title,
          content.body,
          content.videoUrl,
          content.transcript,
          content.fileId,
          command.required ?? lesson.required,
        ],
      );
    });
    return this.getLesson(lessonId);
  }

  /** Moves a lesson to a 1-based position, optionally into another module of the same course. */
  async moveLesson(actor: Actor, lessonId: string, position: number, moduleId?: string | null): Promise<LessonEntity> {
    const lesson = await this.getLesson(lessonId);
    await this.edit(actor, lesson.courseId, 'EDIT_CONTENT', async (manager, course) => {
      if (moduleId && moduleId !== lesson.moduleId) {
        const target = await manager.findOne(CourseModuleEntity, { where: { id: moduleId } });
        if (!target || target.courseId !== course.id) throw DomainError.badInput('moduleId', 'A lesson can only move to a module of its own course');
        const [{ count }]: Array<{ count: number }> = await manager.query(
          'SELECT count(*)::int AS count FROM lesson WHERE module_id = $1',
          [moduleId],
        );
        await manager.query('UPDATE lesson SET module_id = $2, position = $3, updated_at = now() WHERE id = $1', [lessonId, moduleId, count + 1]);
        await this.renumber(manager, 'lesson', 'module_id', lesson.moduleId);
      }
      await this.reorderLessons(manager, moduleId ?? lesson.moduleId, lessonId, position);
    });
    return this.getLesson(lessonId);
  }

  async deleteLesson(actor: Actor, lessonId: string): Promise<CourseModuleEntity> {
    const lesson = await this.getLesson(lessonId);
    await this.edit(actor, lesson.courseId, 'EDIT_CONTENT', async (manager) => {
      await manager.query('DELETE FROM lesson WHERE id = $1', [lessonId]);
      await this.renumber(manager, 'lesson', 'module_id', lesson.moduleId);
    });
    return this.getModule(lesson.moduleId);
  }

  async submitForReview(actor: Actor, courseId: string): Promise<CourseEntity> {
    return this.edit(actor, courseId, 'SUBMIT', async (manager, course) => {
      await this.assertPublishable(manager, course.id);
      await manager.query('UPDATE course SET submitted_at = now(), review_comment = NULL WHERE id = $1', [course.id]);
    });
  }

  async publish(actor: Actor, courseId: string): Promise<CourseEntity> {
    assertAdmin(actor);
    return this.edit(actor, courseId, 'PUBLISH', async (manager, course) => {
      await this.assertPublishable(manager, course.id);
      await publishCourseVersion(manager, course.id, actor.userId);
      await manager.query('UPDATE course SET review_comment = NULL WHERE id = $1', [course.id]);
    });
  }

  async returnToDraft(actor: Actor, courseId: string, rawComment: string): Promise<CourseEntity> {
    assertAdmin(actor);
    const comment = cleanComment(rawComment);
    return this.edit(actor, courseId, 'RETURN', async (manager, course) => {
      await manager.query('UPDATE course SET review_comment = $2 WHERE id = $1', [course.id, comment]);
    });
  }

  /** Archived courses take no new enrollments; enrolled learners keep their version. */
  async archive(actor: Actor, courseId: string): Promise<CourseEntity> {
    return this.edit(actor, courseId, 'ARCHIVE', async (manager, course) => {
      await manager.query('UPDATE course SET archived_at = now() WHERE id = $1', [course.id]);
    });
  }

  /**
   * Runs one change of a course under its row lock: NOT_FOUND, then FORBIDDEN unless an administrator or
   * one of its authors, then CONFLICT when the workflow forbids the action; then applies the change and
   * the workflow's next state.
   */
  private async edit(
    actor: Actor,
    courseId: string,
    action: CourseAction,
    apply: (manager: EntityManager, course: CourseEntity) => Promise<void>,
  ): Promise<CourseEntity> {
    return this.dataSource.transaction(async (manager) => {
      const course = await manager.findOne(CourseEntity, { where: { id: courseId }, lock: { mode: 'pessimistic_write' } });
      if (!course) throw DomainError.notFound('Course', courseId);
      await this.assertEditor(manager, actor, course);
      const { next } = courseTransition({ status: course.status, revisionStatus: course.revisionStatus }, action);
      await apply(manager, course);
      if (next.status !== course.status || next.revisionStatus !== course.revisionStatus) {
        await manager.query('UPDATE course SET status = $2, revision_status = $3, updated_at = now() WHERE id = $1', [
          course.id,
          next.status,
          next.revisionStatus,
        ]);
      }
      return this.reload(manager, course.id);
    });
  }

  private async assertEditor(manager: EntityManager, actor: Actor, course: CourseEntity): Promise<void> {
    if (isAdmin(actor)) return;
    const [{ author }]: Array<{ author: boolean }> = await manager.query(
      'SELECT EXISTS (SELECT 1 FROM course_author WHERE course_id = $1 AND user_id = $2) AS author',
      [course.id, actor.userId],
    );
    if (!author || !hasRole(actor, 'TRAINER')) throw DomainError.forbidden('Only the authors of this course and administrators can change it');
  }

  private assertAuthorRole(actor: Actor): void {
    if (!hasRole(actor, 'TRAINER') && !isAdmin(actor)) throw DomainError.forbidden('Only trainers and administrators can create courses');
  }

  private async assertPublishable(manager: EntityManager, courseId: string): Promise<void> {
    const [{ lessons, required }]: Array<{ lessons: number; required: number }> = await manager.query(
      `SELECT count(*)::int AS lessons, (count(*) FILTER (WHERE required))::int AS required FROM lesson WHERE course_id = $1`,
      [courseId],
    );
    if (lessons === 0 || required === 0) {
      throw DomainError.conflict('Add at least one required lesson before the course goes to review or is published');
    }
  }

  private async lessonContent(
    manager: EntityManager,
    kind: LessonKind,
    command: LessonContentCommand,
    current: LessonEntity | null,
  ): Promise<{ body: string | null; videoUrl: string | null; transcript: string | null; fileId: string | null }> {
    const body = command.body !== undefined ? cleanLongText(command.body, 'body', kind === 'TEXT') : (current?.body ?? null);
    const transcript = command.transcript !== undefined ? cleanLongText(command.transcript, 'transcript', false) : (current?.transcript ?? null);
    let videoUrl = current?.videoUrl ?? null;
    if (command.videoUrl !== undefined || !current) videoUrl = cleanUrl(command.videoUrl, 'videoUrl');
    let fileId = current?.fileId ?? null;
    if (command.fileId !== undefined || !current) fileId = command.fileId ?? null;
    if (kind === 'TEXT' && !body) throw DomainError.badInput('body', 'A text lesson needs its Markdown body');
    if (kind === 'VIDEO' && !videoUrl) throw DomainError.badInput('videoUrl', 'A video lesson needs the address of its video');
    if (kind === 'FILE') {
      if (!fileId) throw DomainError.badInput('fileId', 'A file lesson needs an uploaded file (POST /uploads/lesson-files)');
      const [{ found }]: Array<{ found: boolean }> = await manager.query('SELECT EXISTS (SELECT 1 FROM lesson_file WHERE id = $1) AS found', [fileId]);
      if (!found) throw DomainError.badInput('fileId', 'No uploaded file has this id');
    } else {
      fileId = null;
    }
    return { body, videoUrl: kind === 'VIDEO' ? videoUrl : null, transcript: kind === 'VIDEO' ? transcript : null, fileId };
  }

  private async placeInTracks(manager: EntityManager, courseId: string, placements: TrackPlacementCommand[], field: string): Promise<void> {
    const codes = [...new Set(placements.map((placement) => placement.trackCode.trim().toLowerCase()))];
    const tracks: Array<{ id: string; code: string }> = await manager.query('SELECT id, code FROM track WHERE code = ANY($1)', [codes]);
    const unknown = codes.filter((code) => !tracks.some((track) => track.code === code));
    if (unknown.length) throw DomainError.badInput(field, `Unknown track code(s): ${unknown.join(', ')}`);
    for (const placement of placements) {
      const track = tracks.find((t) => t.code === placement.trackCode.trim().toLowerCase()) as { id: string };
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`course_track:${track.id}`]);
      const ordered: Array<{ course_id: string }> = await manager.query(
        'SELECT course_id FROM course_track WHERE track_id = $1 AND course_id <> $2 ORDER BY position, course_id',
        [track.id, courseId],
      );
      const ids = ordered.map((row) => row.course_id);
      const index = placement.position != null ? Math.min(Math.max(Math.trunc(placement.position), 1), ids.length + 1) - 1 : ids.length;
      ids.splice(index, 0, courseId);
      await manager.query(
        `INSERT INTO course_track (course_id, track_id, position, mandatory) VALUES ($1, $2, 0, $3)
         ON CONFLICT (course_id, track_id) DO UPDATE SET mandatory = EXCLUDED.mandatory`,
        [courseId, track.id, placement.mandatory ?? false],
      );
      await manager.query(
        `UPDATE course_track ct SET position = v.position
           FROM unnest($2::uuid[]) WITH ORDINALITY AS v(course_id, position)
          WHERE ct.track_id = $1 AND ct.course_id = v.course_id`,
        [track.id, ids],
      );
    }
  }

  /** Prerequisites must be existing courses and must not lead back to the course itself. */
  private async validPrerequisites(manager: EntityManager, ownCode: string, raw: string[]): Promise<string[]> {
    const codes = [...new Set(raw.map((code) => normaliseCourseCode(code, 'prerequisiteCodes')))];
    if (codes.length === 0) return [];
    if (codes.includes(ownCode)) throw DomainError.badInput('prerequisiteCodes', 'A course cannot be its own prerequisite');
    const found: Array<{ code: string }> = await manager.query('SELECT code FROM course WHERE code = ANY($1)', [codes]);
    const unknown = codes.filter((code) => !found.some((row) => row.code === code));
    if (unknown.length) throw DomainError.badInput('prerequisiteCodes', `Unknown course code(s): ${unknown.join(', ')}`);
    const [{ cycle }]: Array<{ cycle: boolean }> = await manager.query(
      `WITH RECURSIVE reach(code) AS (
         SELECT unnest($1::text[])
         UNION
         SELECT p FROM reach r JOIN course c ON c.code = r.code CROSS JOIN LATERAL unnest(c.prerequisite_codes) AS p
       ) SELECT EXISTS (SELECT 1 FROM reach WHERE code = $2) AS cycle`,
      [codes, ownCode],
    );
    if (cycle) throw DomainError.badInput('prerequisiteCodes', 'These prerequisites would make a circle back to this course');
    return codes;
  }

  private async reorderModules(manager: EntityManager, courseId: string, moduleId: string, position: number): Promise<void> {
    const rows: Array<{ id: string }> = await manager.query(
      'SELECT id FROM course_module WHERE course_id = $1 ORDER BY position, created_at',
      [courseId],
    );
    await this.writeOrder(manager, 'course_module', moveTo(rows.map((row) => row.id), moduleId, position));
  }

  private async reorderLessons(manager: EntityManager, moduleId: string, lessonId: string, position: number): Promise<void> {
    const rows: Array<{ id: string }> = await manager.query('SELECT id FROM lesson WHERE module_id = $1 ORDER BY position, created_at', [moduleId]);
    await this.writeOrder(manager, 'lesson', moveTo(rows.map((row) => row.id), lessonId, position));
  }

  private async renumber(manager: EntityManager, table: 'course_module' | 'lesson', parentColumn: 'course_id' | 'module_id', parentId: string): Promise<void> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM ${table} WHERE ${parentColumn} = $1 ORDER BY position, created_at`,
      [parentId],
    );
    await this.writeOrder(manager, table, rows.map((row) => row.id));
  }

  private async writeOrder(manager: EntityManager, table: 'course_module' | 'lesson', ids: string[]): Promise<void> {
    await manager.query(
      `UPDATE ${table} t SET position = v.position, updated_at = now()
         FROM unnest($1::uuid[]) WITH ORDINALITY AS v(id, position)
        WHERE t.id = v.id AND t.position <> v.position`,
      [ids],
    );
  }

  private async getModule(id: string): Promise<CourseModuleEntity> {
    const module = await this.dataSource.getRepository(CourseModuleEntity).findOne({ where: { id } });
    if (!module) throw DomainError.notFound('Module', id);
    return module;
  }

  private async getLesson(id: string): Promise<LessonEntity> {
    const lesson = await this.dataSource.getRepository(LessonEntity).findOne({ where: { id } });
    if (!lesson) throw DomainError.notFound('Lesson', id);
    return lesson;
  }

  private async reload(manager: EntityManager, id: string): Promise<CourseEntity> {
    return manager.findOneOrFail(CourseEntity, { where: { id } });
  }
}

/** The ids with `id` moved to the 1-based position (clamped to the list). */
export function moveTo(ids: string[], id: string, position: number): string[] {
  const rest = ids.filter((other) => other !== id);
  const index = Math.min(Math.max(Math.trunc(position), 1), rest.length + 1) - 1;
  rest.splice(index, 0, id);
  return rest;
}
