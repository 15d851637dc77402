/**
 * What trainer-written HTML (lesson Markdown, question texts) may keep of inline CSS and sizing attributes,
 * shared by the server's sanitisers and the portal's preview. Only properties that format text or size
 * an image within bounds: nothing positions, layers or hides an element, or loads a URL, so no content can
 * lay a fake sign-in box over the page or fill the screen.
 */

const KEYWORD = (...words: string[]) => new RegExp(`^(?:${words.join('|')})$`, 'i');

/** A number of `unit` from 0 up to `max` (decimals allowed), e.g. `lengthUpTo(48, 'px')`. */
function lengthUpTo(max: number, unit: string): (value: string) => boolean {
  const pattern = new RegExp(`^(\\d{1,4}(?:\\.\\d{1,3})?)${unit}$`, 'i');
  return (value) => {
    const match = pattern.exec(value);
    return match !== null && Number(match[1]) <= max;
  };
}

function anyOf(...tests: Array<RegExp | ((value: string) => boolean)>): (value: string) => boolean {
  return (value) => tests.some((test) => (test instanceof RegExp ? test.test(value) : test(value)));
}

const COLOR = anyOf(
  /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i,
  /^[a-z]{3,20}$/i,
  /^(?:rgb|hsl)a?\(\s*[\d.]+(?:deg)?%?(?:\s*[,/]?\s*[\d.]+%?){2,3}\s*\)$/i,
);
const TEXT_SIZE = anyOf(
  KEYWORD('xx-small', 'x-small', 'small', 'medium', 'large', 'x-large', 'xx-large', 'smaller', 'larger'),
  lengthUpTo(48, 'px'),
  lengthUpTo(36, 'pt'),
  lengthUpTo(3, 'r?em'),
  lengthUpTo(300, '%'),
);
const SPACING = lengthUpTo(100, 'px');
const SPACING_EM = lengthUpTo(6, 'r?em');
/** One to four non-negative spacings, as in `margin: 0 0 0 40px`. */
const SPACINGS = (value: string) => {
  const parts = value.split(/\s+/);
  return parts.length <= 4 && parts.every((part) => part === '0' || part === 'auto' || SPACING(part) || SPACING_EM(part));
};
const FONT_NAME = `(?:[a-z0-9 -]{1,40}|'[a-z0-9 -]{1,40}'|"[a-z0-9 -]{1,40}")`;
const FONT_FAMILY = new RegExp(`^${FONT_NAME}(?:\\s*,\\s*${FONT_NAME}){0,5}$`, 'i');
/** Images and table cells: up to the width of their container, or a bounded number of pixels. */
const BOX_LENGTH = anyOf(KEYWORD('auto'), lengthUpTo(100, '%'), lengthUpTo(1200, 'px'), lengthUpTo(60, 'r?em'));

type ValueTest = RegExp | ((value: string) => boolean);

const TEXT_STYLES: Readonly<Record<string, ValueTest>> = {
  color: COLOR,
  'background-color': COLOR,
  'text-align': KEYWORD('left', 'right', 'center', 'justify', 'start', 'end'),
  'font-weight': KEYWORD('normal', 'bold', 'bolder', 'lighter', '[1-9]00'),
  'font-style': KEYWORD('normal', 'italic', 'oblique'),
  'font-size': TEXT_SIZE,
  'font-family': FONT_FAMILY,
  'line-height': anyOf(KEYWORD('normal'), lengthUpTo(3, ''), lengthUpTo(3, 'r?em'), lengthUpTo(64, 'px'), lengthUpTo(300, '%')),
  'text-decoration': /^(?:none|(?:(?:underline|overline|line-through)\s*){1,3})$/i,
  'text-decoration-line': /^(?:none|(?:(?:underline|overline|line-through)\s*){1,3})$/i,
  'text-indent': anyOf(SPACING, SPACING_EM, KEYWORD('0')),
  'vertical-align': KEYWORD('baseline', 'sub', 'super', 'top', 'middle', 'bottom', 'text-top', 'text-bottom'),
  'white-space': KEYWORD('normal', 'nowrap', 'pre', 'pre-wrap', 'pre-line', 'break-spaces'),
  direction: KEYWORD('ltr', 'rtl'),
  'list-style-type': /^[a-z-]{1,30}$/i,
  'border-collapse': KEYWORD('collapse', 'separate'),
  margin: SPACINGS,
  'margin-top': SPACINGS,
  'margin-right': SPACINGS,
  'margin-bottom': SPACINGS,
  'margin-left': SPACINGS,
  padding: SPACINGS,
  'padding-top': SPACINGS,
  'padding-right': SPACINGS,
  'padding-bottom': SPACINGS,
  'padding-left': SPACINGS,
};

const SIZED_TAGS = new Set(['img', 'table', 'td', 'th', 'col']);
const BOX_STYLES: Readonly<Record<string, ValueTest>> = { width: BOX_LENGTH, height: BOX_LENGTH, 'max-width': BOX_LENGTH };

function passes(test: ValueTest, value: string): boolean {
  return test instanceof RegExp ? test.test(value) : test(value);
}

/** Whether `property: value` may stay on an element of this tag. */
export function isAllowedContentStyle(tag: string, property: string, value: string): boolean {
  const name = property.trim().toLowerCase();
  const test = TEXT_STYLES[name] ?? (SIZED_TAGS.has(tag.toLowerCase()) ? BOX_STYLES[name] : undefined);
  return test !== undefined && passes(test, value.trim().replace(/\s+/g, ' '));
}

/**
 * The allowed declarations of a style attribute, rewritten as `property:value;…`, or '' when none is left.
 * Declarations are rebuilt from values the tests above accepted (no `;`, `\`, comment or URL can pass
 * them), so what the browser reads is exactly what was checked; `!important` is dropped.
 */
export function filterContentStyle(tag: string, style: string): string {
  const kept: string[] = [];
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 1) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).replace(/!\s*important\s*$/i, '').trim().replace(/\s+/g, ' ');
    if (isAllowedContentStyle(tag, property, value)) kept.push(`${property}:${value}`);
  }
  return kept.join(';');
}

/** HTML sizing attributes: `width`/`height` as for the CSS above; table `border`, `cellpadding`, `cellspacing` up to 20. */
export function isAllowedContentDimension(tag: string, attribute: string, value: string): boolean {
  const name = attribute.toLowerCase();
  const trimmed = value.trim();
  if (name === 'width' || name === 'height') {
    return SIZED_TAGS.has(tag.toLowerCase()) && (/^\d{1,4}$/.test(trimmed) ? Number(trimmed) <= 1200 : lengthUpTo(100, '%')(trimmed));
  }
  if (name === 'border' || name === 'cellpadding' || name === 'cellspacing') return /^\d{1,2}$/.test(trimmed) && Number(trimmed) <= 20;
  return true;
}

/** An element's attributes with its style reduced to the allow-list and out-of-bounds sizes removed. */
export function filterContentAttributes(tag: string, attributes: Readonly<Record<string, string>>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (name.toLowerCase() === 'style') {
      const style = filterContentStyle(tag, value);
      if (style) kept[name] = style;
    } else if (isAllowedContentDimension(tag, name, value)) {
      kept[name] = value;
    }
  }
  return kept;
}
