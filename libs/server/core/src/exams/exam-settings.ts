/** How the grades of several attempts make the exam's grade (Moodle's quiz `grademethod`). */
export const GRADING_METHODS = ['HIGHEST', 'LAST', 'FIRST', 'AVERAGE'] as const;
export type GradingMethod = (typeof GRADING_METHODS)[number];

/** When a learner may see a part of a submitted attempt. */
export const REVIEW_VISIBILITIES = ['NEVER', 'AFTER_SUBMIT', 'AFTER_CLOSE'] as const;
export type ReviewVisibility = (typeof REVIEW_VISIBILITIES)[number];

/** What a learner may see of a submitted attempt, part by part. */
export interface ReviewPolicy {
  /** Score and pass/fail. */
  score: ReviewVisibility;
  /** Per question: right, partly right or wrong, and its points. */
  correctness: ReviewVisibility;
  /** Option, answer and general feedback. */
  feedback: ReviewVisibility;
  /** The right answers. */
  rightAnswers: ReviewVisibility;
}

export const DEFAULT_REVIEW_POLICY: ReviewPolicy = {
  score: 'AFTER_SUBMIT',
  correctness: 'AFTER_SUBMIT',
  feedback: 'AFTER_SUBMIT',
  rightAnswers: 'AFTER_CLOSE',
};

/** Vietnamese civil-service training rules pass at half the points. */
export const DEFAULT_PASS_PERCENT = 50;

export const ATTEMPT_STATES = ['IN_PROGRESS', 'NEEDS_GRADING', 'GRADED'] as const;
export type AttemptState = (typeof ATTEMPT_STATES)[number];

export const ANSWER_OUTCOMES = ['CORRECT', 'PARTIAL', 'WRONG', 'UNANSWERED', 'NEEDS_GRADING'] as const;
export type AnswerOutcome = (typeof ANSWER_OUTCOMES)[number];
