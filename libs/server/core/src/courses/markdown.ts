import { filterContentAttributes } from '@hocso/contracts';
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, breaks: false, async: false });

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'del', 'ins', 'sub', 'sup', 'input'],
  disallowedTagsMode: 'discard',
  allowedAttributes: {
    '*': ['style'],
    a: ['href', 'name', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    code: ['class'],
    th: ['align', 'colspan', 'rowspan'],
    td: ['align', 'colspan', 'rowspan'],
    ol: ['start'],
    input: ['type', 'checked', 'disabled'],
  },
  // Fenced code keeps its language name; no other class (the portal's own would restyle the lesson).
  allowedClasses: { code: ['language-*'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  transformTags: {
    // Inline CSS and sizes from the shared allow-list: text formatting and bounded image sizes only.
    '*': (tagName, attribs) => ({ tagName, attribs: filterContentAttributes(tagName, attribs) }),
    // Links open outside the lesson and tell the target nothing about the page they came from.
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
    input: (tagName, attribs) =>
      attribs['type'] === 'checkbox'
        ? { tagName, attribs: { type: 'checkbox', disabled: '', ...(attribs['checked'] !== undefined ? { checked: '' } : {}) } }
        : { tagName: 'span', attribs: {} },
  },
};

/**
 * A TEXT lesson's Markdown as safe HTML: rendered with marked (GitHub flavour), then sanitised — no
 * script or style element, no event handlers, no `javascript:` or `data:` URLs, inline CSS only from the
 * shared allow-list (text formatting, bounded image sizes: nothing that positions or covers the page).
 */
export function renderLessonMarkdown(markdown: string | null | undefined): string | null {
  if (markdown === null || markdown === undefined) return null;
  const html = marked.parse(markdown.normalize('NFC')) as string;
  return sanitizeHtml(html, OPTIONS).trim();
}
