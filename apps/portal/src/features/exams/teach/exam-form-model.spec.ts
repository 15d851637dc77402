import { describe, expect, it } from '@jest/globals';
import { countableRules, examFormValues, examInputOf, formFieldOf, isoOfLocalInput, localDateTimeInput, newRule } from './exam-form-model';

describe('exam form model', () => {
  it('makes the input of a new exam from the defaults: 30 minutes, one attempt, pass at 50 %', () => {
    const values = { ...examFormValues(), title: '  Kiểm tra kỹ năng số  ' };
    const result = examInputOf(values, 'bank-1');
    expect(result.errors).toBeNull();
    expect(result.input).toMatchObject({
      title: 'Kiểm tra kỹ năng số',
      bankId: 'bank-1',
      rules: [{ category: null, count: 10, points: null }],
      timeLimitSeconds: 1800,
      maxAttempts: 1,
      attemptDelaySeconds: 0,
      passPercent: 50,
      gradingMethod: 'HIGHEST',
      graceSeconds: 60,
      opensAt: null,
      closesAt: null,
      reviewPolicy: { score: 'AFTER_SUBMIT', correctness: 'AFTER_SUBMIT', feedback: 'AFTER_SUBMIT', rightAnswers: 'AFTER_CLOSE' },
      openToAll: false,
    });
  });

  it('leaves the time limit and the attempts out when blank: untimed and unlimited', () => {
    const result = examInputOf({ ...examFormValues(), title: 'x', timeLimitMinutes: '', maxAttempts: ' ' }, 'b');
    expect(result.input).toMatchObject({ timeLimitSeconds: null, maxAttempts: null });
  });

  it('names each field to correct, rules by their index', () => {
    const values = {
      ...examFormValues(),
      title: ' ',
      rules: [{ ...newRule('top/A'), count: '0' }, { ...newRule(), count: '3', points: '-1' }],
      timeLimitMinutes: '1.5',
      passPercent: '120',
      opensAt: '2026-05-02T08:00',
      closesAt: '2026-05-01T08:00',
    };
    expect(examInputOf(values, 'b').errors).toEqual({
      title: 'titleRequired',
      'rules.0.count': 'countPositive',
      'rules.1.points': 'pointsPositive',
      timeLimitSeconds: 'wholePositive',
      passPercent: 'percent',
      closesAt: 'closesAfterOpens',
    });
  });

  it('reads an exam back into the form and out again unchanged', () => {
    const exam = {
      id: 'e1',
      title: 'Thi cuối khóa',
      questionCount: 15,
      timeLimitSeconds: 2700,
      maxAttempts: null,
      passPercent: 60,
      gradingMethod: 'LAST' as const,
      opensAt: '2026-05-01T01:00:00.000Z',
      closesAt: '2026-05-08T01:00:00.000Z',
      openToAll: true,
      allowedActions: [],
      bankId: 'b1',
      attemptCount: 3,
      instructions: 'Đọc kỹ đề.',
      attemptDelaySeconds: 600,
      graceSeconds: 30,
      shuffleQuestions: false,
      shuffleOptions: true,
      rules: [{ category: 'top/An toàn thông tin', count: 10, points: 2 }, { category: null, count: 5, points: null }],
      reviewPolicy: { score: 'AFTER_SUBMIT' as const, correctness: 'AFTER_CLOSE' as const, feedback: 'NEVER' as const, rightAnswers: 'NEVER' as const },
    };
    const { input } = examInputOf(examFormValues(exam), 'b1');
    expect(input).toEqual({
      title: 'Thi cuối khóa',
      bankId: 'b1',
      instructions: 'Đọc kỹ đề.',
      rules: [{ category: 'top/An toàn thông tin', count: 10, points: 2 }, { category: null, count: 5, points: null }],
      timeLimitSeconds: 2700,
      maxAttempts: null,
      attemptDelaySeconds: 600,
      passPercent: 60,
      gradingMethod: 'LAST',
      shuffleQuestions: false,
      shuffleOptions: true,
      opensAt: '2026-05-01T01:00:00.000Z',
      closesAt: '2026-05-08T01:00:00.000Z',
      graceSeconds: 30,
      reviewPolicy: { score: 'AFTER_SUBMIT', correctness: 'AFTER_CLOSE', feedback: 'NEVER', rightAnswers: 'NEVER' },
      openToAll: true,
    });
  });

  it('counts only what can be counted while the rules are being typed', () => {
    expect(countableRules([{ ...newRule('top/A'), count: 'abc' }, { ...newRule(), count: '4', points: '1,5' }])).toEqual([
      { category: 'top/A', count: 0, points: null },
      { category: null, count: 4, points: 1.5 },
    ]);
  });

  it('converts datetime-local values both ways and refuses nonsense', () => {
    const iso = isoOfLocalInput('2026-05-01T08:30');
    expect(iso).not.toBeNull();
    expect(localDateTimeInput(iso)).toBe('2026-05-01T08:30');
    expect(isoOfLocalInput('tomorrow')).toBeNull();
    expect(localDateTimeInput(null)).toBe('');
  });

  it("maps the API's field names onto the form's", () => {
    expect(formFieldOf('rules[2].count')).toBe('rules.2.count');
    expect(formFieldOf('input.rules.0.count')).toBe('rules.0.count');
    expect(formFieldOf('input.title')).toBe('title');
  });
});
