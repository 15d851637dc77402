import { DomainError } from '../errors/domain.error';

const CODE_PATTERN = /^[A-Z0-9][A-Z0-9_.-]{0,63}$/;

export function normaliseCourseCode(raw: string, field = 'code'): string {
  const code = raw.trim().toUpperCase();
  if (!CODE_PATTERN.test(code)) {
    throw DomainError.badInput(field, 'A course code is 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit');
  }
  return code;
}

export function cleanTitle(raw: string, field = 'title'): string {
  const title = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (title.length === 0) throw DomainError.badInput(field, 'The title must not be empty');
  if (title.length > 255) throw DomainError.badInput(field, 'The title must have at most 255 characters');
  return title;
}

export function cleanSummary(raw: string): string {
  const summary = raw.normalize('NFC').trim();
  if (summary.length === 0) throw DomainError.badInput('summary', 'The summary must not be empty');
  if (summary.length > 5000) throw DomainError.badInput('summary', 'The summary must have at most 5,000 characters');
  return summary;
}

export function cleanHours(raw: number): number {
  if (!Number.isFinite(raw) || raw <= 0 || raw > 1000) {
    throw DomainError.badInput('hours', 'Study hours must be more than 0 and at most 1,000');
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
    throw DomainError.badInput(field, 'This must be a full web address starting with https:// or http://');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw DomainError.badInput(field, 'This must be a full web address starting with https:// or http://');
  }
  if (value.length > 2000) throw DomainError.badInput(field, 'The address must have at most 2,000 characters');
  return url.toString();
}

/** Long Markdown or transcript text, stored as written (NFC only). */
export function cleanLongText(raw: string | null | undefined, field: string, required: boolean): string | null {
  const value = raw?.normalize('NFC') ?? null;
  if (value === null || value.trim().length === 0) {
    if (required) throw DomainError.badInput(field, 'This lesson needs content here');
    return null;
  }
  if (value.length > 200_000) throw DomainError.badInput(field, 'This text must have at most 200,000 characters');
  return value;
}

export function cleanComment(raw: string): string {
  const comment = raw.normalize('NFC').trim();
  if (comment.length === 0) throw DomainError.badInput('comment', 'Say what should change before the course can be published');
  if (comment.length > 5000) throw DomainError.badInput('comment', 'The comment must have at most 5,000 characters');
  return comment;
}
