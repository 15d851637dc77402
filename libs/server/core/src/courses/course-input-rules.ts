import { DomainError } from '../errors/domain.error';

const CODE_PATTERN = /^[A-Z0-9][A-Z0-9_.-]{0,63}$/;
const MAX_TITLE = 255;
const MAX_SUMMARY = 5000;
const MAX_HOURS = 1000;
const MAX_URL = 2000;
const MAX_LONG_TEXT = 200_000;
const MAX_COMMENT = 5000;

export function normaliseCourseCode(raw: string, field = 'code'): string {
  const code = raw.trim().toUpperCase();
  if (!CODE_PATTERN.test(code)) {
    throw DomainError.badInput(field, 'course.codeFormat');
  }
  return code;
}

export function cleanTitle(raw: string, field = 'title'): string {
  const title = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (title.length === 0) throw DomainError.badInput(field, 'course.titleEmpty');
  if (title.length > MAX_TITLE) throw DomainError.badInput(field, 'course.titleTooLong', { max: MAX_TITLE });
  return title;
}

export function cleanSummary(raw: string): string {
  const summary = raw.normalize('NFC').trim();
  if (summary.length === 0) throw DomainError.badInput('summary', 'course.summaryEmpty');
  if (summary.length > MAX_SUMMARY) throw DomainError.badInput('summary', 'course.summaryTooLong', { max: MAX_SUMMARY });
  return summary;
}

export function cleanHours(raw: number): number {
  if (!Number.isFinite(raw) || raw <= 0 || raw > MAX_HOURS) {
    throw DomainError.badInput('hours', 'course.hoursRange', { max: MAX_HOURS });
  }
  return Math.round(raw * 100) / 100;
}

/** An absolute http(s) URL, or null for an empty value. */
export function cleanUrl(raw: string | null | undefined, field: string): string | null {
  const value = raw?.trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw DomainError.badInput(field, 'course.urlInvalid');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw DomainError.badInput(field, 'course.urlInvalid');
  }
  if (value.length > MAX_URL) throw DomainError.badInput(field, 'course.urlTooLong', { max: MAX_URL });
  return url.toString();
}

/** Long Markdown or transcript text, stored as written (NFC only). */
export function cleanLongText(raw: string | null | undefined, field: string, required: boolean): string | null {
  const value = raw?.normalize('NFC') ?? null;
  if (value === null || value.trim().length === 0) {
    if (required) throw DomainError.badInput(field, 'course.contentRequired');
    return null;
  }
  if (value.length > MAX_LONG_TEXT) throw DomainError.badInput(field, 'course.textTooLong', { max: MAX_LONG_TEXT });
  return value;
}

export function cleanComment(raw: string): string {
  const comment = raw.normalize('NFC').trim();
  if (comment.length === 0) throw DomainError.badInput('comment', 'course.commentEmpty');
  if (comment.length > MAX_COMMENT) throw DomainError.badInput('comment', 'course.commentTooLong', { max: MAX_COMMENT });
  return comment;
}
