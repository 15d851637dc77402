import type { QuestionTextFormat } from '@hocso/portal-data-access';
import { marked } from 'marked';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * A question text as HTML, the way Moodle shows each format: plain text escaped with its line breaks,
 * Moodle auto-format with line breaks turned into <br>, Markdown rendered, HTML as written. The result must
 * still go through a sanitiser before it reaches the page.
 */
export function questionTextToHtml(text: string, format: QuestionTextFormat): string {
  switch (format) {
    case 'plain':
      return escapeHtml(text).replace(/\r?\n/g, '<br>');
    case 'moodle':
      return text.replace(/\r?\n/g, '<br>');
    case 'markdown':
      return marked.parse(text, { async: false, gfm: true, breaks: false });
    case 'html':
    default:
      return text;
  }
}
