import type { Locale } from '../../i18n/locale';
import { renderMessage } from '../../i18n/render-message';
import { htmlToText } from '../../question-bank/formats/html-text';
import type { QuestionContent } from '../../question-bank/question-content';
import type { QuestionType, TextFormat } from '../../question-bank/question-draft';
import { matchingParts } from './answer-response';
import { outcomeOfFraction } from './grade-question';

/**
 * Moodle's "The correct answer is: …" of a question, as plain-text data for the review page to render:
 * `texts` are the right choices, the accepted answer, the numeric value, or `prompt → answer` pairs.
 */
export type RightAnswer =
  | { kind: 'TEXTS'; texts: string[] }
  | { kind: 'BOOLEAN'; value: boolean }
  | { kind: 'NUMBER'; value: number; tolerance: number };

/**
 * What Moodle's renderers show as the right answer of each type: the first fully right option of a single
 * choice; every option worth something of a multiple choice; true or false; the first fully right short
 * answer with its wildcards shown as spaces; the first fully right numeric value (Moodle shows no
 * tolerance); each matching part with its answer. Essays and descriptions have none (null).
 */
export function rightAnswerOf(type: QuestionType, content: QuestionContent): RightAnswer | null {
  switch (type) {
    case 'SINGLE_CHOICE': {
      const right = content.options.find((option) => outcomeOfFraction(option.fraction) === 'CORRECT');
      return right ? textsAnswer([plainText(right.text, right.format ?? content.promptFormat)]) : null;
    }
    case 'MULTIPLE_CHOICE':
      return textsAnswer(
        content.options.filter((option) => option.fraction > 0).map((option) => plainText(option.text, option.format ?? content.promptFormat)),
      );
    case 'TRUE_FALSE':
      return content.correctBoolean === undefined ? null : { kind: 'BOOLEAN', value: content.correctBoolean };
    case 'SHORT_ANSWER': {
      const right = content.options.find((option) => outcomeOfFraction(option.fraction) === 'CORRECT');
      return right ? textsAnswer([withoutWildcards(right.text)]) : null;
    }
    case 'NUMERIC': {
      const right = content.numericAnswers.find((answer) => outcomeOfFraction(answer.fraction) === 'CORRECT');
      return right ? { kind: 'NUMBER', value: right.value, tolerance: right.tolerance } : null;
    }
    case 'MATCHING':
      return textsAnswer(
        matchingParts(content).map((pair) => `${plainText(pair.prompt, pair.format ?? content.promptFormat)} → ${pair.answer}`),
      );
    case 'ESSAY':
    case 'DESCRIPTION':
      return null;
  }
}

/** The right answer as one sentence in the reader's language ("Đáp án đúng là: A, C"). */
export function rightAnswerText(answer: RightAnswer, locale: Locale): string {
  switch (answer.kind) {
    case 'BOOLEAN':
      return renderMessage(answer.value ? 'grading.rightAnswerIsTrue' : 'grading.rightAnswerIsFalse', {}, locale);
    case 'NUMBER':
      return renderMessage('grading.rightAnswerIs', { answer: formatNumber(answer.value, locale) }, locale);
    case 'TEXTS':
      return renderMessage(
        answer.texts.length > 1 ? 'grading.rightAnswersAre' : 'grading.rightAnswerIs',
        { answer: answer.texts.join(', ') },
        locale,
      );
  }
}

function textsAnswer(texts: string[]): RightAnswer | null {
  return texts.length === 0 ? null : { kind: 'TEXTS', texts };
}

function plainText(text: string, format: TextFormat): string {
  return format === 'html' || format === 'moodle' ? htmlToText(text) : text.trim();
}

/** Moodle's qtype_shortanswer clean_response: each unescaped `*` becomes a space, `\*` a star. */
function withoutWildcards(answer: string): string {
  return answer
    .split(/(?<!\\)\*/)
    .map((piece) => piece.replace(/\\\*/g, '*'))
    .join(' ')
    .trim();
}

/** Every digit the answer has (no rounding), with the locale's decimal mark and no grouping. */
function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 20, useGrouping: false }).format(value);
}
