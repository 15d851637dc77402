import { describe, expect, it } from '@jest/globals';
import type { AnswerResponse } from './answer-response';
import { firstUnansweredSlot, navigatorEntries, neighbourSlot, type NavigatorQuestion, submitCheck } from './navigator-state';

const QUESTIONS: NavigatorQuestion[] = [
  { slot: 1, type: 'SINGLE_CHOICE' },
  { slot: 2, type: 'DESCRIPTION' },
  { slot: 3, type: 'SHORT_ANSWER' },
  { slot: 4, type: 'MATCHING' },
  { slot: 5, type: 'TRUE_FALSE' },
];

describe('navigator state', () => {
  const answers = new Map<number, AnswerResponse>([
    [1, { optionIds: ['a'] }],
    [3, { text: '   ' }],
    [4, { matches: [{ prompt: 'p', answer: 'q' }] }],
    [5, { boolean: false }],
  ]);

  it('marks each question answered, flagged and current; a blank text or a description is not an answer', () => {
    const entries = navigatorEntries(QUESTIONS, answers, new Set([3, 5]), 4);
    expect(entries.map(({ number, answered, flagged, current, informational }) => [number, answered, flagged, current, informational])).toEqual([
      [1, true, false, false, false],
      [2, false, false, false, true],
      [3, false, true, false, false],
      [4, true, false, true, false],
      [5, true, true, false, false],
    ]);
  });

  it('lists unanswered and flagged questions by their number for the submit check', () => {
    const check = submitCheck(navigatorEntries(QUESTIONS, answers, new Set([3, 5]), 1));
    expect(check).toEqual({ unanswered: [3], flagged: [3, 5], answeredCount: 3, answerableCount: 4 });
  });

  it('moves to the previous and next question and stops at the ends', () => {
    expect(neighbourSlot(QUESTIONS, 1, -1)).toBeNull();
    expect(neighbourSlot(QUESTIONS, 1, 1)).toBe(2);
    expect(neighbourSlot(QUESTIONS, 5, 1)).toBeNull();
    expect(neighbourSlot(QUESTIONS, 99, 1)).toBeNull();
  });

  it('resumes at the first question still to answer', () => {
    expect(firstUnansweredSlot(QUESTIONS, answers)).toBe(3);
    expect(firstUnansweredSlot(QUESTIONS, new Map([...answers, [3, { text: 'x' }]]))).toBe(1);
    expect(firstUnansweredSlot([], answers)).toBeNull();
  });
});
