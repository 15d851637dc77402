import { type MessageParams, renderMessage } from '../../i18n/render-message';
import type { QUESTION_IMPORT_MESSAGES } from './question-import-messages';
import type { LimitProblem } from './question-limits';

/**
 * Why an input or a question could not be imported: a key of QUESTION_IMPORT_MESSAGES (or of the question
 * limits, which the editor shares) and its params.
 */
export interface ImportProblem {
  reason: keyof typeof QUESTION_IMPORT_MESSAGES | LimitProblem['reason'];
  params?: MessageParams;
}

export function problem(reason: ImportProblem['reason'], params?: MessageParams): ImportProblem {
  return params ? { reason, params } : { reason };
}

/** The problem in English (Moodle's wording), for logs and for the conformance tests. */
export function englishText(found: ImportProblem): string {
  return renderMessage(found.reason, found.params ?? {}, 'en');
}
