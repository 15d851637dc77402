import type { QuestionType } from '../question-bank/question-draft';
import type { AnswerOutcome } from './exam-settings';

/** One question of an attempt, frozen when the attempt starts: later edits of the question do not reach it. */
export interface AttemptSlot {
  /** 1-based position in the attempt, after shuffling. */
  slot: number;
  questionId: string;
  /** The immutable question version drawn; a regrade may move it to a newer one. */
  versionId: string;
  type: QuestionType;
  maxPoints: number;
  /** Choice questions: option ids in the order this attempt shows them. */
  optionOrder?: string[];
  /** Matching: the answers in the order this attempt offers them. */
  matchChoices?: string[];
  /** Matching: the parts to pair (the prompts of the question's non-distractor pairs), in the question's order. */
  matchPrompts?: string[];
}

/** The grade of one slot. `fraction` is null while an essay waits for a trainer. */
export interface SlotResult {
  slot: number;
  fraction: number | null;
  points: number | null;
  outcome: AnswerOutcome;
  /** Set when a trainer graded or overrode the slot. */
  manual?: { points: number; comment: string | null; gradedById: string; gradedAt: string };
}
