export const COURSE_STATUSES = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

/** The workflow of the next version of a published course. */
export const REVISION_STATUSES = ['DRAFT', 'IN_REVIEW'] as const;
export type RevisionStatus = (typeof REVISION_STATUSES)[number];

export const LESSON_KINDS = ['TEXT', 'VIDEO', 'FILE', 'EXAM'] as const;
export type LessonKind = (typeof LESSON_KINDS)[number];
