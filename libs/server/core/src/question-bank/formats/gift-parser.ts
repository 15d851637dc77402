import {
  newQuestionDraft,
  type CategoryDraft,
  type QuestionDraft,
  type QuestionType,
  type TextFormat,
} from '../question-draft';
import { normalizeCategoryPath } from './category-path';
import { defaultQuestionName } from './default-question-name';
import { findDraftProblem, roundFraction } from './draft-validation';
import { extractIdNumberAndTags } from './gift-comment-metadata';
import { protectGiftEscapes, restoreGiftEscapes } from './gift-escaping';
import { sanitizeForFormat } from './html-sanitizer';
import { type ImportProblem, problem } from './question-import-problem';
import { QuestionImportRejected } from './question-import-rejected.error';
import { type QuestionImportError, type QuestionParseResult, questionImportError } from './question-parse-result';

export interface ParserOptions {
  /** Throws QuestionImportRejected once more questions than this are read. */
  maxQuestions?: number;
}

/** Moodle's defaultquestion() penalty, written as Moodle writes it. */
export const DEFAULT_PENALTY = 0.3333333;
const BLANK = '_____';
// Moodle's $giftanswerweightregex, extended to allow a leading sign other than `-` being absent.
const WEIGHT_PATTERN = /^%(-?\d+(?:\.\d*)?|-?\.\d+)%/;

interface GiftBlock {
  lines: string[];
  firstLine: number;
}

interface FormattedText {
  text: string;
  format: TextFormat;
}

class GiftQuestionError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.reason);
  }
}

/**
 * Parses GIFT with the semantics of Moodle's qformat_gift (Moodle 4.2): questions are separated by blank
 * lines, `//` lines are comments, the first `{` … first `}` is the answer block.
 */
export function parseGift(input: string, options: ParserOptions = {}): QuestionParseResult {
  const questions: QuestionDraft[] = [];
  const errors: QuestionImportError[] = [];
  const categories: CategoryDraft[] = [];
  let category: string | undefined;

  for (const block of splitIntoBlocks(input)) {
    const commentLines: string[] = [];
    const textLines: string[] = [];
    let startLine: number | null = null;
    block.lines.forEach((line, index) => {
      if (line.trim().startsWith('//')) {
        commentLines.push(line.trim());
        textLines.push(' ');
      } else {
        startLine ??= block.firstLine + index;
        textLines.push(line);
      }
    });
    const rawText = textLines.join('\n').trim();
    if (rawText === '' || startLine === null) continue;

    const text = protectGiftEscapes(rawText);
    if (text.startsWith('$CATEGORY:')) {
      category = normalizeCategoryPath(restoreGiftEscapes(text.slice('$CATEGORY:'.length)));
      categories.push({ path: category, line: startLine });
      continue;
    }
    try {
      const question = readQuestion(text, startLine);
      const metadata = extractIdNumberAndTags(commentLines.join('\n'));
      question.tags = metadata.tags;
      if (metadata.idNumber !== undefined) question.idNumber = metadata.idNumber;
      if (category !== undefined) question.category = category;
      const draftProblem = findDraftProblem(question);
      if (draftProblem) throw new GiftQuestionError(draftProblem);
      questions.push(question);
      if (options.maxQuestions !== undefined && questions.length > options.maxQuestions) {
        throw new QuestionImportRejected(problem('questionImport.tooManyQuestions', { max: options.maxQuestions }), 'MAX_QUESTIONS');
      }
    } catch (error) {
      if (!(error instanceof GiftQuestionError)) throw error;
      errors.push(questionImportError(startLine, problem('questionImport.gift.inQuestion', { problem: error.problem, excerpt: snippet(rawText) })));
    }
  }
  return { questions, errors, categories };
}

function splitIntoBlocks(input: string): GiftBlock[] {
  const blocks: GiftBlock[] = [];
  let current: GiftBlock | null = null;
  input.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (line.trim() === '') {
      current = null;
      return;
    }
    if (current === null) {
      current = { lines: [], firstLine: index + 1 };
      blocks.push(current);
    }
    current.lines.push(line);
  });
  return blocks;
}

function readQuestion(protectedText: string, line: number): QuestionDraft {
  let text = protectedText;
  let name: string | undefined;
  if (text.startsWith('::')) {
    text = text.slice(2);
    const nameEnd = text.indexOf('::');
    if (nameEnd >= 0) {
      name = cleanName(restoreGiftEscapes(text.slice(0, nameEnd)));
      text = text.slice(nameEnd + 2).trim();
    }
  }

  const answerStart = text.indexOf('{');
  const answerEnd = text.indexOf('}');
  const isDescription = answerStart < 0 && answerEnd < 0;
  if (!isDescription && (answerStart < 0 || answerEnd < 0 || answerEnd < answerStart)) {
    throw new GiftQuestionError(problem('questionImport.gift.noAnswerBlock'));
  }
  if (!isDescription && text.indexOf('{', answerStart + 1) >= 0 && text.indexOf('{', answerStart + 1) < answerEnd) {
    throw new GiftQuestionError(problem('questionImport.gift.unescapedBrace'));
  }

  let answerText = isDescription ? '' : text.slice(answerStart + 1, answerEnd).trim();
  let questionText: string;
  if (isDescription) {
    questionText = text;
  } else if (text.endsWith('}')) {
    questionText = text.slice(0, answerStart) + text.slice(answerEnd + 1);
  } else {
    questionText = text.slice(0, answerStart) + BLANK + text.slice(answerEnd + 1);
  }

  let generalFeedbackSource = '';
  const feedbackSeparator = answerText.lastIndexOf('####');
  if (feedbackSeparator >= 0) {
    generalFeedbackSource = answerText.slice(feedbackSeparator + 4);
    answerText = answerText.slice(0, feedbackSeparator).trim();
  }

  const prompt = parseTextWithFormat(questionText, 'moodle');
  const type = detectType(isDescription, answerText);
  const question = newQuestionDraft(type, sanitizeForFormat(prompt.text, prompt.format), prompt.format, line);
  question.name = name ?? defaultQuestionName(question.prompt);
  const generalFeedback = parseTextWithFormat(generalFeedbackSource, prompt.format);
  if (generalFeedback.text !== '') {
    question.generalFeedback = sanitizeForFormat(generalFeedback.text, generalFeedback.format);
  }
  question.penalty = DEFAULT_PENALTY;

  switch (type) {
    case 'DESCRIPTION':
      question.penalty = 0;
      break;
    case 'ESSAY':
      Object.assign(question, {
        responseFormat: 'editor',
        responseRequired: true,
        responseFieldLines: 15,
        responseAttachments: 0,
        responseAttachmentsRequired: 0,
      } satisfies Partial<QuestionDraft>);
      break;
    case 'NUMERIC':
      readNumericAnswers(question, answerText.slice(1));
      break;
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      readChoices(question, answerText);
      break;
    case 'MATCHING':
      readMatchPairs(question, answerText);
      break;
    case 'TRUE_FALSE':
      readTrueFalse(question, answerText);
      break;
    case 'SHORT_ANSWER':
      readShortAnswers(question, answerText);
      break;
  }
  return question;
}

function detectType(isDescription: boolean, answerText: string): QuestionType {
  if (isDescription) return 'DESCRIPTION';
  if (answerText === '') return 'ESSAY';
  if (answerText.startsWith('#')) return 'NUMERIC';
  if (answerText.includes('~')) return answerText.includes('=') ? 'SINGLE_CHOICE' : 'MULTIPLE_CHOICE';
  if (answerText.includes('=') && answerText.includes('->')) return 'MATCHING';
  const hashIndex = answerText.indexOf('#');
  const trueFalseCheck = hashIndex > 0 ? answerText.slice(0, hashIndex).trim() : answerText;
  return ['T', 'TRUE', 'F', 'FALSE'].includes(trueFalseCheck) ? 'TRUE_FALSE' : 'SHORT_ANSWER';
}

function readChoices(question: QuestionDraft, answerText: string): void {
  question.shuffleAnswers = true;
  question.answerNumbering = 'abc';
  const answers = splitAnswers(answerText.replace(/=/g, '~='), '~');
  if (answers.length < 2) throw new GiftQuestionError(problem('questionImport.tooFewChoices'));
  for (const rawAnswer of answers) {
    let answer = rawAnswer.trim();
    let fraction = 0;
    if (answer.startsWith('=')) {
      fraction = 1;
      answer = answer.slice(1).trim();
    }
    const weighted = takeWeight(answer);
    if (weighted) {
      fraction = weighted.fraction;
      answer = weighted.rest;
    }
    const { text, feedback } = splitFeedback(answer, question.promptFormat);
    question.options.push({
      text: sanitizeForFormat(text.text, text.format),
      fraction,
      ...(feedback !== undefined && { feedback }),
      ...(text.format !== question.promptFormat && { format: text.format }),
    });
  }
}

function readShortAnswers(question: QuestionDraft, answerText: string): void {
  question.caseSensitive = false;
  const answers = splitAnswers(answerText, '=');
  if (answers.length < 1) throw new GiftQuestionError(problem('questionImport.gift.noShortAnswer'));
  for (const rawAnswer of answers) {
    let answer = rawAnswer.trim();
    let fraction = 1;
    const weighted = takeWeight(answer);
    if (weighted) {
      fraction = weighted.fraction;
      answer = weighted.rest;
    }
    const { text, feedback } = splitFeedback(answer, question.promptFormat);
    // Accepted answers are compared with what the learner types, so they stay as written.
    question.options.push({ text: text.text, fraction, ...(feedback !== undefined && { feedback }) });
  }
}

function readNumericAnswers(question: QuestionDraft, answerText: string): void {
  let answersPart = answerText;
  let catchAllPart: string | undefined;
  const tildeIndex = answerText.indexOf('~');
  if (tildeIndex >= 0) {
    catchAllPart = answerText.slice(tildeIndex + 1);
    answersPart = answerText.slice(0, tildeIndex);
  }
  const answers = splitAnswers(answersPart, '=');
  if (answers.length === 0) throw new GiftQuestionError(problem('questionImport.gift.noNumericAnswer'));
  for (const rawAnswer of answers) {
    let answer = rawAnswer.trim();
    let fraction = 1;
    const weighted = takeWeight(answer);
    if (weighted) {
      fraction = weighted.fraction;
      answer = weighted.rest;
    }
    const { text, feedback } = splitFeedback(answer, question.promptFormat);
    const value = text.text;
    if (value === '*') {
      question.numericCatchAll = { fraction, ...(feedback !== undefined && { feedback }) };
      continue;
    }
    const rangeMarker = value.indexOf('..');
    const toleranceMarker = value.indexOf(':');
    let answerValue: number;
    let tolerance: number;
    if (rangeMarker > 0) {
      const low = parseNumber(value.slice(0, rangeMarker));
      const high = parseNumber(value.slice(rangeMarker + 2));
      answerValue = (low + high) / 2;
      tolerance = high - answerValue;
    } else if (toleranceMarker > 0) {
      answerValue = parseNumber(value.slice(0, toleranceMarker));
      tolerance = parseNumber(value.slice(toleranceMarker + 1));
    } else {
      answerValue = parseNumber(value);
      tolerance = 0;
    }
    question.numericAnswers.push({
      value: answerValue,
      tolerance: Math.abs(tolerance),
      fraction,
      ...(feedback !== undefined && { feedback }),
    });
  }
  if (catchAllPart !== undefined) {
    const { feedback } = splitFeedback(catchAllPart.trim(), question.promptFormat);
    question.numericCatchAll = { fraction: 0, ...(feedback !== undefined && { feedback }) };
  }
}

function readMatchPairs(question: QuestionDraft, answerText: string): void {
  question.shuffleAnswers = true;
  const answers = splitAnswers(answerText, '=');
  if (answers.length < 2) throw new GiftQuestionError(problem('questionImport.gift.tooFewPairs'));
  for (const rawAnswer of answers) {
    const answer = rawAnswer.trim();
    const marker = answer.indexOf('->');
    if (marker < 0) throw new GiftQuestionError(problem('questionImport.gift.pairWithoutArrow', { pair: restoreGiftEscapes(answer) }));
    const prompt = parseTextWithFormat(answer.slice(0, marker), question.promptFormat);
    question.matchPairs.push({
      prompt: sanitizeForFormat(prompt.text, prompt.format),
      answer: restoreGiftEscapes(answer.slice(marker + 2)).trim(),
      ...(prompt.format !== question.promptFormat && { format: prompt.format }),
    });
  }
}

function readTrueFalse(question: QuestionDraft, answerText: string): void {
  // Moodle's split_truefalse_comment: the first feedback is for a WRONG answer, the second for a RIGHT one.
  const [answer = '', wrong, right] = splitLimit(answerText, '#', 3);
  const wrongFeedback = wrong === undefined ? undefined : formattedFeedback(wrong, question.promptFormat);
  const rightFeedback = right === undefined ? undefined : formattedFeedback(right, question.promptFormat);
  const isTrue = answer.trim() === 'T' || answer.trim() === 'TRUE';
  question.correctBoolean = isTrue;
  const trueFeedback = isTrue ? rightFeedback : wrongFeedback;
  const falseFeedback = isTrue ? wrongFeedback : rightFeedback;
  if (trueFeedback) question.trueFeedback = trueFeedback;
  if (falseFeedback) question.falseFeedback = falseFeedback;
  question.penalty = 1;
}

function splitAnswers(answerText: string, separator: string): string[] {
  const parts = answerText.split(separator);
  if (parts.length > 0 && (parts[0] ?? '').trim() === '') parts.shift();
  return parts;
}

function takeWeight(answer: string): { fraction: number; rest: string } | null {
  const match = WEIGHT_PATTERN.exec(answer);
  if (!match) return null;
  return { fraction: roundFraction(Number(match[1]) / 100), rest: answer.slice(match[0].length) };
}

function splitFeedback(answer: string, defaultFormat: TextFormat): { text: FormattedText; feedback?: string } {
  const [text = '', feedback] = splitLimit(answer, '#', 2);
  const formattedText = parseTextWithFormat(text, defaultFormat);
  const formatted = feedback === undefined ? undefined : formattedFeedback(feedback, defaultFormat);
  return formatted ? { text: formattedText, feedback: formatted } : { text: formattedText };
}

function formattedFeedback(source: string, defaultFormat: TextFormat): string | undefined {
  const feedback = parseTextWithFormat(source, defaultFormat);
  return feedback.text === '' ? undefined : sanitizeForFormat(feedback.text, feedback.format);
}

/** As PHP explode($separator, $text, $limit). */
function splitLimit(text: string, separator: string, limit: number): string[] {
  const parts = text.split(separator);
  if (parts.length <= limit) return parts;
  return [...parts.slice(0, limit - 1), parts.slice(limit - 1).join(separator)];
}

const FORMAT_NAMES: Record<string, TextFormat> = { html: 'html', moodle: 'moodle', plain: 'plain', markdown: 'markdown' };

/** As Moodle's parse_text_with_format: a leading `[html]`, `[moodle]`, `[plain]` or `[markdown]`. */
function parseTextWithFormat(source: string, defaultFormat: TextFormat): FormattedText {
  let text = source.trim();
  let format = defaultFormat;
  const match = /^\[(\w+)\]/.exec(text);
  const named = match ? FORMAT_NAMES[(match[1] ?? '').toLowerCase()] : undefined;
  if (match && named) {
    format = named;
    text = text.slice(match[0].length);
  }
  return { text: restoreGiftEscapes(text).trim(), format };
}

function parseNumber(text: string): number {
  const trimmed = text.trim();
  const value = trimmed === '' ? Number.NaN : Number(trimmed);
  if (!Number.isFinite(value)) {
    throw new GiftQuestionError(problem('questionImport.gift.notANumber', { value: restoreGiftEscapes(trimmed) }));
  }
  return value;
}

function cleanName(name: string): string {
  return name.replace(/<[^>]*>/g, '').trim();
}

function snippet(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine;
}
