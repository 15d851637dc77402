import { describe, expect, it } from '@jest/globals';
import { emptyQuestionForm } from './question-form-model';
import { buildPreviewModel, formToPreviewQuestion, type PreviewQuestion } from './question-preview-model';

const base: PreviewQuestion = {
  type: 'SINGLE_CHOICE',
  name: 'Q',
  prompt: '<p>Mật khẩu nào mạnh nhất?</p>',
  promptFormat: 'html',
  defaultPoints: 1,
  generalFeedback: 'Dùng mật khẩu dài.',
  options: [],
  correctBoolean: null,
  trueFeedback: null,
  falseFeedback: null,
  caseSensitive: null,
  numericAnswers: [],
  matchPairs: [],
  shuffleAnswers: true,
  graderInfo: null,
  correctFeedback: null,
  partiallyCorrectFeedback: null,
  incorrectFeedback: null,
};

describe('buildPreviewModel', () => {
  it('shows the choices of a single-choice question without their grades or feedback', () => {
    const model = buildPreviewModel({
      ...base,
      options: [
        { text: '123456', fraction: 0, feedback: 'Quá ngắn' },
        { text: 'T0i-l4-M4t-Kh4u-D4i!', fraction: 1, feedback: 'Đúng' },
        { text: '', fraction: 0, feedback: null },
      ],
    });
    expect(model.input).toEqual({
      kind: 'single',
      choices: [
        { id: 'choice-0', text: '123456' },
        { id: 'choice-1', text: 'T0i-l4-M4t-Kh4u-D4i!' },
      ],
    });
    expect(JSON.stringify(model.input)).not.toContain('Quá ngắn');
    expect(model.key.choices.map((choice) => choice.fraction)).toEqual([0, 1]);
    expect(model.key.generalFeedback).toBe('Dùng mật khẩu dài.');
    expect(model.points).toBe(1);
    expect(model.shuffled).toBe(true);
  });

  it('offers checkboxes for multiple choice and keeps negative grades in the key', () => {
    const model = buildPreviewModel({
      ...base,
      type: 'MULTIPLE_CHOICE',
      shuffleAnswers: false,
      options: [
        { text: 'A', fraction: 0.5, feedback: null },
        { text: 'B', fraction: 0.5, feedback: null },
        { text: 'C', fraction: -1, feedback: null },
      ],
    });
    expect(model.input.kind).toBe('multiple');
    expect(model.key.choices.map((choice) => choice.fraction)).toEqual([0.5, 0.5, -1]);
    expect(model.shuffled).toBe(false);
  });

  it('maps true/false feedback to right and wrong answers', () => {
    const model = buildPreviewModel({ ...base, type: 'TRUE_FALSE', correctBoolean: false, trueFeedback: 'Sai rồi', falseFeedback: 'Chính xác' });
    expect(model.input).toEqual({ kind: 'trueFalse' });
    expect(model.key).toMatchObject({ correctBoolean: false, rightFeedback: 'Chính xác', wrongFeedback: 'Sai rồi' });
  });

  it('gives a text box for short answer and notes the wildcard', () => {
    const model = buildPreviewModel({
      ...base,
      type: 'SHORT_ANSWER',
      caseSensitive: true,
      options: [
        { text: 'tường lửa', fraction: 1, feedback: null },
        { text: '*firewall*', fraction: 0.5, feedback: null },
      ],
    });
    expect(model.input).toEqual({ kind: 'text' });
    expect(model.key.accepted).toHaveLength(2);
    expect(model.key.usesWildcard).toBe(true);
    expect(model.key.caseSensitive).toBe(true);
    expect(model.shuffled).toBe(false);
  });

  it('shows numeric answers as ranges in the key', () => {
    const model = buildPreviewModel({ ...base, type: 'NUMERIC', numericAnswers: [{ value: 10, tolerance: 0.5, fraction: 1, feedback: null }] });
    expect(model.input).toEqual({ kind: 'number' });
    expect(model.key.numeric[0]).toMatchObject({ min: 9.5, max: 10.5 });
  });

  it('lists matching answers once, sorted, distractors included, without revealing the pairs', () => {
    const model = buildPreviewModel({
      ...base,
      type: 'MATCHING',
      matchPairs: [
        { prompt: 'Virus', answer: 'Phần mềm độc hại' },
        { prompt: 'Phishing', answer: 'Lừa đảo' },
        { prompt: '', answer: 'Sao lưu' },
        { prompt: 'Trojan', answer: 'Phần mềm độc hại' },
      ],
    });
    expect(model.input).toEqual({
      kind: 'matching',
      stems: [
        { id: 'stem-0', text: 'Virus' },
        { id: 'stem-1', text: 'Phishing' },
        { id: 'stem-2', text: 'Trojan' },
      ],
      answers: ['Lừa đảo', 'Phần mềm độc hại', 'Sao lưu'],
    });
    expect(model.key.distractors).toEqual(['Sao lưu']);
    expect(model.key.pairs).toHaveLength(3);
  });

  it('shows an essay box, and nothing to answer for a description', () => {
    expect(buildPreviewModel({ ...base, type: 'ESSAY', graderInfo: 'Chấm theo ý' })).toMatchObject({ input: { kind: 'essay' }, key: { graderInfo: 'Chấm theo ý' } });
    expect(buildPreviewModel({ ...base, type: 'DESCRIPTION', defaultPoints: 0 })).toMatchObject({ input: { kind: 'none' }, points: null });
  });
});

describe('formToPreviewQuestion', () => {
  it('previews a half-typed form without failing', () => {
    const form = emptyQuestionForm('NUMERIC');
    form.prompt = '2 + 2 = ?';
    form.numericAnswers = [
      { key: 'a', value: '4', tolerance: '', grade: '100', feedback: '' },
      { key: 'b', value: '', tolerance: '1', grade: 'abc', feedback: '' },
    ];
    const model = buildPreviewModel(formToPreviewQuestion(form));
    expect(model.key.numeric).toEqual([{ value: 4, tolerance: 0, fraction: 1, feedback: null, min: 4, max: 4 }]);
  });

  it('keeps the right/wrong feedback of true/false whichever answer is right', () => {
    const form = { ...emptyQuestionForm('TRUE_FALSE'), correctBoolean: false, rightFeedback: 'Đúng vậy', wrongFeedback: 'Chưa đúng' };
    const question = formToPreviewQuestion(form);
    expect(question).toMatchObject({ trueFeedback: 'Chưa đúng', falseFeedback: 'Đúng vậy' });
    expect(buildPreviewModel(question).key).toMatchObject({ rightFeedback: 'Đúng vậy', wrongFeedback: 'Chưa đúng' });
  });
});
