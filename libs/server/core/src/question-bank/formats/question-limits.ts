import type { QuestionDraft } from '../question-draft';
import { splitCategoryPath } from './category-path';

/**
 * How large one question may be, whether typed in the editor or imported. Far above what a real question
 * needs (Moodle's own columns hold names of 255 characters), low enough that one request cannot fill the
 * database: every text is bounded, and so is every list.
 */
export const QUESTION_LIMITS = {
  /** Prompt, each feedback, grader information, response template, each option, pair and hint. */
  textLength: 100_000,
  /** Every text of one question together. */
  totalTextLength: 1_000_000,
  nameLength: 255,
  idNumberLength: 100,
  tags: 30,
  tagLength: 100,
  options: 50,
  matchPairs: 50,
  numericAnswers: 20,
  hints: 20,
} as const;

/** Category paths: as deep and as long as a real bank needs; a path stays well inside an index row. */
export const CATEGORY_LIMITS = {
  /** Characters of the whole path (`top/A/B`). */
  pathLength: 800,
  /**
   * UTF-8 bytes of the whole path as it is stored (NFC), which the unique index on (bank, path) holds in a row of at
   * most 2,704 bytes when the text does not compress. 800 characters of Vietnamese or CJK fit; a name that NFC
   * spells with more characters than it was typed with (some Hebrew and musical symbols) can go past it.
   */
  pathBytes: 2_400,
  /** Levels below `top`. */
  depth: 20,
  /** Characters of one name (Moodle's column). */
  nameLength: 255,
} as const;

/** What is wrong, as a reason key of the message catalogue and its parameters, and the field at fault. */
export interface LimitProblem {
  field: string;
  reason:
    | 'question.textTooLong'
    | 'question.tooLarge'
    | 'question.tooManyItems'
    | 'questionCategory.tooLong'
    | 'questionCategory.tooManyBytes'
    | 'questionCategory.tooDeep'
    | 'questionCategory.nameTooLong';
  params: Record<string, number | string>;
}

/** The first bound a normalised category path (`top/A/B`) goes past, or null; measured as it will be stored (NFC). */
export function categoryPathProblem(rawPath: string, field = 'category'): LimitProblem | null {
  const path = rawPath.normalize('NFC');
  const segments = splitCategoryPath(path);
  const depth = segments.length - 1;
  if (depth > CATEGORY_LIMITS.depth) return { field, reason: 'questionCategory.tooDeep', params: { max: CATEGORY_LIMITS.depth, depth } };
  const long = segments.find((segment) => segment.length > CATEGORY_LIMITS.nameLength);
  if (long !== undefined) return { field, reason: 'questionCategory.nameTooLong', params: { max: CATEGORY_LIMITS.nameLength, length: long.length } };
  if (path.length > CATEGORY_LIMITS.pathLength) {
    return { field, reason: 'questionCategory.tooLong', params: { max: CATEGORY_LIMITS.pathLength, length: path.length } };
  }
  const bytes = Buffer.byteLength(path, 'utf8');
  if (bytes > CATEGORY_LIMITS.pathBytes) return { field, reason: 'questionCategory.tooManyBytes', params: { max: CATEGORY_LIMITS.pathBytes, bytes } };
  return null;
}

/** The first bound a question goes past (its texts, its lists, its tags), or null. */
export function questionLimitProblem(question: QuestionDraft): LimitProblem | null {
  const lists: Array<[string, number, number]> = [
    ['options', question.options.length, QUESTION_LIMITS.options],
    ['matchPairs', question.matchPairs.length, QUESTION_LIMITS.matchPairs],
    ['numericAnswers', question.numericAnswers.length, QUESTION_LIMITS.numericAnswers],
    ['hints', question.hints?.length ?? 0, QUESTION_LIMITS.hints],
    ['tags', question.tags.length, QUESTION_LIMITS.tags],
  ];
  for (const [field, count, max] of lists) {
    if (count > max) return { field, reason: 'question.tooManyItems', params: { field, max, count } };
  }
  let total = 0;
  for (const [field, text, max] of textsOf(question)) {
    if (text === undefined) continue;
    if (text.length > max) return { field, reason: 'question.textTooLong', params: { field, max, length: text.length } };
    total += text.length;
  }
  if (total > QUESTION_LIMITS.totalTextLength) {
    return { field: 'prompt', reason: 'question.tooLarge', params: { max: QUESTION_LIMITS.totalTextLength, length: total } };
  }
  return null;
}

function textsOf(question: QuestionDraft): Array<[string, string | undefined, number]> {
  const text = QUESTION_LIMITS.textLength;
  return [
    ['name', question.name, QUESTION_LIMITS.nameLength],
    ['idNumber', question.idNumber, QUESTION_LIMITS.idNumberLength],
    ['prompt', question.prompt, text],
    ['generalFeedback', question.generalFeedback, text],
    ['trueFeedback', question.trueFeedback, text],
    ['falseFeedback', question.falseFeedback, text],
    ['correctFeedback', question.correctFeedback, text],
    ['partiallyCorrectFeedback', question.partiallyCorrectFeedback, text],
    ['incorrectFeedback', question.incorrectFeedback, text],
    ['graderInfo', question.graderInfo, text],
    ['responseTemplate', question.responseTemplate, text],
    ['numericCatchAll.feedback', question.numericCatchAll?.feedback, text],
    ...question.tags.map((tag, index): [string, string, number] => [`tags.${index}`, tag, QUESTION_LIMITS.tagLength]),
    ...question.options.flatMap((option, index): Array<[string, string | undefined, number]> => [
      [`options.${index}.text`, option.text, text],
      [`options.${index}.feedback`, option.feedback, text],
    ]),
    ...question.numericAnswers.map((answer, index): [string, string | undefined, number] => [`numericAnswers.${index}.feedback`, answer.feedback, text]),
    ...question.matchPairs.flatMap((pair, index): Array<[string, string, number]> => [
      [`matchPairs.${index}.prompt`, pair.prompt, text],
      [`matchPairs.${index}.answer`, pair.answer, text],
    ]),
    ...(question.hints ?? []).map((hint, index): [string, string, number] => [`hints.${index}.text`, hint.text, text]),
  ];
}
