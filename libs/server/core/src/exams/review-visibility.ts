import type { ReviewVisibility } from './exam-settings';

/** Where an attempt stands for its review: submitted or not, and whether the exam has closed for its taker. */
export interface ReviewMoment {
  submitted: boolean;
  /** The taker's effective closing time has passed (an exam without one never closes). */
  examClosed: boolean;
}

/** Whether a part of the review policy lets the taker see that part now. */
export function reviewPartVisible(visibility: ReviewVisibility, moment: ReviewMoment): boolean {
  switch (visibility) {
    case 'NEVER':
      return false;
    case 'AFTER_SUBMIT':
      return moment.submitted;
    case 'AFTER_CLOSE':
      return moment.submitted && moment.examClosed;
  }
}
