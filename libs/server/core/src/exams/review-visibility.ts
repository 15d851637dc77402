import type { ReviewPolicy, ReviewVisibility } from './exam-settings';

export type ReviewPart = keyof ReviewPolicy;

/** Which parts of a submitted attempt its viewer may see now. */
export type ReviewVisibilityNow = Record<ReviewPart, boolean>;

export const NOTHING_VISIBLE: ReviewVisibilityNow = { score: false, correctness: false, feedback: false, rightAnswers: false };
export const EVERYTHING_VISIBLE: ReviewVisibilityNow = { score: true, correctness: true, feedback: true, rightAnswers: true };

/** When an attempt was handed in and when the exam closes for its taker. */
export interface ReviewMoment {
  now: Date;
  /** Null while the attempt is in progress: nothing of its grade shows before it is submitted. */
  submittedAt: Date | null;
  /** The closing time in force for this taker (their override, their unit's, else the exam's); null when none. */
  closesAt: Date | null;
  /** The attempt's own deadline (time limit × multiplier, closing time, exam-day extensions); null when none. */
  deadline: Date | null;
}

/**
 * When "after the exam is closed" comes for this attempt. As in Moodle, that is the closing time (the one in
 * force for its taker); an exam with no closing time is closed for an attempt at the attempt's own deadline
 * (its time limit), and an exam with neither never closes, so AFTER_CLOSE parts of it are never shown.
 */
export function reviewClosedAt(moment: Pick<ReviewMoment, 'closesAt' | 'deadline'>): Date | null {
  return moment.closesAt ?? moment.deadline;
}

export function isVisible(visibility: ReviewVisibility, moment: ReviewMoment): boolean {
  if (moment.submittedAt === null) return false;
  switch (visibility) {
    case 'NEVER':
      return false;
    case 'AFTER_SUBMIT':
      return true;
    case 'AFTER_CLOSE': {
      const closedAt = reviewClosedAt(moment);
      return closedAt !== null && moment.now.getTime() >= closedAt.getTime();
    }
  }
}

/** What the exam's review policy lets a learner see of their attempt now; editors of the exam see everything. */
export function reviewVisibilityNow(policy: ReviewPolicy, moment: ReviewMoment, viewerEditsExam: boolean): ReviewVisibilityNow {
  if (viewerEditsExam) return EVERYTHING_VISIBLE;
  return {
    score: isVisible(policy.score, moment),
    correctness: isVisible(policy.correctness, moment),
    feedback: isVisible(policy.feedback, moment),
    rightAnswers: isVisible(policy.rightAnswers, moment),
  };
}
