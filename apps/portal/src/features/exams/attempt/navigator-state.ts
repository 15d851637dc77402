import type { QuestionType } from '@hocso/portal-data-access';
import { type AnswerResponse, isAnswered, takesAnswer } from './answer-response';

export interface NavigatorQuestion {
  slot: number;
  type: QuestionType;
}

export interface NavigatorEntry {
  slot: number;
  /** 1-based number shown to the learner. */
  number: number;
  answered: boolean;
  flagged: boolean;
  current: boolean;
  /** A description: nothing to answer. */
  informational: boolean;
}

/** One button per question: answered, flagged for review, the one on screen. */
export function navigatorEntries(
  questions: readonly NavigatorQuestion[],
  answers: ReadonlyMap<number, AnswerResponse>,
  flags: ReadonlySet<number>,
  currentSlot: number,
): NavigatorEntry[] {
  return questions.map((question, index) => ({
    slot: question.slot,
    number: index + 1,
    answered: isAnswered(question.type, answers.get(question.slot)),
    flagged: flags.has(question.slot),
    current: question.slot === currentSlot,
    informational: !takesAnswer(question.type),
  }));
}

export interface SubmitCheck {
  /** Question numbers left unanswered. */
  unanswered: number[];
  /** Question numbers the learner flagged to look at again. */
  flagged: number[];
  answeredCount: number;
  answerableCount: number;
}

/** What the confirm-submit dialog lists. */
export function submitCheck(entries: readonly NavigatorEntry[]): SubmitCheck {
  const answerable = entries.filter((entry) => !entry.informational);
  return {
    unanswered: answerable.filter((entry) => !entry.answered).map((entry) => entry.number),
    flagged: entries.filter((entry) => entry.flagged).map((entry) => entry.number),
    answeredCount: answerable.filter((entry) => entry.answered).length,
    answerableCount: answerable.length,
  };
}

/** The slot `step` questions away from the current one, staying inside the attempt. */
export function neighbourSlot(questions: readonly NavigatorQuestion[], currentSlot: number, step: -1 | 1): number | null {
  const index = questions.findIndex((question) => question.slot === currentSlot);
  const next = questions[index + step];
  return index === -1 || !next ? null : next.slot;
}

/** The first question not answered yet, for resuming where the learner left off; the first one when all are. */
export function firstUnansweredSlot(questions: readonly NavigatorQuestion[], answers: ReadonlyMap<number, AnswerResponse>): number | null {
  const open = questions.find((question) => takesAnswer(question.type) && !isAnswered(question.type, answers.get(question.slot)));
  return (open ?? questions[0])?.slot ?? null;
}
