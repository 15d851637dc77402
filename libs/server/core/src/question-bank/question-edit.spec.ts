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
