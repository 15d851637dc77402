import { parseAiken } from './aiken-parser';
import { parseGift } from './gift-parser';
import { parseMoodleXml } from './moodle-xml-parser';
import { problem } from './question-import-problem';
import { QuestionImportRejected } from './question-import-rejected.error';
import { categoryPathProblem, type LimitProblem, questionLimitProblem } from './question-limits';
import { type QuestionImportError, questionImportError, type QuestionParseResult } from './question-parse-result';

export type QuestionFormat = 'GIFT' | 'MOODLE_XML' | 'AIKEN';

export interface QuestionImportLimits {
  /** Largest accepted input, in bytes (UTF-8). */
  maxBytes?: number;
  maxQuestions?: number;
}

export const DEFAULT_IMPORT_LIMITS = { maxBytes: 5 * 1024 * 1024, maxQuestions: 10_000 } as const;

const FORMAT_LABELS: Record<QuestionFormat, string> = { GIFT: 'GIFT', MOODLE_XML: 'Moodle XML', AIKEN: 'Aiken' };

/**
 * The one entry point for imports. The whole input is refused (QuestionImportRejected) when it is not UTF-8,
 * too large, holds too many questions or is unsafe XML; otherwise each unreadable question becomes an error
 * and the others are returned.
 */
export function parseQuestions(
  format: QuestionFormat,
  input: string | Buffer,
  limits: QuestionImportLimits = {},
): QuestionParseResult {
  const maxBytes = limits.maxBytes ?? DEFAULT_IMPORT_LIMITS.maxBytes;
  const maxQuestions = limits.maxQuestions ?? DEFAULT_IMPORT_LIMITS.maxQuestions;
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (size > maxBytes) {
    throw new QuestionImportRejected(problem('questionImport.tooLarge', { size: String(size), max: String(maxBytes) }), 'MAX_BYTES');
  }
  const text = decodeUtf8(input, format).replace(/^\uFEFF/, '');
  const options = { maxQuestions };
  switch (format) {
    case 'GIFT':
      return withinLimits(parseGift(text, options));
    case 'MOODLE_XML':
      return withinLimits(parseMoodleXml(text, options));
    case 'AIKEN':
      return withinLimits(parseAiken(text, options));
  }
}

/**
 * Categories and questions larger than QUESTION_LIMITS / CATEGORY_LIMITS become errors at their line, as
 * an unreadable question does, before anything is written; a question in a refused category is refused too.
 */
function withinLimits(parsed: QuestionParseResult): QuestionParseResult {
  const errors: QuestionImportError[] = [...parsed.errors];
  const problemOfPath = new Map<string, LimitProblem | null>();
  const pathProblem = (path: string): LimitProblem | null => {
    if (!problemOfPath.has(path)) problemOfPath.set(path, categoryPathProblem(path));
    return problemOfPath.get(path) ?? null;
  };
  const categories = parsed.categories.filter((category) => {
    const problem = pathProblem(category.path);
    if (problem) errors.push(questionImportError(category.line, problem));
    return !problem;
  });
  const questions = parsed.questions.filter((question) => {
    const problem = (question.category === undefined ? null : pathProblem(question.category)) ?? questionLimitProblem(question);
    if (problem) errors.push(questionImportError(question.line, problem));
    return !problem;
  });
  if (errors.length === parsed.errors.length) return parsed;
  errors.sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
  return { questions, errors, categories };
}

function decodeUtf8(input: string | Buffer, format: QuestionFormat): string {
  if (typeof input === 'string') return input;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    throw new QuestionImportRejected(problem('questionImport.notUtf8', { format: FORMAT_LABELS[format] }), 'ENCODING');
  }
}
