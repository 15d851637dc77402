import { Marked } from 'marked';
import { sanitizeQuestionHtml } from './formats/html-sanitizer';
import type { TextFormat } from './question-draft';

const marked = new Marked({ gfm: true, breaks: false, async: false });

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * A question text as the learner reads it, the way the bank's preview shows each of Moodle's formats (plain
 * text escaped with its line breaks, auto-format with line breaks as <br>, Markdown rendered, HTML as
 * written), then sanitised: safe to put in a page as it is.
 */
export function questionTextHtml(text: string, format: TextFormat): string {
  switch (format) {
    case 'plain':
      return escapeHtml(text).replace(/\r?\n/g, '<br>');
    case 'moodle':
      return sanitizeQuestionHtml(text.replace(/\r?\n/g, '<br>'));
    case 'markdown':
      return sanitizeQuestionHtml(marked.parse(text) as string);
    case 'html':
      return sanitizeQuestionHtml(text);
  }
}
