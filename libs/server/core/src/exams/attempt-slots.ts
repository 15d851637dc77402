import type { QuestionContent } from '../question-bank/question-content';
import type { QuestionType } from '../question-bank/question-draft';
import type { AttemptSlot } from './attempt-slot';
import { matchingParts } from './grading';

/** A question a rule drew, at its current version, with the points the rule gives it. */
export interface DrawnQuestion {
  questionId: string;
  versionId: string;
  type: QuestionType;
  content: QuestionContent;
  points: number;
}

export interface SlotShuffling {
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
}

const CHOICE_TYPES: ReadonlySet<QuestionType> = new Set(['SINGLE_CHOICE', 'MULTIPLE_CHOICE']);

/** Fisher–Yates on a copy. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/**
 * The frozen slots of a new attempt, in the rules' order unless the exam shuffles its questions. Options are
 * shuffled when both the exam and the question allow it (Moodle's per-question `shuffleanswers`, true unless
 * the question says otherwise); the answers of a matching question are always offered in a shuffled order,
 * once each, distractors included.
 */
export function buildAttemptSlots(drawn: readonly DrawnQuestion[], shuffling: SlotShuffling, random: () => number = Math.random): AttemptSlot[] {
  const ordered = shuffling.shuffleQuestions ? shuffled(drawn, random) : [...drawn];
  return ordered.map((question, index) => {
    const slot: AttemptSlot = {
      slot: index + 1,
      questionId: question.questionId,
      versionId: question.versionId,
      type: question.type,
      maxPoints: question.type === 'DESCRIPTION' ? 0 : question.points,
    };
    if (CHOICE_TYPES.has(question.type)) {
      const ids = question.content.options.map((option) => option.id);
      slot.optionOrder = shuffling.shuffleOptions && question.content.shuffleAnswers !== false ? shuffled(ids, random) : ids;
    }
    if (question.type === 'MATCHING') {
      slot.matchPrompts = matchingParts(question.content).map((pair) => pair.prompt);
      slot.matchChoices = shuffled([...new Set(question.content.matchPairs.map((pair) => pair.answer))], random);
    }
    return slot;
  });
}
