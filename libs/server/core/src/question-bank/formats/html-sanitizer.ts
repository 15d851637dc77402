import { filterContentAttributes } from '@hocso/contracts';
import sanitizeHtml from 'sanitize-html';
import type { TextFormat } from '../question-draft';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    ...sanitizeHtml.defaults.allowedTags,
    'img', 'span', 'font', 'u', 's', 'strike', 'sub', 'sup', 'del', 'ins', 'big', 'small', 'center',
  ],
  disallowedTagsMode: 'discard',
  allowedAttributes: {
    // No class: the portal's own classes would let a question take on its layout (sticky headers and the like).
    '*': ['style', 'lang', 'dir', 'title', 'align'],
    a: ['href', 'name', 'target', 'rel'],
    img: ['src', 'alt', 'width', 'height', 'role'],
    td: ['colspan', 'rowspan', 'valign'],
    th: ['colspan', 'rowspan', 'valign', 'scope'],
    table: ['border', 'cellpadding', 'cellspacing', 'summary'],
    ol: ['start', 'type'],
    font: ['color', 'face', 'size'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https', 'data'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: true,
  transformTags: {
    // Inline CSS and sizes from the shared allow-list: text formatting and bounded image sizes only.
    '*': (tagName, attribs) => ({ tagName, attribs: filterContentAttributes(tagName, attribs) }),
    // sanitize-html allows the whole data: scheme; only inline images are wanted.
    img: (tagName, attribs) => {
      const src = attribs['src'] ?? '';
      if (/^\s*data:/i.test(src) && !/^\s*data:image\/(png|jpe?g|gif|webp|bmp);/i.test(src)) {
        const { src: _unsafe, ...rest } = attribs;
        return { tagName, attribs: rest };
      }
      return { tagName, attribs };
    },
  },
};

/**
 * Removes scripts, style elements, event handlers, classes and unsafe URLs, and every inline style outside the
 * shared allow-list (no positioning, no full-screen boxes); keeps formatting, images, tables and links.
 */
export function sanitizeQuestionHtml(html: string): string {
  if (!/[<&>]/.test(html)) return html;
  return sanitizeHtml(html, OPTIONS);
}

/**
 * HTML and Moodle auto-format texts are rendered as HTML, so they are sanitised on import. Plain text is
 * escaped when displayed and Markdown is rendered then sanitised, so their source is kept unchanged.
 */
export function sanitizeForFormat(text: string, format: TextFormat): string {
  return format === 'html' || format === 'moodle' ? sanitizeQuestionHtml(text) : text;
}
