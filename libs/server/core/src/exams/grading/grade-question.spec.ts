import { gradeResponse, outcomeOfFraction } from './grade-question';
import { SAMPLE_QUESTIONS as Q } from './test-support/sample-questions';

describe('gradeResponse', () => {
  describe('single choice', () => {
    it('gives the chosen option its fraction and feedback, then the combined and general feedback', () => {
      expect(gradeResponse('SINGLE_CHOICE', Q.SINGLE_CHOICE, { optionIds: ['a'] })).toEqual({
        fraction: 1,
        outcome: 'CORRECT',
        feedback: ['Đúng rồi.', 'Chính xác!', 'Bến Tre là thủ phủ.'],
      });
    });

    it('keeps the negative fraction of a wrong option, as Moodle does', () => {
      expect(gradeResponse('SINGLE_CHOICE', Q.SINGLE_CHOICE, { optionIds: ['b'] })).toEqual({
        fraction: -0.5,
        outcome: 'WRONG',
        feedback: ['Mỏ Cày là một huyện.', 'Chưa đúng.', 'Bến Tre là thủ phủ.'],
      });
    });

    it('grades several options by the first that is the question’s', () => {
      expect(gradeResponse('SINGLE_CHOICE', Q.SINGLE_CHOICE, { optionIds: ['zzz', 'c', 'a'] }).fraction).toBe(0);
    });

    it('treats nothing chosen, or only unknown options, as unanswered with the incorrect feedback', () => {
      const unanswered = { fraction: 0, outcome: 'UNANSWERED', feedback: ['Chưa đúng.', 'Bến Tre là thủ phủ.'] };
      expect(gradeResponse('SINGLE_CHOICE', Q.SINGLE_CHOICE, null)).toEqual(unanswered);
      expect(gradeResponse('SINGLE_CHOICE', Q.SINGLE_CHOICE, { optionIds: [] })).toEqual(unanswered);
      expect(gradeResponse('SINGLE_CHOICE', Q.SINGLE_CHOICE, { optionIds: ['zzz'] })).toEqual(unanswered);
    });
  });

  describe('multiple choice', () => {
    it('sums the chosen fractions, with each chosen option’s feedback', () => {
      expect(gradeResponse('MULTIPLE_CHOICE', Q.MULTIPLE_CHOICE, { optionIds: ['b', 'a'] })).toEqual({
        fraction: 1,
        outcome: 'CORRECT',
        feedback: ['Mạnh.', 'Chính xác!'],
      });
    });

    it('says how many parts are right when partly right and the question asks for it', () => {
      expect(gradeResponse('MULTIPLE_CHOICE', Q.MULTIPLE_CHOICE, { optionIds: ['a', 'd'] })).toEqual({
        fraction: 0.5,
        outcome: 'PARTIAL',
        feedback: ['Mạnh.', 'Đúng một phần.'],
        correctParts: { right: 1, total: 2, selected: 2 },
      });
      expect(gradeResponse('MULTIPLE_CHOICE', { ...Q.MULTIPLE_CHOICE, showNumCorrect: false }, { optionIds: ['a'] }).correctParts).toBeUndefined();
    });

    it('clamps the sum to 0..1', () => {
      expect(gradeResponse('MULTIPLE_CHOICE', Q.MULTIPLE_CHOICE, { optionIds: ['a', 'c'] })).toMatchObject({ fraction: 0, outcome: 'WRONG' });
      const generous = { ...Q.MULTIPLE_CHOICE, options: Q.MULTIPLE_CHOICE.options.map((option) => ({ ...option, fraction: 0.75 })) };
      expect(gradeResponse('MULTIPLE_CHOICE', generous, { optionIds: ['a', 'b'] }).fraction).toBe(1);
    });

    it('rounds the sum to Moodle’s seven decimals', () => {
      const thirds = { ...Q.MULTIPLE_CHOICE, options: ['a', 'b', 'c'].map((id) => ({ id, text: id, fraction: 0.1 })) };
      expect(gradeResponse('MULTIPLE_CHOICE', thirds, { optionIds: ['a', 'b', 'c'] }).fraction).toBe(0.3);
    });
  });

  describe('true/false', () => {
    it('gives 1 or 0 with the feedback for the answer given', () => {
      expect(gradeResponse('TRUE_FALSE', Q.TRUE_FALSE, { boolean: true })).toEqual({
        fraction: 1,
        outcome: 'CORRECT',
        feedback: ['Đúng: OTP là bí mật.', 'OTP chỉ dùng một lần.'],
      });
      expect(gradeResponse('TRUE_FALSE', Q.TRUE_FALSE, { boolean: false })).toEqual({
        fraction: 0,
        outcome: 'WRONG',
        feedback: ['Sai: ai có OTP sẽ vào được tài khoản.', 'OTP chỉ dùng một lần.'],
      });
      expect(gradeResponse('TRUE_FALSE', Q.TRUE_FALSE, { boolean: null })).toEqual({
        fraction: 0,
        outcome: 'UNANSWERED',
        feedback: ['OTP chỉ dùng một lần.'],
      });
    });
  });

  describe('short answer', () => {
    it('takes the first accepted answer that matches, ignoring case and accents’ encoding', () => {
      expect(gradeResponse('SHORT_ANSWER', Q.SHORT_ANSWER, { text: '  hà nội ' })).toEqual({ fraction: 1, outcome: 'CORRECT', feedback: ['Chính xác.'] });
      expect(gradeResponse('SHORT_ANSWER', Q.SHORT_ANSWER, { text: 'HA\u0300 NO\u0302\u0323I' }).fraction).toBe(1);
      expect(gradeResponse('SHORT_ANSWER', Q.SHORT_ANSWER, { text: 'ha noi' })).toEqual({
        fraction: 0.8,
        outcome: 'PARTIAL',
        feedback: ['Nhớ viết dấu.'],
      });
      expect(gradeResponse('SHORT_ANSWER', Q.SHORT_ANSWER, { text: 'Huế' })).toEqual({ fraction: 0, outcome: 'WRONG', feedback: ['Không phải.'] });
    });

    it('respects case when the question is case sensitive', () => {
      const sensitive = { ...Q.SHORT_ANSWER, caseSensitive: true };
      expect(gradeResponse('SHORT_ANSWER', sensitive, { text: 'hà nội' }).fraction).toBe(0);
      expect(gradeResponse('SHORT_ANSWER', sensitive, { text: 'Hà Nội' }).fraction).toBe(1);
    });

    it('gives 0 without feedback when nothing matches and there is no catch-all', () => {
      const strict = { ...Q.SHORT_ANSWER, options: Q.SHORT_ANSWER.options.slice(0, 1) };
      expect(gradeResponse('SHORT_ANSWER', strict, { text: 'Huế' })).toEqual({ fraction: 0, outcome: 'WRONG', feedback: [] });
    });

    it('treats white space as unanswered, not as a match for *', () => {
      expect(gradeResponse('SHORT_ANSWER', Q.SHORT_ANSWER, { text: ' \u00a0 ' }).outcome).toBe('UNANSWERED');
    });
  });

  describe('numeric', () => {
    it('takes the first answer whose interval holds the number, else the catch-all', () => {
      expect(gradeResponse('NUMERIC', Q.NUMERIC, { number: 3.145 })).toEqual({ fraction: 1, outcome: 'CORRECT', feedback: ['Đúng.'] });
      expect(gradeResponse('NUMERIC', Q.NUMERIC, { number: 3.1 })).toEqual({ fraction: 0.5, outcome: 'PARTIAL', feedback: ['Gần đúng.'] });
      expect(gradeResponse('NUMERIC', Q.NUMERIC, { number: 2.5 }).fraction).toBe(0.5);
      expect(gradeResponse('NUMERIC', Q.NUMERIC, { number: 2.49 })).toEqual({ fraction: 0, outcome: 'WRONG', feedback: ['Xa quá.'] });
    });

    it('grades 0 as a number, and no number as unanswered', () => {
      expect(gradeResponse('NUMERIC', Q.NUMERIC, { number: 0 }).outcome).toBe('WRONG');
      expect(gradeResponse('NUMERIC', Q.NUMERIC, {}).outcome).toBe('UNANSWERED');
      expect(gradeResponse('NUMERIC', Q.NUMERIC, { number: Number.NaN }).outcome).toBe('UNANSWERED');
    });

    it('gives 0 without feedback when nothing matches and there is no catch-all', () => {
      const { numericCatchAll: _catchAll, ...withoutCatchAll } = Q.NUMERIC;
      expect(gradeResponse('NUMERIC', withoutCatchAll, { number: 100 })).toEqual({ fraction: 0, outcome: 'WRONG', feedback: [] });
    });
  });

  describe('matching', () => {
    const all = [
      { prompt: '<i>Chó</i>', answer: 'Thú' },
      { prompt: 'Ếch', answer: 'Lưỡng cư' },
      { prompt: 'Mèo', answer: 'Thú' },
    ];

    it('gives each part that is not a distractor an equal share', () => {
      expect(gradeResponse('MATCHING', Q.MATCHING, { matches: all })).toEqual({ fraction: 1, outcome: 'CORRECT', feedback: ['Chính xác!'] });
      expect(gradeResponse('MATCHING', Q.MATCHING, { matches: [all[0]!, { prompt: 'Mèo', answer: 'Côn trùng' }] })).toEqual({
        fraction: 0.3333333,
        outcome: 'PARTIAL',
        feedback: ['Đúng một phần.'],
        correctParts: { right: 1, total: 3 },
      });
    });

    it('counts identical answer texts as one choice, as Moodle merges them', () => {
      expect(gradeResponse('MATCHING', Q.MATCHING, { matches: [{ prompt: 'Mèo', answer: 'Thú' }] }).fraction).toBe(0.3333333);
    });

    it('treats pairings of unknown parts only as unanswered', () => {
      expect(gradeResponse('MATCHING', Q.MATCHING, { matches: [{ prompt: 'Gà', answer: 'Thú' }] })).toEqual({
        fraction: 0,
        outcome: 'UNANSWERED',
        feedback: ['Chưa đúng.'],
      });
    });
  });

  it('leaves an essay to a trainer, and an empty one unanswered', () => {
    expect(gradeResponse('ESSAY', Q.ESSAY, { text: 'Tiết kiệm thời gian.' })).toEqual({ fraction: null, outcome: 'NEEDS_GRADING', feedback: ['Xem bài 3.'] });
    expect(gradeResponse('ESSAY', Q.ESSAY, { text: '   ' })).toEqual({ fraction: 0, outcome: 'UNANSWERED', feedback: ['Xem bài 3.'] });
  });

  it('gives a description no points and its general feedback', () => {
    expect(gradeResponse('DESCRIPTION', Q.DESCRIPTION, null)).toEqual({ fraction: null, outcome: 'UNANSWERED', feedback: ['Đọc kỹ.'] });
  });
});

describe('outcomeOfFraction', () => {
  it('uses Moodle’s thresholds', () => {
    expect([1, 0.9999995, 0.999999, 0.5, 0.000001, 0.0000005, 0, -0.5].map(outcomeOfFraction)).toEqual([
      'CORRECT',
      'CORRECT',
      'PARTIAL',
      'PARTIAL',
      'PARTIAL',
      'WRONG',
      'WRONG',
      'WRONG',
    ]);
  });
});
