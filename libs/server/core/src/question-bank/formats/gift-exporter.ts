import type { QuestionDraft, QuestionOptionDraft, TextFormat } from '../question-draft';
import { escapeCommentValue } from './gift-comment-metadata';
import { escapeGiftText } from './gift-escaping';

/**
 * Writes questions as GIFT that Moodle (and parseGift) reads back as the same questions. GIFT cannot carry
 * attachments, hints, combined feedback, penalties or essay settings; see FORMAT-DIFFERENCES.md.
 */
export function exportGift(questions: readonly QuestionDraft[]): string {
  const chunks: string[] = [];
  let currentCategory: string | undefined;
  for (const question of questions) {
    if (question.category !== undefined && question.category !== currentCategory) {
      currentCategory = question.category;
      chunks.push(`$CATEGORY: $course$/${question.category}\n\n`);
    }
    chunks.push(`${writeQuestion(question)}\n\n`);
  }
  return chunks.join('');
}

function writeQuestion(question: QuestionDraft): string {
  const lines: string[] = [];
  const metadata = [
    ...(question.idNumber ? [`[id:${escapeCommentValue(question.idNumber)}]`] : []),
    ...question.tags.map((tag) => `[tag:${escapeCommentValue(tag)}]`),
  ];
  if (metadata.length > 0) lines.push(`// ${metadata.join(' ')}`);
  const name = question.name ? `::${escapeGiftText(question.name)}::` : '';
  const prompt = withFormat(question.prompt, question.promptFormat, true);
  lines.push(`${name}${prompt}${answerBlock(question)}`);
  return lines.join('\n');
}

function answerBlock(question: QuestionDraft): string {
  const format = question.promptFormat;
  const generalFeedback = question.generalFeedback
    ? `\n\t####${withFormat(question.generalFeedback, format, false)}`
    : '';
  switch (question.type) {
    case 'DESCRIPTION':
      return '';
    case 'ESSAY':
      return `{${generalFeedback}}`;
    case 'TRUE_FALSE': {
      // Moodle reads the first feedback as the one for a wrong answer and the second for a right one.
      const right = question.correctBoolean ? question.trueFeedback : question.falseFeedback;
      const wrong = question.correctBoolean ? question.falseFeedback : question.trueFeedback;
      const feedbacks = right
        ? `#${escapeFeedback(wrong, format)}#${escapeFeedback(right, format)}`
        : wrong
          ? `#${escapeFeedback(wrong, format)}`
          : '';
      return `{${question.correctBoolean ? 'TRUE' : 'FALSE'}${feedbacks}${generalFeedback}}`;
    }
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      return `{\n${choiceLines(question).join('\n')}${generalFeedback}\n}`;
    case 'SHORT_ANSWER': {
      const answers = question.options.map(
        (option) =>
          `\t=%${percent(option.fraction)}%${option.text.startsWith('[') ? `[${format}]` : ''}${escapeGiftText(option.text)}${feedbackSuffix(option.feedback, format)}`,
      );
      return `{\n${answers.join('\n')}${generalFeedback}\n}`;
    }
    case 'NUMERIC': {
      const answers = question.numericAnswers.map(
        (answer) =>
          `\t=%${percent(answer.fraction)}%${answer.value}:${answer.tolerance}${feedbackSuffix(answer.feedback, format)}`,
      );
      const catchAll = question.numericCatchAll;
      if (catchAll) {
        answers.push(
          catchAll.fraction === 0
            ? `\t~${feedbackSuffix(catchAll.feedback, format) || '#'}`
            : `\t=%${percent(catchAll.fraction)}%*${feedbackSuffix(catchAll.feedback, format)}`,
        );
      }
      return `{#\n${answers.join('\n')}${generalFeedback}\n}`;
    }
    case 'MATCHING': {
      const pairs = question.matchPairs.map(
        (pair) =>
          `\t=${withFormat(pair.prompt, pair.format ?? format, pair.format !== undefined)} -> ${escapeGiftText(pair.answer)}`,
      );
      return `{\n${pairs.join('\n')}${generalFeedback}\n}`;
    }
  }
}

function choiceLines(question: QuestionDraft): string[] {
  const format = question.promptFormat;
  const single = question.type === 'SINGLE_CHOICE';
  // A single-choice block must contain `=` and a `~` (else GIFT reads it as short answer or multiple answers).
  let equalsUsed = false;
  const prefixes = question.options.map((option: QuestionOptionDraft) => {
    if (single && option.fraction === 1 && !equalsUsed) {
      equalsUsed = true;
      return '=';
    }
    return option.fraction === 0 ? '~' : `~%${percent(option.fraction)}%`;
  });
  return question.options.map((option, index) => {
    const explicitFormat = option.format !== undefined || option.text.startsWith('[') || /^%[-\d.]+%/.test(option.text);
    const text = withFormat(option.text, option.format ?? format, explicitFormat);
    return `\t${prefixes[index]}${text}${feedbackSuffix(option.feedback, format)}`;
  });
}

function withFormat(text: string, format: TextFormat, alwaysWriteFormat: boolean): string {
  const needsFormat = alwaysWriteFormat || format !== 'moodle' || text.trimStart().startsWith('[');
  return `${needsFormat ? `[${format}]` : ''}${escapeGiftText(text)}`;
}

function feedbackSuffix(feedback: string | undefined, format: TextFormat): string {
  return feedback ? `#${escapeFeedback(feedback, format)}` : '';
}

function escapeFeedback(feedback: string | undefined, format: TextFormat): string {
  if (!feedback) return '';
  return feedback.trimStart().startsWith('[') ? `[${format}]${escapeGiftText(feedback)}` : escapeGiftText(feedback);
}

function percent(fraction: number): string {
  return String(+(fraction * 100).toFixed(5));
}
