import { QUESTION_LIMITS } from '@hocso/server-core';

/**
 * The sizes the cost estimate assumes for lists that are not paged: the bound the domain keeps where it
 * keeps one (the parts of a question), otherwise a generous figure for what the province's data holds.
 */
export const LIST_BOUNDS = {
  modulesPerCourse: 15,
  lessonsPerModule: 15,
  authorsPerCourse: 10,
  versionsPerCourse: 20,
  tracks: 10,
  coursesPerTrack: 50,
  enrollmentsPerLearner: 30,
  childOrgUnits: 100,
  orgUnitDepth: 10,
  rolesPerUser: 10,
  banksPerTrainer: 20,
  categoriesPerBank: 100,
  collaboratorsPerBank: 20,
  versionsPerQuestion: 50,
  /** `QuestionBank.questions` is not paged: a bank of the largest import. */
  questionsPerBank: 10_000,
  attachmentsPerQuestion: 20,
  optionsPerQuestion: QUESTION_LIMITS.options,
  matchPairsPerQuestion: QUESTION_LIMITS.matchPairs,
  numericAnswersPerQuestion: QUESTION_LIMITS.numericAnswers,
} as const;

/** Page sizes of the paged lists: [default, most]. */
export const PAGE_SIZES = {
  courses: [20, 100],
  users: [20, 100],
  officialImports: [20, 100],
} as const;
