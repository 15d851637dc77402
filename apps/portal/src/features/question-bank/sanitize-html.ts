import { filterContentStyle, isAllowedContentDimension } from '@hocso/contracts';

/**
 * A browser-side allowlist sanitiser for question texts (the API sanitises HTML on save; this keeps a draft
 * the trainer is typing, or pasted from elsewhere, from running script in the preview).
 */
const ALLOWED_TAGS = new Set([
  'a', 'abbr', 'b', 'big', 'blockquote', 'br', 'caption', 'center', 'code', 'col', 'colgroup', 'dd', 'del', 'div', 'dl', 'dt', 'em', 'figcaption',
  'figure', 'font', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'small', 'span',
  'strike', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'u', 'ul',
]);
const DROPPED_WITH_CONTENT = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'svg', 'math', 'form', 'textarea', 'select']);
// No class: the portal's own classes would let a question take on its layout (sticky headers and the like).
const GLOBAL_ATTRIBUTES = new Set(['lang', 'dir', 'title', 'align', 'style']);
const TAG_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href', 'name'],
  img: ['src', 'alt', 'width', 'height'],
  td: ['colspan', 'rowspan', 'valign'],
  th: ['colspan', 'rowspan', 'valign', 'scope'],
  table: ['border', 'cellpadding', 'cellspacing'],
  ol: ['start', 'type'],
  font: ['color', 'face', 'size'],
};
const SAFE_URL = /^(https?:|mailto:|tel:|\/|#|[^:]*$)/i;
const SAFE_IMAGE_DATA = /^data:image\/(png|jpe?g|gif|webp|bmp);/i;

function cleanNode(node: Node, document: Document): void {
  for (const child of [...node.childNodes]) {
    if (child.nodeType === Node.COMMENT_NODE) {
      child.remove();
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue;
    const element = child as Element;
    const tag = element.tagName.toLowerCase();
    if (DROPPED_WITH_CONTENT.has(tag)) {
      element.remove();
      continue;
    }
    if (!ALLOWED_TAGS.has(tag)) {
      cleanNode(element, document);
      element.replaceWith(...[...element.childNodes]);
      continue;
    }
    for (const attribute of [...element.attributes]) {
      const name = attribute.name.toLowerCase();
      const allowed = GLOBAL_ATTRIBUTES.has(name) || (TAG_ATTRIBUTES[tag]?.includes(name) ?? false);
      const value = attribute.value.trim();
      const unsafe =
        !allowed ||
        (name === 'href' && !SAFE_URL.test(value)) ||
        (name === 'src' && !(SAFE_URL.test(value) || SAFE_IMAGE_DATA.test(value))) ||
        !isAllowedContentDimension(tag, name, value);
      if (unsafe) {
        element.removeAttribute(attribute.name);
      } else if (name === 'style') {
        // Only the shared allow-list of text formatting and bounded sizes: no overlay, no full-screen box.
        const style = filterContentStyle(tag, value);
        if (style) element.setAttribute('style', style);
        else element.removeAttribute(attribute.name);
      }
    }
    if (tag === 'a') {
      element.setAttribute('target', '_blank');
      element.setAttribute('rel', 'noopener noreferrer');
    }
    cleanNode(element, document);
  }
}

export function sanitizeHtml(html: string): string {
  if (!/[<&>]/.test(html)) return html;
  if (typeof DOMParser === 'undefined') return html.replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const document = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  cleanNode(document.body, document);
  return document.body.innerHTML;
}
