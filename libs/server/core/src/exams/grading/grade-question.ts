import type { QuestionContent, StoredQuestionOption } from '../../question-bank/question-content';
import type { QuestionType } from '../../question-bank/question-draft';
import { roundFraction } from '../../question-bank/formats/draft-validation';
import type { AnswerOutcome } from '../exam-settings';
import { type AnswerResponse, isEmptyResponse, matchingParts, type MatchResponse } from './answer-response';
import { matchNumericAnswer } from './numeric-match';
import { matchShortAnswer } from './short-answer-match';

/** Moodle's "You have N correct": the parts of a multiple choice or matching answer that are right. */
export interface CorrectParts {
  right: number;
  /** The right options of a multiple choice, or the parts of a matching question. */
  total: number;
  /** MULTIPLE_CHOICE: how many options were chosen (more than `total` is Moodle's "too many selected"). */
  selected?: number;
}

/** The automatic grade of one response. */
export interface QuestionGrade {
  /**
   * The share of the question's points, 0..1; a single choice keeps the negative fraction of a wrong
   * option, as Moodle does. `null` when there is nothing to grade automatically: an essay waiting for a
   * trainer (NEEDS_GRADING) or a description (which carries no points).
   */
  fraction: number | null;
  outcome: AnswerOutcome;
  /** What Moodle shows below the question, in order: option or answer feedback, combined feedback, general feedback. */
  feedback: string[];
  /** Set when the question asks to show how many parts are right and the answer is partly right. */
  correctParts?: CorrectParts;
}

/** Moodle's question_state::graded_state_for_fraction: right above 0.999999, wrong below 0.000001. */
export function outcomeOfFraction(fraction: number): 'CORRECT' | 'PARTIAL' | 'WRONG' {
  if (fraction > 0.999999) return 'CORRECT';
  if (fraction < 0.000001) return 'WRONG';
  return 'PARTIAL';
}

/**
 * Grades a response as Moodle's question types do (deferred feedback, no penalties). The response is
 * expected to have passed checkResponseShape; of anything else only what fits counts (an unknown option or
 * matching part earns nothing, a single choice with several options is graded by the first).
 */
export function gradeResponse(type: QuestionType, content: QuestionContent, response: AnswerResponse | null): QuestionGrade {
  if (type === 'DESCRIPTION') return { fraction: null, outcome: 'UNANSWERED', feedback: texts(content.generalFeedback) };
  if (response === null || isEmptyResponse(type, response)) return unanswered(type, content);
  switch (type) {
    case 'SINGLE_CHOICE':
      return gradeSingleChoice(content, response.optionIds ?? []);
    case 'MULTIPLE_CHOICE':
      return gradeMultipleChoice(content, response.optionIds ?? []);
    case 'TRUE_FALSE':
      return gradeTrueFalse(content, response.boolean === true);
    case 'SHORT_ANSWER':
      return gradeByAnswer(content, matchShortAnswer(content, response.text ?? ''));
    case 'NUMERIC':
      return gradeByAnswer(content, matchNumericAnswer(content, response.number ?? Number.NaN));
    case 'MATCHING':
      return gradeMatching(content, response.matches ?? []);
    case 'ESSAY':
      return { fraction: null, outcome: 'NEEDS_GRADING', feedback: texts(content.generalFeedback) };
  }
}

function unanswered(type: QuestionType, content: QuestionContent): QuestionGrade {
  // Moodle files a question given up under its "incorrect" feedback.
  const combined = hasCombinedFeedback(type) ? content.incorrectFeedback : undefined;
  return { fraction: 0, outcome: 'UNANSWERED', feedback: texts(combined, content.generalFeedback) };
}

function gradeSingleChoice(content: QuestionContent, optionIds: readonly string[]): QuestionGrade {
  const chosen = optionIds.map((id) => content.options.find((option) => option.id === id)).find((option) => option !== undefined);
  if (!chosen) return unanswered('SINGLE_CHOICE', content);
  const fraction = roundFraction(chosen.fraction);
  const outcome = outcomeOfFraction(fraction);
  return { fraction, outcome, feedback: texts(chosen.feedback, combinedFeedback(content, outcome), content.generalFeedback) };
}

function gradeMultipleChoice(content: QuestionContent, optionIds: readonly string[]): QuestionGrade {
  const ids = new Set(optionIds);
  const chosen = content.options.filter((option) => ids.has(option.id));
  if (chosen.length === 0) return unanswered('MULTIPLE_CHOICE', content);
  const sum = chosen.reduce((total, option) => total + option.fraction, 0);
  const fraction = roundFraction(Math.min(Math.max(sum, 0), 1));
  const outcome = outcomeOfFraction(fraction);
  const grade: QuestionGrade = {
    fraction,
    outcome,
    feedback: texts(...chosen.map((option) => option.feedback), combinedFeedback(content, outcome), content.generalFeedback),
  };
  if (outcome === 'PARTIAL' && content.showNumCorrect) {
    grade.correctParts = {
      right: chosen.filter(isRightOption).length,
      total: content.options.filter(isRightOption).length,
      selected: chosen.length,
    };
  }
  return grade;
}

function gradeTrueFalse(content: QuestionContent, answer: boolean): QuestionGrade {
  const fraction = answer === content.correctBoolean ? 1 : 0;
  const feedback = answer ? content.trueFeedback : content.falseFeedback;
  return { fraction, outcome: outcomeOfFraction(fraction), feedback: texts(feedback, content.generalFeedback) };
}

/** Short answer and numeric: the fraction and feedback of the answer the response matched, else 0. */
function gradeByAnswer(content: QuestionContent, matched: { fraction: number; feedback?: string } | undefined): QuestionGrade {
  const fraction = roundFraction(matched?.fraction ?? 0);
  return { fraction, outcome: outcomeOfFraction(fraction), feedback: texts(matched?.feedback, content.generalFeedback) };
}

/** Moodle's qtype_match: each real part (not a distractor) is an equal share; identical answer texts are one choice. */
function gradeMatching(content: QuestionContent, matches: readonly MatchResponse[]): QuestionGrade {
  const given = new Map(matches.map((match) => [match.prompt, match.answer]));
  const parts = matchingParts(content);
  if (!parts.some((pair) => given.has(pair.prompt))) return unanswered('MATCHING', content);
  const right = parts.filter((pair) => given.get(pair.prompt) === pair.answer).length;
  const fraction = parts.length === 0 ? 0 : roundFraction(right / parts.length);
  const outcome = outcomeOfFraction(fraction);
  const grade: QuestionGrade = { fraction, outcome, feedback: texts(combinedFeedback(content, outcome), content.generalFeedback) };
  if (outcome === 'PARTIAL' && content.showNumCorrect) grade.correctParts = { right, total: parts.length };
  return grade;
}

function hasCombinedFeedback(type: QuestionType): boolean {
  return type === 'SINGLE_CHOICE' || type === 'MULTIPLE_CHOICE' || type === 'MATCHING';
}

function combinedFeedback(content: QuestionContent, outcome: 'CORRECT' | 'PARTIAL' | 'WRONG'): string | undefined {
  if (outcome === 'CORRECT') return content.correctFeedback;
  return outcome === 'PARTIAL' ? content.partiallyCorrectFeedback : content.incorrectFeedback;
}

/** A choice Moodle counts as a right part: one that is not graded wrong on its own. */
function isRightOption(option: StoredQuestionOption): boolean {
  return outcomeOfFraction(option.fraction) !== 'WRONG';
}

function texts(...candidates: (string | undefined)[]): string[] {
  return candidates.filter((text): text is string => text !== undefined && text.trim() !== '');
}
