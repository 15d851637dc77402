import { parseQuestions } from '../question-bank/formats/parse-questions';
import { DEMO_QUESTION_BANKS } from './demo-question-banks';

describe('demo question banks', () => {
  it.each(DEMO_QUESTION_BANKS.map((bank) => [bank.title, bank.gift]))('"%s" parses without errors and covers every question type', (_, gift) => {
    const { questions, errors } = parseQuestions('GIFT', gift);
    expect(errors).toEqual([]);
    expect(new Set(questions.map((q) => q.type))).toEqual(
      new Set(['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE', 'SHORT_ANSWER', 'NUMERIC', 'MATCHING', 'ESSAY', 'DESCRIPTION']),
    );
    expect(questions.every((q) => q.category?.startsWith('top/'))).toBe(true);
  });
});
