import { registerEnumType } from '@nestjs/graphql';
import { COURSE_STATUSES, ENROLLMENT_SOURCES, ENROLLMENT_STATUSES, LESSON_KINDS } from '@hocso/server-core';

function enumOf<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
}

export const CourseStatusEnum = enumOf(COURSE_STATUSES);
export const LessonKindEnum = enumOf(LESSON_KINDS);
export const EnrollmentStatusEnum = enumOf(ENROLLMENT_STATUSES);
export const EnrollmentSourceEnum = enumOf(ENROLLMENT_SOURCES);

registerEnumType(CourseStatusEnum, { name: 'CourseStatus' });
registerEnumType(LessonKindEnum, { name: 'LessonKind' });
registerEnumType(EnrollmentStatusEnum, { name: 'EnrollmentStatus' });
registerEnumType(EnrollmentSourceEnum, { name: 'EnrollmentSource', description: 'SELF: the learner enrolled; ASSIGNED: a training requirement did' });
