import { describe, expect, it } from '@jest/globals';
import type { QuestionFieldsFragment } from '@hocso/portal-data-access';
import { apiFieldForRow, changeQuestionType, emptyQuestionForm, formToQuestionInput, parseTags, questionToForm } from './question-form-model';

const saved: QuestionFieldsFragment = {
  id: 'q1',
  versionId: 'v1',
  version: 2,
  isCurrentVersion: true,
  type: 'MULTIPLE_CHOICE',
  name: 'Mật khẩu',
  idNumber: null,
  prompt: 'Chọn các mật khẩu mạnh',
  promptFormat: 'moodle',
  category: 'top/An toàn',
  tags: ['bảo mật', 'cơ bản'],
  defaultPoints: 2,
  generalFeedback: null,
  options: [
    { id: 'o1', text: 'A', fraction: 0.5, feedback: null },
    { id: 'o2', text: 'B', fraction: 0.5, feedback: 'ok' },
    { id: 'o3', text: 'C', fraction: -0.3333333, feedback: null },
  ],
  correctBoolean: null,
  trueFeedback: null,
  falseFeedback: null,
  caseSensitive: null,
  numericAnswers: [],
  matchPairs: [],
  shuffleAnswers: false,
  penalty: 0.3333333,
  correctFeedback: null,
  partiallyCorrectFeedback: null,
  incorrectFeedback: null,
  graderInfo: null,
  attachments: [],
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('question form', () => {
  it('round-trips a saved question through the form', () => {
    const form = questionToForm(saved);
    expect(form.options.map((option) => option.grade)).toEqual(['50', '50', '-33.33333']);
    expect(form.tags).toBe('bảo mật, cơ bản');
    const { input, fieldErrors } = formToQuestionInput(form);
    expect(fieldErrors).toEqual({});
    expect(input).toMatchObject({
      type: 'MULTIPLE_CHOICE',
      name: 'Mật khẩu',
      category: 'top/An toàn',
      tags: ['bảo mật', 'cơ bản'],
      defaultPoints: 2,
      promptFormat: 'moodle',
      shuffleAnswers: false,
      options: [
        { text: 'A', fraction: 0.5, feedback: null },
        { text: 'B', fraction: 0.5, feedback: 'ok' },
        { text: 'C', fraction: -0.3333333, feedback: null },
      ],
    });
  });

  it('reports unreadable grades and numbers by the editor row, with translation keys', () => {
    const form = emptyQuestionForm('NUMERIC');
    form.defaultPoints = '-1';
    form.numericAnswers = [
      { key: 'a', value: 'x', tolerance: '-1', grade: '200', feedback: '' },
      { key: 'b', value: '4', tolerance: '0,5', grade: '100', feedback: '' },
    ];
    const { input, fieldErrors } = formToQuestionInput(form);
    expect(fieldErrors).toEqual({
      defaultPoints: 'questionBank.editor.errors.points',
      'numericAnswers.0.value': 'questionBank.editor.errors.number',
      'numericAnswers.0.tolerance': 'questionBank.editor.errors.tolerance',
      'numericAnswers.0.fraction': 'questionBank.editor.errors.gradeRange',
    });
    expect(input.numericAnswers?.[1]).toEqual({ value: 4, tolerance: 0.5, fraction: 1, feedback: null });
  });

  it('sends true/false feedback by the learner’s answer', () => {
    const form = { ...emptyQuestionForm('TRUE_FALSE'), correctBoolean: false, rightFeedback: 'Đúng', wrongFeedback: 'Sai' };
    expect(formToQuestionInput(form).input).toMatchObject({ correctBoolean: false, trueFeedback: 'Sai', falseFeedback: 'Đúng' });
    expect(questionToForm({ ...saved, type: 'TRUE_FALSE', options: [], correctBoolean: false, trueFeedback: 'Sai', falseFeedback: 'Đúng' })).toMatchObject({
      rightFeedback: 'Đúng',
      wrongFeedback: 'Sai',
    });
  });

  it('leaves out empty rows and maps API row numbers back to the editor', () => {
    const form = emptyQuestionForm('SHORT_ANSWER');
    form.options = [
      { key: 'a', text: '', grade: '100', feedback: '' },
      { key: 'b', text: ' tường lửa ', grade: '100', feedback: '' },
    ];
    const { input } = formToQuestionInput(form);
    expect(input.options).toEqual([{ text: 'tường lửa', fraction: 1, feedback: null }]);
    expect(input.caseSensitive).toBe(false);
    expect(apiFieldForRow(form, 'options', 1, 'fraction')).toBe('options.0.fraction');
    expect(apiFieldForRow(form, 'options', 0, 'fraction')).toBeNull();
  });

  it('keeps the shared fields when the type changes', () => {
    const form = { ...emptyQuestionForm('SINGLE_CHOICE'), prompt: 'Câu hỏi', name: 'Tên' };
    const matching = changeQuestionType(form, 'MATCHING');
    expect(matching).toMatchObject({ type: 'MATCHING', prompt: 'Câu hỏi', name: 'Tên' });
    expect(matching.matchPairs).toHaveLength(3);
    expect(changeQuestionType(form, 'DESCRIPTION').defaultPoints).toBe('0');
    const typed = { ...form, options: [{ key: 'a', text: 'Có', grade: '100', feedback: '' }, { key: 'b', text: 'Không', grade: '0', feedback: '' }] };
    expect(changeQuestionType(changeQuestionType(typed, 'MATCHING'), 'SINGLE_CHOICE').options).toEqual(typed.options);
    expect(formToQuestionInput(changeQuestionType(typed, 'MATCHING')).input.options).toBeUndefined();
    expect(changeQuestionType(changeQuestionType(form, 'DESCRIPTION'), 'ESSAY').defaultPoints).toBe('1');
  });

  it('splits tags on commas, without duplicates', () => {
    expect(parseTags('an toàn, An toàn; mật khẩu,, ')).toEqual(['an toàn', 'mật khẩu']);
  });
});
