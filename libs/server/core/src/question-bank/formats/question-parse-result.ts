import type { CategoryDraft, QuestionDraft } from '../question-draft';

export interface QuestionImportError {
  /** 1-based line where the rejected question starts; null when the problem has no single place. */
  line: number | null;
  message: string;
}

export interface QuestionParseResult {
  questions: QuestionDraft[];
  errors: QuestionImportError[];
  /** Categories declared in the input, in order (they are also set on the questions that follow them). */
  categories: CategoryDraft[];
}
