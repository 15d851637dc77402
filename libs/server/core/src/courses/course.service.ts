import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { assertCanAuthorCourses, assertCanReviewCourses, courseViewFor } from './course-access';
import { CourseChanges } from './course-changes';
import { CourseCoverService } from './course-cover.service';
import { CourseEntity } from './course.entity';
import { cleanComment, cleanHours, cleanSummary, cleanTitle, cleanUrl, normaliseCourseCode } from './course-input-rules';
import { publishCourseVersion } from './course-snapshot-builder';
import type { CourseView } from './course-view';
import { placeInTracks, removeFromTracks, type TrackPlacementCommand } from './track-placement';

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

/**
 * A course's details (which apply at once, unversioned) and its review workflow. Its authors are in
 * CourseAuthorService, its content in CourseContentService, reads in CourseReadService.
 */
@Injectable()
export class CourseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: CourseChanges,
    private readonly covers: CourseCoverService,
  ) {}

  async create(actor: Actor, command: CreateCourseCommand): Promise<CourseView> {
    assertCanAuthorCourses(actor, 'course.createForbidden');
    const code = normaliseCourseCode(command.code);
    const title = cleanTitle(command.title);
    const summary = cleanSummary(command.summary);
    const hours = cleanHours(command.hours);
    const coverImageUrl = cleanUrl(command.coverImageUrl, 'coverImageUrl');
    return this.dataSource.transaction(async (manager) => {
      const prerequisiteCodes = await validPrerequisites(manager, code, command.prerequisiteCodes ?? []);
      const inserted: Array<{ id: string }> = await manager.query(
        `INSERT INTO course (code, title, summary, hours, cover_image_url, prerequisite_codes, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT ON CONSTRAINT course_code_key DO NOTHING RETURNING id`,
        [code, title, summary, hours, coverImageUrl, prerequisiteCodes, actor.userId],
      );
      if (inserted.length === 0) throw DomainError.conflict('course.codeTaken', 'code', { code });
      const id = inserted[0].id;
      await manager.query('INSERT INTO course_author (course_id, user_id) VALUES ($1, $2)', [id, actor.userId]);
      if (command.trackCodes?.length) {
        await placeInTracks(manager, id, command.trackCodes.map((trackCode) => ({ trackCode })), 'trackCodes');
      }
      return courseViewFor(actor, await manager.findOneOrFail(CourseEntity, { where: { id } }), { isAuthor: true });
    });
  }

  async update(actor: Actor, courseId: string, command: UpdateCourseCommand): Promise<CourseView> {
    let previousCoverUrl: string | null = null;
    const view = await this.changes.apply(actor, courseId, 'EDIT_DETAILS', async (manager, course) => {
      previousCoverUrl = course.coverImageUrl;
      if (command.title != null) course.title = cleanTitle(command.title);
      if (command.summary != null) course.summary = cleanSummary(command.summary);
      if (command.hours != null) course.hours = cleanHours(command.hours);
      // An uploaded cover's URL is the server's own (course-cover-key.ts): the form may send it back unchanged.
      if (command.coverImageUrl !== undefined && command.coverImageUrl !== course.coverImageUrl) {
        course.coverImageUrl = cleanUrl(command.coverImageUrl, 'coverImageUrl');
      }
      if (command.prerequisiteCodes != null) {
        course.prerequisiteCodes = await validPrerequisites(manager, course.code, command.prerequisiteCodes);
      }
      await manager.query(
        `UPDATE course SET title = $2, summary = $3, hours = $4, cover_image_url = $5, prerequisite_codes = $6, updated_at = now()
          WHERE id = $1`,
        [course.id, course.title, course.summary, course.hours, course.coverImageUrl, course.prerequisiteCodes],
      );
      if (command.tracks != null) {
        await removeFromTracks(manager, course.id);
        await placeInTracks(manager, course.id, command.tracks, 'tracks');
      }
    });
    await this.covers.forgetReplaced(previousCoverUrl, view.course.coverImageUrl);
    return view;
  }

  async submitForReview(actor: Actor, courseId: string): Promise<CourseView> {
    return this.changes.apply(actor, courseId, 'SUBMIT', async (manager, course) => {
      await assertPublishable(manager, course.id);
      await manager.query('UPDATE course SET submitted_at = now(), submitted_by_id = $2, review_comment = NULL WHERE id = $1', [course.id, actor.userId]);
    });
  }

  async publish(actor: Actor, courseId: string): Promise<CourseView> {
    assertCanReviewCourses(actor);
    return this.changes.apply(actor, courseId, 'PUBLISH', async (manager, course) => {
      await assertPublishable(manager, course.id);
      await publishCourseVersion(manager, course.id, actor.userId);
      await manager.query('UPDATE course SET review_comment = NULL WHERE id = $1', [course.id]);
    });
  }

  async returnToDraft(actor: Actor, courseId: string, rawComment: string): Promise<CourseView> {
    assertCanReviewCourses(actor);
    const comment = cleanComment(rawComment);
    return this.changes.apply(actor, courseId, 'RETURN', async (manager, course) => {
      await manager.query('UPDATE course SET review_comment = $2 WHERE id = $1', [course.id, comment]);
    });
  }

  /** Archived courses take no new enrollments; enrolled learners keep their version. */
  async archive(actor: Actor, courseId: string): Promise<CourseView> {
    return this.changes.apply(actor, courseId, 'ARCHIVE', async (manager, course) => {
      await manager.query('UPDATE course SET archived_at = now() WHERE id = $1', [course.id]);
    });
  }
}

/** A course goes to review, and is published, with at least one required lesson. */
async function assertPublishable(manager: EntityManager, courseId: string): Promise<void> {
  const [{ lessons, required }]: Array<{ lessons: number; required: number }> = await manager.query(
    `SELECT count(*)::int AS lessons, (count(*) FILTER (WHERE required))::int AS required FROM lesson WHERE course_id = $1`,
    [courseId],
  );
  if (lessons === 0 || required === 0) throw DomainError.conflict('course.needsRequiredLesson');
}

/** Prerequisites must be existing courses and must not lead back to the course itself. */
async function validPrerequisites(manager: EntityManager, ownCode: string, raw: string[]): Promise<string[]> {
  const codes = [...new Set(raw.map((code) => normaliseCourseCode(code, 'prerequisiteCodes')))];
  if (codes.length === 0) return [];
  if (codes.includes(ownCode)) throw DomainError.badInput('prerequisiteCodes', 'course.ownPrerequisite');
  const found: Array<{ code: string }> = await manager.query('SELECT code FROM course WHERE code = ANY($1)', [codes]);
  const unknown = codes.filter((code) => !found.some((row) => row.code === code));
  if (unknown.length) throw DomainError.badInput('prerequisiteCodes', 'course.unknownPrerequisites', { codes: unknown.join(', ') });
  const [{ cycle }]: Array<{ cycle: boolean }> = await manager.query(
    `WITH RECURSIVE reach(code) AS (
       SELECT unnest($1::text[])
       UNION
       SELECT p FROM reach r JOIN course c ON c.code = r.code CROSS JOIN LATERAL unnest(c.prerequisite_codes) AS p
     ) SELECT EXISTS (SELECT 1 FROM reach WHERE code = $2) AS cycle`,
    [codes, ownCode],
  );
  if (cycle) throw DomainError.badInput('prerequisiteCodes', 'course.prerequisiteCycle');
  return codes;
}
