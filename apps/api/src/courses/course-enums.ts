import { registerEnumType } from '@nestjs/graphql';
import { COURSE_ACTIONS, COURSE_STATUSES, ENROLLMENT_SOURCES, ENROLLMENT_STATUSES, LESSON_KINDS } from '@hocso/server-core';
import { enumOf } from '../common/graphql-enums';

export const CourseStatusEnum = enumOf(COURSE_STATUSES);
export const CourseActionEnum = enumOf(COURSE_ACTIONS);
export const LessonKindEnum = enumOf(LESSON_KINDS);
export const EnrollmentStatusEnum = enumOf(ENROLLMENT_STATUSES);
export const EnrollmentSourceEnum = enumOf(ENROLLMENT_SOURCES);

registerEnumType(CourseStatusEnum, { name: 'CourseStatus' });
registerEnumType(CourseActionEnum, {
  name: 'CourseAction',
  description: 'What one can do to a course; Course.allowedActions lists those the caller may do now',
  valuesMap: {
    EDIT_DETAILS: { description: 'updateCourse' },
    EDIT_CONTENT: { description: 'add, change, move and delete modules and lessons' },
    MANAGE_AUTHORS: { description: 'addCourseAuthor, removeCourseAuthor' },
    SUBMIT: { description: 'submitCourseForReview' },
    PUBLISH: { description: 'publishCourse' },
    RETURN: { description: 'returnCourseToDraft' },
    ARCHIVE: { description: 'archiveCourse' },
  },
});
registerEnumType(LessonKindEnum, { name: 'LessonKind' });
registerEnumType(EnrollmentStatusEnum, { name: 'EnrollmentStatus' });
registerEnumType(EnrollmentSourceEnum, { name: 'EnrollmentSource', description: 'SELF: the learner enrolled; ASSIGNED: a training requirement did' });
