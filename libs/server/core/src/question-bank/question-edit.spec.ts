import { DomainError } from '../errors/domain.error';
import { applyQuestionEdit } from './question-edit';

describe('applyQuestionEdit', () => {
  it('creates a sanitised draft with a default name', () => {
    const draft = applyQuestionEdit(null, {
      type: 'MULTIPLE_CHOICE',
      prompt: '<p onclick="x()">Chọn hai</p><script>alert(1)</script>',
      options: [
        { text: 'A', fraction: 0.5 },
        { text: 'B', fraction: 0.5 },
        { text: 'C', fraction: -1 },
      ],
    });
    expect(draft.prompt).toBe('<p>Chọn hai</p>');
    expect(draft.name).toBe('Chọn hai');
    expect(draft.defaultPoints).toBe(1);
  });

  it('refuses what can never earn full marks, naming the field', () => {
    const attempt = (): unknown =>
      applyQuestionEdit(null, { type: 'SINGLE_CHOICE', prompt: 'P', options: [{ text: 'A', fraction: 0.5 }, { text: 'B', fraction: 0 }] });
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow(/100%/);
    expect(() => applyQuestionEdit(null, { prompt: 'P' })).toThrow(/type/);
    expect(() => applyQuestionEdit(null, { type: 'NUMERIC', prompt: 'P', numericAnswers: [{ value: 1, tolerance: -1, fraction: 1 }] })).toThrow(/tolerance/);
  });

  it('keeps omitted fields, clears nulls and drops what the new type cannot hold', () => {
    const base = applyQuestionEdit(null, { type: 'TRUE_FALSE', prompt: 'P', correctBoolean: true, trueFeedback: 'Đúng', generalFeedback: 'G' });
    const edited = applyQuestionEdit(base, { generalFeedback: null });
    expect(edited).toMatchObject({ prompt: 'P', correctBoolean: true, trueFeedback: 'Đúng' });
    expect(edited.generalFeedback).toBeUndefined();
    const essay = applyQuestionEdit(base, { type: 'ESSAY' });
    expect(essay.correctBoolean).toBeUndefined();
    expect(essay.trueFeedback).toBeUndefined();
  });
});

describe('applyQuestionEdit limits', () => {
  it('refuses every text, list and tag past its bound, naming the field and the bound', () => {
    const essay = { type: 'ESSAY' as const, prompt: 'Viết' };
    const refusal = (edit: Parameters<typeof applyQuestionEdit>[1]): DomainError => {
      try {
        applyQuestionEdit(null, edit);
      } catch (error) {
        if (error instanceof DomainError) return error;
        throw error;
      }
      throw new Error('the edit was accepted');
    };
    expect(refusal({ ...essay, graderInfo: 'g'.repeat(100_001) })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'graderInfo',
      reason: 'question.textTooLong',
      params: { max: 100_000, length: 100_001 },
    });
    expect(refusal({ ...essay, tags: Array.from({ length: 31 }, (_, index) => `t${index}`) })).toMatchObject({ field: 'tags', reason: 'question.tooManyItems' });
    expect(refusal({ ...essay, idNumber: 'i'.repeat(101) })).toMatchObject({ field: 'idNumber', reason: 'question.textTooLong' });
    const options = Array.from({ length: 51 }, (_, index) => ({ text: `o${index}`, fraction: index === 0 ? 1 : 0 }));
    expect(refusal({ type: 'SINGLE_CHOICE', prompt: 'P', options })).toMatchObject({ field: 'options', reason: 'question.tooManyItems', params: { max: 50, count: 51 } });
    const large = Array.from({ length: 20 }, (_, index) => ({ text: 'x'.repeat(60_000), fraction: index === 0 ? 1 : 0 }));
    expect(refusal({ type: 'SINGLE_CHOICE', prompt: 'P', options: large })).toMatchObject({ reason: 'question.tooLarge' });
  });
});
