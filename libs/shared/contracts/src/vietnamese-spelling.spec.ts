import { describe, expect, it } from '@jest/globals';
import { wordsWithTheOtherTonePlacement } from './vietnamese-spelling';

describe('wordsWithTheOtherTonePlacement', () => {
  it('finds a tone mark on the second vowel of an open "oa", "oe" or "uy"', () => {
    expect(wordsWithTheOtherTonePlacement('Xoá khoá học, hoà giải, luỹ kế, khoẻ')).toEqual(['Xoá', 'khoá', 'hoà', 'luỹ', 'khoẻ']);
  });

  it('accepts the main-vowel placement, closed syllables and "qu"', () => {
    expect(wordsWithTheOtherTonePlacement('Xóa khóa học, hòa giải, lũy kế, khỏe, hoàn thành, khuyến học, quý, thuế, toán')).toEqual([]);
  });
});
