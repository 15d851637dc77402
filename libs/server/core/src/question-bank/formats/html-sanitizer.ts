import sanitizeHtml from 'sanitize-html';
import type { TextFormat } from '../question-draft';

const SAFE_CSS_VALUE = /^(?!.*(?:url|expression|image-set)\s*\()[-#\w\s.,%()'"!/]*$/i;
const STYLE_PROPERTIES = [
  'color', 'background-color', 'font-size', 'font-family', 'font-weight', 'font-style', 'text-align',
  'text-decoration', 'text-indent', 'line-height', 'margin', 'margin-left', 'margin-right', 'margin-top',
  'margin-bottom', 'padding', 'padding-left', 'padding-right', 'padding-top', 'padding-bottom',
  'vertical-align', 'width', 'height', 'border', 'border-collapse', 'list-style-type', 'white-space',
  'direction', 'tab-stops', 'font',
];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    ...sanitizeHtml.defaults.allowedTags,
    'img', 'span', 'font', 'u', 's', 'strike', 'sub', 'sup', 'del', 'ins', 'big', 'small', 'center',
  ],
  disallowedTagsMode: 'discard',
  allowedAttributes: {
    '*': ['class', 'style', 'lang', 'dir', 'title', 'align'],
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
  allowedStyles: {
    '*': Object.fromEntries(STYLE_PROPERTIES.map((property) => [property, [SAFE_CSS_VALUE]])),
  },
  transformTags: {
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

/** Removes scripts, styles, event handlers and unsafe URLs; keeps formatting, images, tables and links. */
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
