import type { QuestionContent } from '../../question-bank/question-content';
import type { NumericAnswerDraft, NumericCatchAllDraft } from '../../question-bank/question-draft';

/** 10^-precision with PHP's default `precision` of 14: Moodle widens every interval by this much. */
const MOODLE_EPSILON = 1e-14;

/**
 * Moodle's qtype_numerical_answer within_tolerance with its nominal tolerance: value ± tolerance, widened by
 * a relative epsilon so that 0.1 + 0.2 still equals 0.3 and a zero tolerance is not a test of exact equality.
 */
export function withinTolerance(answer: Pick<NumericAnswerDraft, 'value' | 'tolerance'>, response: number): boolean {
  const tolerance = Math.abs(answer.tolerance);
  const margin = tolerance + MOODLE_EPSILON * Math.max(tolerance, Math.abs(answer.value), MOODLE_EPSILON);
  return answer.value - margin <= response && response <= answer.value + margin;
}

/**
 * The answer a number is graded by: the first numeric answer (in the question's order, as Moodle tries
 * them) whose interval holds it, else the `*` catch-all when the question has one.
 */
export function matchNumericAnswer(content: QuestionContent, response: number): NumericAnswerDraft | NumericCatchAllDraft | undefined {
  if (!Number.isFinite(response)) return undefined;
  return content.numericAnswers.find((answer) => withinTolerance(answer, response)) ?? content.numericCatchAll;
}
