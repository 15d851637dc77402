import { describe, expect, it } from '@jest/globals';
import { isAnswered, responseOfStored } from './answer-response';

describe('answer responses', () => {
  it('reads what the server stored, leaving out the fields it left null', () => {
    expect(responseOfStored({ optionIds: ['a', 'b'], text: null, number: null, boolean: null, matches: null })).toEqual({ optionIds: ['a', 'b'] });
    expect(responseOfStored({ optionIds: null, text: '', number: 0, boolean: false, matches: [{ prompt: 'p', answer: 'a' }] })).toEqual({
      text: '',
      number: 0,
      boolean: false,
      matches: [{ prompt: 'p', answer: 'a' }],
    });
  });

  it('counts as an answer only what the question type takes', () => {
    expect(isAnswered('SINGLE_CHOICE', { optionIds: [] })).toBe(false);
    expect(isAnswered('MULTIPLE_CHOICE', { optionIds: ['x'] })).toBe(true);
    expect(isAnswered('TRUE_FALSE', { boolean: false })).toBe(true);
    expect(isAnswered('NUMERIC', { number: 0 })).toBe(true);
    expect(isAnswered('NUMERIC', { number: Number.NaN })).toBe(false);
    expect(isAnswered('ESSAY', { text: ' \n' })).toBe(false);
    expect(isAnswered('MATCHING', { matches: [{ prompt: 'p', answer: '' }] })).toBe(false);
    expect(isAnswered('DESCRIPTION', { text: 'x' })).toBe(false);
    expect(isAnswered('SHORT_ANSWER', undefined)).toBe(false);
  });
});
