/**
 * HocSo writes the tone mark of "oa", "oe" and "uy" on the main vowel, as most Vietnamese sites and keyboards do
 * ("khóa", "xóa", "hòa", "lũy"; not "khoá", "xoá", "hoà", "luỹ"). Syllables with a final consonant ("hoàn",
 * "khuyến") and "qu" ("quý") are written the same in both styles and are not matched.
 */
const TONE_ON_SECOND_VOWEL = /(?<![qQ])(?:[oO][áàảãạéèẻẽẹ]|[uU][ýỳỷỹỵ])(?![\p{L}])/gu;

/** The words of a text that place the tone mark the other way. */
export function wordsWithTheOtherTonePlacement(text: string): string[] {
  return [...text.matchAll(TONE_ON_SECOND_VOWEL)].map((match) => {
    const start = text.slice(0, match.index).search(/\p{L}*$/u);
    return text.slice(start, (match.index ?? 0) + match[0].length);
  });
}
