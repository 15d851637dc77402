import type { QuestionFormat } from '@hocso/portal-data-access';

/** The API refuses larger imports (DEFAULT_IMPORT_LIMITS.maxBytes); say so before uploading. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const IMPORT_FILE_ACCEPT = '.txt,.gift,.xml,.aiken,text/plain,text/xml,application/xml';

export const QUESTION_FORMATS: readonly QuestionFormat[] = ['GIFT', 'MOODLE_XML', 'AIKEN'];

/** The format a file's extension names; null when it does not say (".txt" holds GIFT or Aiken). */
export function guessFormatFromFileName(fileName: string): QuestionFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  if (extension === 'xml') return 'MOODLE_XML';
  if (extension === 'gift') return 'GIFT';
  if (extension === 'aiken') return 'AIKEN';
  return null;
}

/** The format of a text: XML by its start, Aiken by its "ANSWER: B" lines without GIFT braces, else GIFT. */
export function guessFormatFromContent(content: string): QuestionFormat {
  const start = content.replace(/^\uFEFF/, '').trimStart();
  if (/^<(\?xml|quiz[\s>])/i.test(start)) return 'MOODLE_XML';
  const withoutEscapes = content.replace(/\\[{}]/g, '');
  const hasGiftBlock = /\{[^]*\}/.test(withoutEscapes);
  if (!hasGiftBlock && /^[ \t]*ANSWER\s*:\s*[A-Za-z][ \t]*$/m.test(content) && /^[ \t]*[A-Za-z][.)][ \t]+\S/m.test(content)) return 'AIKEN';
  return 'GIFT';
}

/** The extension first, the content when the extension does not tell. */
export function guessFormat(fileName: string | null, content: string): QuestionFormat {
  return (fileName ? guessFormatFromFileName(fileName) : null) ?? guessFormatFromContent(content);
}

export type Utf8DecodeResult = { ok: true; text: string } | { ok: false };

/** Decodes bytes as UTF-8 (a BOM is dropped) and refuses anything else (Windows-1258, UTF-16 …) rather than guessing. */
export function decodeUtf8Strict(bytes: ArrayBuffer | Uint8Array): Utf8DecodeResult {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // UTF-16 files decode without error when every code unit is ASCII-compatible; their NULs give them away.
    if (text.includes('\u0000')) return { ok: false };
    return { ok: true, text };
  } catch {
    return { ok: false };
  }
}

/** A safe file name for an export: the bank title without accents or punctuation. */
export function exportFileName(title: string, format: QuestionFormat, category: string | null): string {
  const slug = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, (letter) => (letter === 'đ' ? 'd' : 'D'))
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase();
  const categoryPart = category && category !== 'top' ? `-${slug(category.split('/').at(-1) ?? '')}` : '';
  const base = `${slug(title) || 'questions'}${categoryPart}`.slice(0, 80);
  return format === 'MOODLE_XML' ? `${base}.xml` : format === 'AIKEN' ? `${base}.aiken.txt` : `${base}.gift.txt`;
}
