import type { QuestionContent } from '../question-bank/question-content';
import type { AttemptSlot } from './attempt-slot';
import { scoreAttempt } from './attempt-score';
import type { FrozenQuestion } from './question-version-cache';

const single: FrozenQuestion = {
  type: 'SINGLE_CHOICE',
  content: {
    type: 'SINGLE_CHOICE',
    prompt: 'Thủ đô?',
    promptFormat: 'plain',
    options: [
      { id: 'right', text: 'Hà Nội', fraction: 1 },
      { id: 'wrong', text: 'Huế', fraction: -0.5 },
    ],
    numericAnswers: [],
    matchPairs: [],
    defaultPoints: 1,
  } as QuestionContent,
};
const essay: FrozenQuestion = { type: 'ESSAY', content: { ...single.content, type: 'ESSAY', options: [] } };
const questions = new Map([
  ['v-single', single],
  ['v-essay', essay],
]);
const slot = (n: number, versionId: string, type: AttemptSlot['type'], maxPoints: number): AttemptSlot => ({ slot: n, questionId: `q${n}`, versionId, type, maxPoints });

describe('scoreAttempt', () => {
  const choices = [slot(1, 'v-single', 'SINGLE_CHOICE', 2), slot(2, 'v-single', 'SINGLE_CHOICE', 2)];

  it('sums the points of each slot, gives the percent and passes at the pass mark', () => {
    const score = scoreAttempt(choices, new Map([[1, { optionIds: ['right'] }]]), questions, { passPercent: 50 });
    expect(score).toEqual({
      state: 'GRADED',
      results: [
        { slot: 1, fraction: 1, points: 2, outcome: 'CORRECT' },
        { slot: 2, fraction: 0, points: 0, outcome: 'UNANSWERED' },
      ],
      scorePoints: 2,
      scorePercent: 50,
      passed: true,
    });
  });

  it('takes off the points of a negative fraction, but never below zero in total', () => {
    const score = scoreAttempt(choices, new Map([[1, { optionIds: ['wrong'] }]]), questions, { passPercent: 50 });
    expect(score.results[0]).toEqual({ slot: 1, fraction: -0.5, points: -1, outcome: 'WRONG' });
    expect(score).toMatchObject({ scorePoints: 0, scorePercent: 0, passed: false });
  });

  it('waits for a trainer when an essay was answered: no percent and no pass yet', () => {
    const slots = [...choices, slot(3, 'v-essay', 'ESSAY', 5)];
    const score = scoreAttempt(slots, new Map([[1, { optionIds: ['right'] }], [3, { text: 'Bài làm' }]]), questions, { passPercent: 50 });
    expect(score).toMatchObject({ state: 'NEEDS_GRADING', scorePoints: 2, scorePercent: null, passed: null });
    expect(score.results[2]).toEqual({ slot: 3, fraction: null, points: null, outcome: 'NEEDS_GRADING' });
  });
});
