import type { QuestionContent, StoredQuestionOption } from '../../question-bank/question-content';

/** A run of `*` not preceded by a backslash: Moodle's wildcard (`**` is the same as `*`). */
const WILDCARD_RUN = /(?<!\\)\*+/;

/**
 * Moodle's qtype_shortanswer compare_string_with_wildcard: both strings in NFC, the response trimmed,
 * `*` anywhere in the answer stands for any text (`\*` is a literal star), every other character is
 * literal, case ignored unless `caseSensitive`.
 *
 * Moodle builds a regular expression; this walks the answer's literal pieces instead, so that an answer
 * full of stars cannot make matching take exponential time on a long response.
 */
export function matchesWildcard(response: string, answer: string, caseSensitive: boolean): boolean {
  const fold = caseSensitive ? (text: string) => text : foldCase;
  const text = fold(response.normalize('NFC').trim());
  const pieces = answer
    .normalize('NFC')
    .split(WILDCARD_RUN)
    .map((piece) => fold(piece.replace(/\\\*/g, '*')));
  return matchesPieces(text, pieces);
}

/** The first accepted answer (in the question's order, as Moodle tries them) that the response matches. */
export function matchShortAnswer(content: QuestionContent, response: string): StoredQuestionOption | undefined {
  if (response.trim() === '') return undefined;
  const caseSensitive = content.caseSensitive === true;
  return content.options.find((option) => matchesWildcard(response, option.text, caseSensitive));
}

/** The text stands for literal pieces with anything between them: the first and the last are anchored. */
function matchesPieces(text: string, pieces: readonly string[]): boolean {
  const first = pieces[0] ?? '';
  if (pieces.length === 1) return text === first;
  const last = pieces[pieces.length - 1] ?? '';
  if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last)) return false;
  const end = text.length - last.length;
  let position = first.length;
  // The leftmost place of each middle piece leaves the most room for the pieces after it.
  for (const piece of pieces.slice(1, -1)) {
    const found = text.indexOf(piece, position);
    if (found < 0 || found + piece.length > end) return false;
    position = found + piece.length;
  }
  return true;
}

/**
 * Folds case one character at a time, as a case-insensitive Unicode regular expression compares them
 * (`ς`, `σ` and `Σ` alike, `ẞ` as `ß`); a character whose other case is several characters stays as it is.
 */
function foldCase(text: string): string {
  let folded = '';
  for (const character of text) folded += foldCharacter(character);
  return folded;
}

function foldCharacter(character: string): string {
  const upper = singleCharacterOr(character.toUpperCase(), character);
  return singleCharacterOr(upper.toLowerCase(), singleCharacterOr(character.toLowerCase(), character));
}

function singleCharacterOr(candidate: string, fallback: string): string {
  const first = candidate.codePointAt(0);
  return first !== undefined && String.fromCodePoint(first).length === candidate.length ? candidate : fallback;
}
