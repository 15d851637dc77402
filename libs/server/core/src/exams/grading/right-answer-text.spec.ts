import { rightAnswerOf, rightAnswerText } from './right-answer-text';
import { SAMPLE_QUESTIONS as Q } from './test-support/sample-questions';

describe('rightAnswerOf', () => {
  it('lists what Moodle shows as the right answer of each type, as plain text', () => {
    expect(rightAnswerOf('SINGLE_CHOICE', Q.SINGLE_CHOICE)).toEqual({ kind: 'TEXTS', texts: ['Bến Tre'] });
    expect(rightAnswerOf('MULTIPLE_CHOICE', Q.MULTIPLE_CHOICE)).toEqual({ kind: 'TEXTS', texts: ['X7#qLm9!', 'Tr0ng-Xanh-42'] });
    expect(rightAnswerOf('TRUE_FALSE', Q.TRUE_FALSE)).toEqual({ kind: 'BOOLEAN', value: true });
    expect(rightAnswerOf('SHORT_ANSWER', Q.SHORT_ANSWER)).toEqual({ kind: 'TEXTS', texts: ['Hà Nội'] });
    expect(rightAnswerOf('NUMERIC', Q.NUMERIC)).toEqual({ kind: 'NUMBER', value: 3.14, tolerance: 0.005 });
    expect(rightAnswerOf('MATCHING', Q.MATCHING)).toEqual({ kind: 'TEXTS', texts: ['Chó → Thú', 'Ếch → Lưỡng cư', 'Mèo → Thú'] });
    expect(rightAnswerOf('ESSAY', Q.ESSAY)).toBeNull();
    expect(rightAnswerOf('DESCRIPTION', Q.DESCRIPTION)).toBeNull();
  });

  it('shows a short answer’s wildcards as spaces and its escaped stars as stars', () => {
    const wildcard = { ...Q.SHORT_ANSWER, options: [{ id: 'a', text: 'chuyển*số \\* 2', fraction: 1 }] };
    expect(rightAnswerOf('SHORT_ANSWER', wildcard)).toEqual({ kind: 'TEXTS', texts: ['chuyển số * 2'] });
  });

  it('keeps the text of a plain-format option as written', () => {
    const plain = { ...Q.SINGLE_CHOICE, promptFormat: 'plain' as const };
    expect(rightAnswerOf('SINGLE_CHOICE', plain)).toEqual({ kind: 'TEXTS', texts: ['<b>Bến Tre</b>'] });
  });
});

describe('rightAnswerText', () => {
  it('writes the sentence in the reader’s language', () => {
    expect(rightAnswerText({ kind: 'TEXTS', texts: ['Bến Tre'] }, 'vi')).toBe('Đáp án đúng là: Bến Tre');
    expect(rightAnswerText({ kind: 'TEXTS', texts: ['A', 'C'] }, 'en')).toBe('The correct answers are: A, C');
    expect(rightAnswerText({ kind: 'BOOLEAN', value: false }, 'vi')).toBe('Đáp án đúng là “Sai”.');
    expect(rightAnswerText({ kind: 'BOOLEAN', value: true }, 'en')).toBe('The correct answer is ‘True’.');
  });

  it('writes every digit of a number with the locale’s decimal mark', () => {
    expect(rightAnswerText({ kind: 'NUMBER', value: 12345.678901, tolerance: 0 }, 'vi')).toBe('Đáp án đúng là: 12345,678901');
    expect(rightAnswerText({ kind: 'NUMBER', value: -0.5, tolerance: 0 }, 'en')).toBe('The correct answer is: -0.5');
  });
});
