import { renderMessage } from '../../i18n/render-message';
import { checkResponseShape, ESSAY_MAX_CHARACTERS, isEmptyResponse, SHORT_ANSWER_MAX_CHARACTERS } from './answer-response';
import { SAMPLE_QUESTIONS as Q } from './test-support/sample-questions';

describe('checkResponseShape', () => {
  it('accepts a response that fits, and an empty one', () => {
    expect(checkResponseShape('SINGLE_CHOICE', Q.SINGLE_CHOICE, { optionIds: ['b'] })).toBeNull();
    expect(checkResponseShape('MULTIPLE_CHOICE', Q.MULTIPLE_CHOICE, { optionIds: ['a', 'c'] })).toBeNull();
    expect(checkResponseShape('TRUE_FALSE', Q.TRUE_FALSE, { boolean: false })).toBeNull();
    expect(checkResponseShape('SHORT_ANSWER', Q.SHORT_ANSWER, { text: 'Hà Nội' })).toBeNull();
    expect(checkResponseShape('NUMERIC', Q.NUMERIC, { number: -0 })).toBeNull();
    expect(checkResponseShape('MATCHING', Q.MATCHING, { matches: [{ prompt: 'Ếch', answer: 'Côn trùng' }] })).toBeNull();
    expect(checkResponseShape('ESSAY', Q.ESSAY, { text: 'x'.repeat(ESSAY_MAX_CHARACTERS) })).toBeNull();
    expect(checkResponseShape('DESCRIPTION', Q.DESCRIPTION, {})).toBeNull();
    expect(checkResponseShape('MULTIPLE_CHOICE', Q.MULTIPLE_CHOICE, { optionIds: [], text: null, number: null })).toBeNull();
  });

  it('refuses a field the type is not answered with, naming the field', () => {
    expect(checkResponseShape('SINGLE_CHOICE', Q.SINGLE_CHOICE, { number: 1 })).toEqual({ field: 'number', reason: 'answer.numberNotExpected' });
    expect(checkResponseShape('NUMERIC', Q.NUMERIC, { text: '3.14' })).toEqual({ field: 'text', reason: 'answer.textNotExpected' });
    expect(checkResponseShape('TRUE_FALSE', Q.TRUE_FALSE, { optionIds: ['a'] })).toEqual({ field: 'optionIds', reason: 'answer.optionsNotExpected' });
    expect(checkResponseShape('ESSAY', Q.ESSAY, { matches: [] })).toEqual({ field: 'matches', reason: 'answer.matchesNotExpected' });
    expect(checkResponseShape('SHORT_ANSWER', Q.SHORT_ANSWER, { boolean: true })).toEqual({ field: 'boolean', reason: 'answer.booleanNotExpected' });
    expect(checkResponseShape('DESCRIPTION', Q.DESCRIPTION, { text: 'x' })).toEqual({ field: 'text', reason: 'answer.textNotExpected' });
  });

  it('refuses options that are not the question’s, twice chosen, or several for a single choice', () => {
    expect(checkResponseShape('MULTIPLE_CHOICE', Q.MULTIPLE_CHOICE, { optionIds: ['a', 'z'] })).toEqual({ field: 'optionIds', reason: 'answer.unknownOption' });
    expect(checkResponseShape('MULTIPLE_CHOICE', Q.MULTIPLE_CHOICE, { optionIds: ['a', 'a'] })).toEqual({ field: 'optionIds', reason: 'answer.duplicateOption' });
    expect(checkResponseShape('SINGLE_CHOICE', Q.SINGLE_CHOICE, { optionIds: ['a', 'b'] })).toEqual({
      field: 'optionIds',
      reason: 'answer.singleOptionOnly',
      params: { count: 2 },
    });
  });

  it('refuses matching parts and answers that are not the question’s, and a part matched twice', () => {
    const check = (matches: { prompt: string; answer: string }[]) => checkResponseShape('MATCHING', Q.MATCHING, { matches })?.reason;
    expect(check([{ prompt: 'Gà', answer: 'Thú' }])).toBe('answer.unknownMatchPrompt');
    expect(check([{ prompt: '', answer: 'Côn trùng' }])).toBe('answer.unknownMatchPrompt');
    expect(check([{ prompt: 'Ếch', answer: 'Chim' }])).toBe('answer.unknownMatchAnswer');
    expect(check([{ prompt: 'Ếch', answer: 'Thú' }, { prompt: 'Ếch', answer: 'Lưỡng cư' }])).toBe('answer.duplicateMatchPrompt');
  });

  it('refuses texts past their bound, with the bound in the message', () => {
    const essay = checkResponseShape('ESSAY', Q.ESSAY, { text: 'x'.repeat(ESSAY_MAX_CHARACTERS + 1) });
    expect(essay).toEqual({ field: 'text', reason: 'answer.textTooLong', params: { max: 20_000, length: 20_001 } });
    expect(renderMessage(essay!.reason, essay!.params!, 'vi')).toBe('Câu trả lời dài tối đa 20.000 ký tự (hiện có 20.001)');
    expect(checkResponseShape('SHORT_ANSWER', Q.SHORT_ANSWER, { text: 'x'.repeat(SHORT_ANSWER_MAX_CHARACTERS + 1) })?.reason).toBe('answer.textTooLong');
  });

  it('refuses a number that is not finite', () => {
    expect(checkResponseShape('NUMERIC', Q.NUMERIC, { number: Number.POSITIVE_INFINITY })).toEqual({ field: 'number', reason: 'answer.numberNotFinite' });
  });
});

describe('isEmptyResponse', () => {
  it('is true for nothing given, in each type’s own field', () => {
    expect(isEmptyResponse('SINGLE_CHOICE', null)).toBe(true);
    expect(isEmptyResponse('MULTIPLE_CHOICE', { optionIds: [] })).toBe(true);
    expect(isEmptyResponse('TRUE_FALSE', { boolean: null })).toBe(true);
    expect(isEmptyResponse('SHORT_ANSWER', { text: ' \n ' })).toBe(true);
    expect(isEmptyResponse('NUMERIC', { text: '3' })).toBe(true);
    expect(isEmptyResponse('MATCHING', { matches: [] })).toBe(true);
    expect(isEmptyResponse('ESSAY', {})).toBe(true);
    expect(isEmptyResponse('DESCRIPTION', { text: 'x' })).toBe(true);
  });

  it('is false for an answer, including false, 0 and "0"', () => {
    expect(isEmptyResponse('SINGLE_CHOICE', { optionIds: ['a'] })).toBe(false);
    expect(isEmptyResponse('TRUE_FALSE', { boolean: false })).toBe(false);
    expect(isEmptyResponse('NUMERIC', { number: 0 })).toBe(false);
    expect(isEmptyResponse('SHORT_ANSWER', { text: '0' })).toBe(false);
    expect(isEmptyResponse('MATCHING', { matches: [{ prompt: 'Ếch', answer: 'Thú' }] })).toBe(false);
  });
});
