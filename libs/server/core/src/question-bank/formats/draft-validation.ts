import type { QuestionDraft } from '../question-draft';
import { type ImportProblem, problem } from './question-import-problem';

/**
 * The checks Moodle's question types make when saving (qtype_*::save_question_options): a question that
 * fails them could never be answered right, so it is rejected rather than imported. Returns the problem.
 */
export function findDraftProblem(question: QuestionDraft): ImportProblem | null {
  switch (question.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE': {
      if (question.options.length < 2) return problem('questionImport.tooFewChoices');
      const badFraction = question.options.find((option) => !(option.fraction >= -1 && option.fraction <= 1));
      if (badFraction) return problem('questionImport.choiceGradeOutOfRange', { choice: badFraction.text });
      if (question.type === 'SINGLE_CHOICE') {
        const best = Math.max(...question.options.map((option) => option.fraction));
        if (best !== 1) return problem('questionImport.noFullMarksChoice');
      } else {
        const positiveTotal = question.options.reduce((sum, option) => sum + Math.max(option.fraction, 0), 0);
        // Moodle's editing form wants exactly 100%; its import and its grading (capped at 100%) only need full
        // marks to be reachable.
        if (Math.round(positiveTotal * 100) < 100) {
          return problem('questionImport.positiveGradesBelowFull', { total: String(+(positiveTotal * 100).toFixed(5)) });
        }
      }
      return null;
    }
    case 'SHORT_ANSWER': {
      if (question.options.length === 0) return problem('questionImport.noAcceptedAnswer');
      if (question.options.some((option) => option.text.trim() === '')) return problem('questionImport.emptyAcceptedAnswer');
      const best = Math.max(...question.options.map((option) => option.fraction));
      if (best !== 1) return problem('questionImport.noFullMarksAnswer');
      return null;
    }
    case 'NUMERIC': {
      if (question.numericAnswers.length === 0) return problem('questionImport.noNumericAnswer');
      const best = Math.max(...question.numericAnswers.map((answer) => answer.fraction));
      if (best !== 1) return problem('questionImport.noFullMarksAnswer');
      return null;
    }
    case 'MATCHING': {
      const realPairs = question.matchPairs.filter((pair) => pair.prompt.trim() !== '');
      if (realPairs.length < 2) return problem('questionImport.tooFewPairsWithPrompt');
      if (question.matchPairs.some((pair) => pair.answer.trim() === '')) return problem('questionImport.emptyMatchAnswer');
      return null;
    }
    case 'TRUE_FALSE':
      return question.correctBoolean === undefined ? problem('questionImport.trueFalseMissing') : null;
    case 'ESSAY':
    case 'DESCRIPTION':
      return question.prompt.trim() === '' ? problem('questionImport.emptyText') : null;
  }
}

/** Percentages such as 33.33333% come back from /100 as 0.33333330000000003; Moodle stores 7 decimals. */
export function roundFraction(fraction: number): number {
  return Math.round(fraction * 1e7) / 1e7;
}
