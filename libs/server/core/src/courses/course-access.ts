import type { DataSource, EntityManager } from 'typeorm';
import { type Actor, hasRole, isAdmin } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import type { BindParameter } from '../pagination/keyset';
import { CourseEntity } from './course.entity';
import type { CourseMessageKey } from './course-messages';
import type { CourseView } from './course-view';
import { COURSE_ACTIONS, type CourseAction, workflowAllows, type WorkflowState } from './course-workflow';

/** Who may do what with courses: the one place these rules are written. */

/** Trainers and administrators author courses: they create them, upload lesson files and list unpublished ones. */
export function canAuthorCourses(actor: Actor | undefined): actor is Actor {
  return actor !== undefined && (hasRole(actor, 'TRAINER') || isAdmin(actor));
}

export function assertCanAuthorCourses(
  actor: Actor | undefined,
  refusal: Extract<CourseMessageKey, 'course.createForbidden' | 'course.uploadForbidden' | 'course.listUnpublishedForbidden' | 'course.previewForbidden' | 'course.prerequisiteChoicesForbidden'>,
): asserts actor is Actor {
  if (!canAuthorCourses(actor)) throw DomainError.forbidden(refusal);
}

/** A course's authors who are trainers, and administrators, edit it and read its working copy. */
export function canEditCourse(actor: Actor | undefined, isAuthor: boolean): actor is Actor {
  return actor !== undefined && (isAdmin(actor) || (isAuthor && hasRole(actor, 'TRAINER')));
}

export function assertCanEditCourse(actor: Actor, isAuthor: boolean): void {
  if (!canEditCourse(actor, isAuthor)) throw DomainError.forbidden('course.editorsOnly');
}

/** Administrators review courses: they publish them or send them back to draft. */
export function canReviewCourses(actor: Actor | undefined): actor is Actor {
  return actor !== undefined && isAdmin(actor);
}

export function assertCanReviewCourses(actor: Actor): void {
  if (!canReviewCourses(actor)) throw DomainError.forbidden('course.reviewersOnly');
}

const REVIEW_ACTIONS: ReadonlySet<CourseAction> = new Set<CourseAction>(['PUBLISH', 'RETURN']);

/** Whether the actor may do the action (their rights) and the workflow lets it happen now (the course's state). */
export function canDoCourseAction(actor: Actor | undefined, isAuthor: boolean, state: WorkflowState, action: CourseAction): boolean {
  if (!canEditCourse(actor, isAuthor)) return false;
  if (REVIEW_ACTIONS.has(action) && !canReviewCourses(actor)) return false;
  return workflowAllows(state, action);
}

/** Every action the actor may do to the course now, in the order of COURSE_ACTIONS. */
export function allowedCourseActions(actor: Actor | undefined, isAuthor: boolean, state: WorkflowState): CourseAction[] {
  return COURSE_ACTIONS.filter((action) => canDoCourseAction(actor, isAuthor, state, action));
}

/**
 * The course as this reader sees it: an editor reads the working copy; anyone else a published version (the
 * one they enrolled in, else the live one), without the revision in progress, who sent it to review or the reviewer's comment.
 */
export function courseViewFor(
  actor: Actor | undefined,
  course: CourseEntity,
  reader: { isAuthor: boolean; enrolledVersionId?: string | null },
): CourseView {
  if (canEditCourse(actor, reader.isAuthor)) {
    return { course, canEdit: true, versionId: null, allowedActions: allowedCourseActions(actor, reader.isAuthor, course) };
  }
  const published = Object.assign(new CourseEntity(), course, { revisionStatus: null, reviewComment: null, submittedById: null, submittedAt: null });
  return { course: published, canEdit: false, versionId: reader.enrolledVersionId ?? course.liveVersionId, allowedActions: [] };
}

/** The course as an enrollment shows it: the version the learner is on, unless they edit the course. */
export function courseViewOfEnrollment(view: CourseView, enrolledVersionId: string): CourseView {
  return view.canEdit ? view : { ...view, versionId: enrolledVersionId };
}

/** A reader who does not edit the course and has no published version of it to read does not see it at all. */
export function canSeeCourse(view: CourseView): boolean {
  return view.canEdit || view.versionId !== null;
}

/** Editors read every published version; anyone else only the live one or the one they are enrolled in. */
export function canReadCourseVersion(actor: Actor | undefined, version: { isAuthor: boolean; live: boolean; enrolled: boolean }): boolean {
  return canEditCourse(actor, version.isAuthor) || version.live || version.enrolled;
}

/**
 * A lesson file goes with the content that shows it: anyone reads it in the live version, learners in the
 * version they are enrolled in, editors always (drafts, lessons deleted since), and its uploader.
 */
export function canReadLessonFile(
  actor: Actor | undefined,
  file: { isAuthor: boolean; inLive: boolean; inEnrolled: boolean; uploadedById: string | null },
): boolean {
  return (
    canReadCourseVersion(actor, { isAuthor: file.isAuthor, live: file.inLive, enrolled: file.inEnrolled }) ||
    (actor !== undefined && file.uploadedById === actor.userId)
  );
}

/**
 * A file belongs to the one course it was first shown in. Until then its uploader (or an administrator) may
 * attach it; afterwards, only that course's lessons may show it (whoever edits them).
 */
export function canAttachLessonFile(actor: Actor, file: { uploadedById: string | null; courseId: string | null }, courseId: string): boolean {
  return file.courseId === courseId || (file.courseId === null && (file.uploadedById === actor.userId || isAdmin(actor)));
}

/** The versions of a course and its learners on each are for its editors. */
export function assertCanSeeCourseVersions(view: CourseView): void {
  if (!view.canEdit) throw DomainError.forbidden('course.versionsForEditors');
}

/** Who authors a course is for its editors. */
export function assertCanSeeCourseAuthors(view: CourseView): void {
  if (!view.canEdit) throw DomainError.forbidden('course.authorsForEditors');
}

/**
 * SQL: whether the user whose id is the parameter `userParam` (NULL for an anonymous reader) authors the
 * course whose id is `courseId`, so that reads learn it in the query that loads the course.
 */
export function authoredBySql(courseId: string, userParam: string): string {
  return `(${userParam}::uuid IS NOT NULL AND EXISTS (SELECT 1 FROM course_author a WHERE a.course_id = ${courseId} AND a.user_id = ${userParam}))`;
}

/**
 * SQL: whether the actor may edit the course whose id is `courseId` (canEditCourse as a condition, for the
 * queries that list the courses one edits): every course for an administrator, the ones they author for a
 * trainer, none for anyone else. `bind` adds the actor's id to the query's parameters when the condition needs it.
 */
export function editableCourseSql(actor: Actor | undefined, courseId: string, bind: BindParameter): string {
  if (!canEditCourse(actor, true)) return 'FALSE';
  const { userId } = actor;
  if (canEditCourse(actor, false)) return 'TRUE';
  return authoredBySql(courseId, bind(userId));
}

export async function isCourseAuthor(db: DataSource | EntityManager, courseId: string, userId: string): Promise<boolean> {
  const [{ author }]: Array<{ author: boolean }> = await db.query(`SELECT ${authoredBySql('$1', '$2')} AS author`, [courseId, userId]);
  return author;
}
