import { newQuestionDraft, type QuestionDraft } from '../question-draft';
import { defaultQuestionName } from './default-question-name';
import { DEFAULT_PENALTY, type ParserOptions } from './gift-parser';
import { type ImportProblem, problem } from './question-import-problem';
import { QuestionImportRejected } from './question-import-rejected.error';
import { type QuestionImportError, type QuestionParseResult, questionImportError } from './question-parse-result';

const CHOICE_LINE = /^[A-Z][).][ \t]?/;
const ANSWER_LINE = /^ANSWER:/;

/**
 * Parses Aiken as Moodle's qformat_aiken: a question line, choice lines `A)` or `A.`, then `ANSWER: X`.
 * Lines shorter than 2 characters are ignored; text is HTML-escaped (htmlspecialchars, ENT_NOQUOTES).
 */
export function parseAiken(input: string, options: ParserOptions = {}): QuestionParseResult {
  const questions: QuestionDraft[] = [];
  const errors: QuestionImportError[] = [];
  let current: QuestionDraft | null = null;
  let rawName = '';
  const lines = input.split(/\r\n|\r|\n/);

  const fail = (found: ImportProblem, line: number | null): void => {
    errors.push(questionImportError(line, found));
  };
  const failQuestion = (found: ImportProblem, line: number | null): void => {
    fail(problem('questionImport.aiken.error', { name: rawName, problem: found }), line);
  };

  lines.forEach((rawLine, index) => {
    const lineNumber = index + 1;
    const line = rawLine.trim();
    if (line.length < 2) return;
    if (CHOICE_LINE.test(line)) {
      if (current === null) {
        fail(problem('questionImport.aiken.notStarted', { line: String(lineNumber) }), lineNumber);
        return;
      }
      current.options.push({ text: escapeHtml(line.slice(2).trim()), fraction: 0 });
      return;
    }
    if (ANSWER_LINE.test(line)) {
      if (current === null) {
        fail(problem('questionImport.aiken.notStarted', { line: String(lineNumber) }), lineNumber);
        return;
      }
      const question: QuestionDraft = current;
      current = null;
      if (question.options.length < 2) {
        failQuestion(problem('questionImport.aiken.tooFewAnswers', { line: String(lineNumber) }), question.line);
        return;
      }
      const letter = line.slice(line.indexOf(':') + 1).trim().charAt(0);
      const rightIndex = letter.charCodeAt(0) - 'A'.charCodeAt(0);
      const right = question.options[rightIndex];
      if (right === undefined) {
        failQuestion(problem('questionImport.aiken.answerNotAChoice', { letter, line: String(lineNumber) }), question.line);
        return;
      }
      right.fraction = 1;
      questions.push(question);
      if (options.maxQuestions !== undefined && questions.length > options.maxQuestions) {
        throw new QuestionImportRejected(problem('questionImport.tooManyQuestions', { max: options.maxQuestions }), 'MAX_QUESTIONS');
      }
      return;
    }
    if (current !== null) {
      failQuestion(problem('questionImport.aiken.notCompleted', { line: String(lineNumber) }), current.line);
    }
    current = startQuestion(line, lineNumber);
    rawName = current.name ?? '';
  });
  // Assigned inside the callback above, which TypeScript does not follow.
  const unfinished = current as QuestionDraft | null;
  if (unfinished !== null) {
    failQuestion(problem('questionImport.aiken.notCompletedAtEnd'), unfinished.line);
  }
  return { questions, errors, categories: [] };
}

function startQuestion(line: string, lineNumber: number): QuestionDraft {
  const question = newQuestionDraft('SINGLE_CHOICE', escapeHtml(line), 'html', lineNumber);
  question.name = defaultQuestionName(line.replace(/</g, '&lt;'));
  question.penalty = DEFAULT_PENALTY;
  question.shuffleAnswers = true;
  question.answerNumbering = 'abc';
  return question;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
