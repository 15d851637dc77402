import type { QuestionDraft } from '../question-draft';
import { htmlToText } from './html-text';

/** Why a question was left out of an Aiken file: Aiken holds one-line single-choice questions with one right answer. */
export type AikenSkipReason =
  | 'questionBank.aikenSkip.notSingleChoice'
  | 'questionBank.aikenSkip.notOneRightAnswer'
  | 'questionBank.aikenSkip.choiceCount'
  | 'questionBank.aikenSkip.emptyText';

export interface AikenSkip {
  /** Position of the question in the list given to the exporter. */
  index: number;
  reason: AikenSkipReason;
}

export interface AikenExport {
  text: string;
  exportedCount: number;
  skipped: AikenSkip[];
}

/** Aiken numbers choices with the letters A to Z. */
export const AIKEN_MAX_CHOICES = 26;

/**
 * Writes the single-choice questions as Aiken (Moodle's qformat_aiken reads it back: one question line, `A) …`
 * choice lines, `ANSWER: X`). Aiken is plain text on one line each: formatting is dropped, names, feedback,
 * tags and categories are not carried. Every other question is named in `skipped` with its reason.
 */
export function exportAiken(questions: readonly QuestionDraft[]): AikenExport {
  const blocks: string[] = [];
  const skipped: AikenSkip[] = [];
  questions.forEach((question, index) => {
    const written = aikenBlock(question);
    if (typeof written === 'string') blocks.push(written);
    else skipped.push({ index, reason: written.reason });
  });
  return { text: blocks.map((block) => `${block}\n`).join('\n'), exportedCount: blocks.length, skipped };
}

function aikenBlock(question: QuestionDraft): string | { reason: AikenSkipReason } {
  if (question.type !== 'SINGLE_CHOICE') return { reason: 'questionBank.aikenSkip.notSingleChoice' };
  const { options } = question;
  if (options.length < 2 || options.length > AIKEN_MAX_CHOICES) return { reason: 'questionBank.aikenSkip.choiceCount' };
  const right = options.filter((option) => option.fraction === 1);
  if (right.length !== 1 || options.some((option) => option.fraction !== 1 && option.fraction !== 0)) {
    return { reason: 'questionBank.aikenSkip.notOneRightAnswer' };
  }
  const prompt = oneLine(question.prompt, question.promptFormat);
  const choices = options.map((option) => oneLine(option.text, option.format ?? question.promptFormat));
  // A line under two characters is ignored by the reader, and one that looks like a choice or the answer is misread.
  if (!readableAsQuestionLine(prompt) || choices.some((choice) => choice.length === 0)) {
    return { reason: 'questionBank.aikenSkip.emptyText' };
  }
  const rightIndex = options.findIndex((option) => option.fraction === 1);
  return [
    prompt,
    ...choices.map((choice, i) => `${letter(i)}) ${choice}`),
    `ANSWER: ${letter(rightIndex)}`,
  ].join('\n');
}

function readableAsQuestionLine(line: string): boolean {
  return line.length >= 2 && !/^[A-Z][).]/.test(line) && !/^ANSWER:/.test(line);
}

function oneLine(text: string, format: QuestionDraft['promptFormat']): string {
  return format === 'html' || format === 'moodle' ? htmlToText(text) : text.replace(/\s+/g, ' ').trim();
}

function letter(index: number): string {
  return String.fromCharCode('A'.charCodeAt(0) + index);
}
