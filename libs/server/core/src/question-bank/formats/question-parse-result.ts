import type { CategoryDraft, QuestionDraft } from '../question-draft';
import type { MessageParams } from '../../i18n/render-message';
import { englishText, type ImportProblem } from './question-import-problem';

export interface QuestionImportError {
  /** 1-based line where the rejected question starts; null when the problem has no single place. */
  line: number | null;
  reason: ImportProblem['reason'];
  params: MessageParams;
  /** The problem in English; the API renders `reason` and `params` in the language of the request. */
  message: string;
}

export function questionImportError(line: number | null, found: ImportProblem): QuestionImportError {
  return { line, reason: found.reason, params: found.params ?? {}, message: englishText(found) };
}

export interface QuestionParseResult {
  questions: QuestionDraft[];
  errors: QuestionImportError[];
  /** Categories declared in the input, in order (they are also set on the questions that follow them). */
  categories: CategoryDraft[];
}
