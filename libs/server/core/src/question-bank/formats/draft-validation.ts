import type { QuestionDraft } from '../question-draft';

/**
 * The checks Moodle's question types make when saving (qtype_*::save_question_options): a question that
 * fails them could never be answered right, so it is rejected rather than imported. Returns the reason.
 */
export function findDraftProblem(question: QuestionDraft): string | null {
  switch (question.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE': {
      if (question.options.length < 2) return 'A choice question needs at least 2 choices';
      const badFraction = question.options.find((option) => !(option.fraction >= -1 && option.fraction <= 1));
      if (badFraction) return `The grade of choice "${badFraction.text}" must be between -100% and 100%`;
      if (question.type === 'SINGLE_CHOICE') {
        const best = Math.max(...question.options.map((option) => option.fraction));
        if (best !== 1) return 'One of the choices must be worth 100% so that full marks are possible';
      } else {
        const positiveTotal = question.options.reduce((sum, option) => sum + Math.max(option.fraction, 0), 0);
        // Moodle's editing form wants exactly 100%; its import and its grading (capped at 100%) only need full
        // marks to be reachable.
        if (Math.round(positiveTotal * 100) < 100) {
          return `The positive grades of a multiple-answer question must add up to at least 100% (they add up to ${+(positiveTotal * 100).toFixed(5)}%)`;
        }
      }
      return null;
    }
    case 'SHORT_ANSWER': {
      if (question.options.length === 0) return 'A short-answer question needs at least one accepted answer';
      if (question.options.some((option) => option.text.trim() === '')) return 'An accepted answer is empty';
      const best = Math.max(...question.options.map((option) => option.fraction));
      if (best !== 1) return 'One of the answers must be worth 100% so that full marks are possible';
      return null;
    }
    case 'NUMERIC': {
      if (question.numericAnswers.length === 0) return 'A numeric question needs at least one numeric answer';
      const best = Math.max(...question.numericAnswers.map((answer) => answer.fraction));
      if (best !== 1) return 'One of the answers must be worth 100% so that full marks are possible';
      return null;
    }
    case 'MATCHING': {
      const realPairs = question.matchPairs.filter((pair) => pair.prompt.trim() !== '');
      if (realPairs.length < 2) return 'A matching question needs at least 2 pairs with a question part';
      if (question.matchPairs.some((pair) => pair.answer.trim() === '')) return 'A matching answer is empty';
      return null;
    }
    case 'TRUE_FALSE':
      return question.correctBoolean === undefined ? 'The right answer (true or false) is missing' : null;
    case 'ESSAY':
    case 'DESCRIPTION':
      return question.prompt.trim() === '' ? 'The question text is empty' : null;
  }
}

/** Percentages such as 33.33333% come back from /100 as 0.33333330000000003; Moodle stores 7 decimals. */
export function roundFraction(fraction: number): number {
  return Math.round(fraction * 1e7) / 1e7;
}
