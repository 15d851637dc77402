import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import {
  allowedCourseActions,
  assertCanEditCourse,
  assertCanReviewCourses,
  canAuthorCourses,
  canReadCourseVersion,
  canSeeCourse,
  courseViewFor,
  courseViewOfEnrollment,
} from './course-access';
import { CourseEntity } from './course.entity';
import type { CourseStatus, RevisionStatus } from './course-status';

const actor = (...roles: Array<'LEARNER' | 'TRAINER' | 'ADMIN' | 'UNIT_MANAGER'>): Actor => ({
  userId: roles.join('-') || 'nobody',
  grants: roles.map((role) => ({ role, orgUnitId: null, orgUnitPath: null })),
});
const admin = actor('LEARNER', 'ADMIN');
const trainer = actor('LEARNER', 'TRAINER');
const learner = actor('LEARNER');
const manager = actor('LEARNER', 'UNIT_MANAGER');

function course(status: CourseStatus, revisionStatus: RevisionStatus | null = null): CourseEntity {
  return Object.assign(new CourseEntity(), {
    id: 'c',
    status,
    revisionStatus,
    reviewComment: 'Thêm ví dụ',
    liveVersionId: status === 'DRAFT' || status === 'IN_REVIEW' ? null : 'v-live',
  });
}

function reasonOf(run: () => void): string | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return `${error.code} ${error.reason}`;
    throw error;
  }
}

describe('course access', () => {
  it('lets trainers and administrators author courses, nobody else', () => {
    expect([admin, trainer, learner, manager, undefined].map(canAuthorCourses)).toEqual([true, true, false, false, false]);
  });

  it('lets an author who is a trainer, and any administrator, edit; a former trainer who still authors may not', () => {
    expect(reasonOf(() => assertCanEditCourse(trainer, true))).toBeNull();
    expect(reasonOf(() => assertCanEditCourse(admin, false))).toBeNull();
    expect(reasonOf(() => assertCanEditCourse(trainer, false))).toBe('FORBIDDEN course.editorsOnly');
    expect(reasonOf(() => assertCanEditCourse(learner, true))).toBe('FORBIDDEN course.editorsOnly');
    expect(reasonOf(() => assertCanReviewCourses(trainer))).toBe('FORBIDDEN course.reviewersOnly');
    expect(reasonOf(() => assertCanReviewCourses(admin))).toBeNull();
  });

  it.each<[string, CourseEntity, string[]]>([
    ['a draft', course('DRAFT'), ['EDIT_DETAILS', 'EDIT_CONTENT', 'MANAGE_AUTHORS', 'SUBMIT', 'ARCHIVE']],
    ['a course in review', course('IN_REVIEW'), ['ARCHIVE']],
    ['a published course', course('PUBLISHED'), ['EDIT_DETAILS', 'EDIT_CONTENT', 'MANAGE_AUTHORS', 'ARCHIVE']],
    ['a revision in draft', course('PUBLISHED', 'DRAFT'), ['EDIT_DETAILS', 'EDIT_CONTENT', 'MANAGE_AUTHORS', 'SUBMIT', 'ARCHIVE']],
    ['a revision in review', course('PUBLISHED', 'IN_REVIEW'), ['ARCHIVE']],
    ['an archived course', course('ARCHIVED'), []],
  ])('offers its author who is a trainer what the workflow allows of %s, and never to publish or return', (_, entity, expected) => {
    expect(allowedCourseActions(trainer, true, entity)).toEqual(expected);
  });

  it('offers an administrator the review of a course in review, whether or not they author it', () => {
    expect(allowedCourseActions(admin, false, course('IN_REVIEW'))).toEqual(['PUBLISH', 'RETURN', 'ARCHIVE']);
    expect(allowedCourseActions(admin, true, course('PUBLISHED', 'IN_REVIEW'))).toEqual(['PUBLISH', 'RETURN', 'ARCHIVE']);
    expect(allowedCourseActions(admin, false, course('DRAFT'))).toEqual(['EDIT_DETAILS', 'EDIT_CONTENT', 'MANAGE_AUTHORS', 'SUBMIT', 'ARCHIVE']);
  });

  it('offers nothing to other trainers, learners, unit managers and anonymous readers', () => {
    for (const reader of [trainer, learner, manager, undefined]) expect(allowedCourseActions(reader, false, course('IN_REVIEW'))).toEqual([]);
    expect(allowedCourseActions(learner, true, course('DRAFT'))).toEqual([]);
  });

  it('shows editors the working copy with its revision and comment, and readers a published version without them', () => {
    const revising = course('PUBLISHED', 'DRAFT');
    expect(courseViewFor(trainer, revising, { isAuthor: true })).toMatchObject({
      canEdit: true,
      versionId: null,
      course: { revisionStatus: 'DRAFT', reviewComment: 'Thêm ví dụ' },
    });
    const read = courseViewFor(learner, revising, { isAuthor: false, enrolledVersionId: 'v-1' });
    expect(read).toMatchObject({ canEdit: false, versionId: 'v-1', allowedActions: [], course: { revisionStatus: null, reviewComment: null } });
    expect(revising.revisionStatus).toBe('DRAFT');
    expect(courseViewFor(undefined, revising, { isAuthor: false }).versionId).toBe('v-live');
  });

  it('hides a draft from readers who do not edit it, and shows an enrolled learner their own version', () => {
    expect(canSeeCourse(courseViewFor(learner, course('DRAFT'), { isAuthor: false }))).toBe(false);
    expect(canSeeCourse(courseViewFor(trainer, course('DRAFT'), { isAuthor: true }))).toBe(true);
    const live = courseViewFor(learner, course('PUBLISHED'), { isAuthor: false });
    expect(courseViewOfEnrollment(live, 'v-1').versionId).toBe('v-1');
    const edited = courseViewFor(trainer, course('PUBLISHED'), { isAuthor: true });
    expect(courseViewOfEnrollment(edited, 'v-1').versionId).toBeNull();
  });

  it('lets editors read every version, and others only the live one or their own', () => {
    expect(canReadCourseVersion(trainer, { isAuthor: true, live: false, enrolled: false })).toBe(true);
    expect(canReadCourseVersion(trainer, { isAuthor: false, live: false, enrolled: false })).toBe(false);
    expect(canReadCourseVersion(undefined, { isAuthor: false, live: true, enrolled: false })).toBe(true);
    expect(canReadCourseVersion(learner, { isAuthor: false, live: false, enrolled: true })).toBe(true);
  });
});
