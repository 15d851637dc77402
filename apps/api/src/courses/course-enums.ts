import { registerEnumType } from '@nestjs/graphql';
import { COURSE_STATUSES, type CourseAction, ENROLLMENT_SOURCES, ENROLLMENT_STATUSES, LESSON_KINDS } from '@hocso/server-core';
import { actionEnum, enumOf } from '../common/graphql-enums';

export const CourseStatusEnum = enumOf(COURSE_STATUSES);
export const CourseActionEnum = actionEnum<CourseAction>('CourseAction', 'What one can do to a course; Course.allowedActions lists those the caller may do now', {
  EDIT_DETAILS: 'updateCourse',
  EDIT_CONTENT: 'add, change, move and delete modules and lessons',
  MANAGE_AUTHORS: 'addCourseAuthor, removeCourseAuthor',
  SUBMIT: 'submitCourseForReview',
  PUBLISH: 'publishCourse',
  RETURN: 'returnCourseToDraft',
  ARCHIVE: 'archiveCourse',
});
export const LessonKindEnum = enumOf(LESSON_KINDS);
export const EnrollmentStatusEnum = enumOf(ENROLLMENT_STATUSES);
export const EnrollmentSourceEnum = enumOf(ENROLLMENT_SOURCES);

registerEnumType(CourseStatusEnum, { name: 'CourseStatus' });
registerEnumType(LessonKindEnum, { name: 'LessonKind' });
registerEnumType(EnrollmentStatusEnum, { name: 'EnrollmentStatus' });
registerEnumType(EnrollmentSourceEnum, { name: 'EnrollmentSource', description: 'SELF: the learner enrolled; ASSIGNED: a training requirement did; COHORT: a cohort the learner was added to did' });
