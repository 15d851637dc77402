import type { QuestionContent } from '../question-bank/question-content';
import { buildAttemptSlots, type DrawnQuestion } from './attempt-slots';

function question(id: string, type: DrawnQuestion['type'], content: Partial<QuestionContent> = {}): DrawnQuestion {
  return {
    questionId: id,
    versionId: `${id}-v1`,
    type,
    points: 1,
    content: { type, prompt: id, promptFormat: 'plain', options: [], numericAnswers: [], matchPairs: [], defaultPoints: 1, ...content } as QuestionContent,
  };
}

const options = (...ids: string[]) => ids.map((id) => ({ id, text: id, fraction: 0 }));
/** Fisher–Yates that always swaps with the first element: a fixed, recognisable order. */
const reversing = () => 0;

describe('buildAttemptSlots', () => {
  const choice = question('q1', 'SINGLE_CHOICE', { options: options('a', 'b', 'c') });
  const fixed = question('q2', 'MULTIPLE_CHOICE', { options: options('x', 'y'), shuffleAnswers: false });
  const matching = question('q3', 'MATCHING', {
    matchPairs: [
      { prompt: 'UBND', answer: 'Quản lý' },
      { prompt: 'Công an', answer: 'An ninh' },
      { prompt: '', answer: 'Đi chợ' },
      { prompt: 'Xã', answer: 'Quản lý' },
    ],
  });

  it('keeps the rules order and the question order of options when nothing shuffles, numbering slots from 1', () => {
    const slots = buildAttemptSlots([choice, fixed], { shuffleQuestions: false, shuffleOptions: false }, reversing);
    expect(slots.map((slot) => [slot.slot, slot.questionId, slot.optionOrder])).toEqual([
      [1, 'q1', ['a', 'b', 'c']],
      [2, 'q2', ['x', 'y']],
    ]);
  });

  it('shuffles questions and the options of questions that allow it', () => {
    const slots = buildAttemptSlots([choice, fixed], { shuffleQuestions: true, shuffleOptions: true }, reversing);
    expect(slots.map((slot) => [slot.slot, slot.questionId, slot.optionOrder])).toEqual([
      [1, 'q2', ['x', 'y']],
      [2, 'q1', ['b', 'c', 'a']],
    ]);
  });

  it('offers each matching answer once, shuffled even when the exam does not shuffle, with the parts to pair', () => {
    const [slot] = buildAttemptSlots([matching], { shuffleQuestions: false, shuffleOptions: false }, reversing);
    expect(slot.matchPrompts).toEqual(['UBND', 'Công an', 'Xã']);
    expect(slot.matchChoices).toEqual(['An ninh', 'Đi chợ', 'Quản lý']);
    expect(slot.optionOrder).toBeUndefined();
  });

  it('gives no options to answer types that have none to choose, and no points to descriptions', () => {
    const short = question('q4', 'SHORT_ANSWER', { options: options('UBND') });
    const text = question('q5', 'DESCRIPTION');
    const slots = buildAttemptSlots([short, text], { shuffleQuestions: false, shuffleOptions: true }, reversing);
    expect(slots.map((slot) => [slot.optionOrder, slot.maxPoints])).toEqual([
      [undefined, 1],
      [undefined, 0],
    ]);
  });
});
