import { MAX_PASSWORD_LENGTH } from '@hocso/contracts';
import { CATEGORY_LIMITS, DEFAULT_IMPORT_LIMITS, MAX_CREDENTIAL_BYTES, ESSAY_MAX_CHARACTERS, EXAM_LIMITS, MAX_IMPORT_BYTES, QUESTION_LIMITS } from '@hocso/server-core';

/** Characters of base64 that carry `bytes` bytes, with a line break every 76 characters as MIME writes them. */
function base64Length(bytes: number): number {
  const encoded = Math.ceil(bytes / 3) * 4;
  return encoded + 2 * Math.ceil(encoded / 76);
}

/**
 * The most characters each kind of text the API accepts may have, checked on every argument before any
 * work (see text-lengths.ts): what the domain accepts where it has a rule, and what the meaning allows
 * elsewhere. A string without a declared bound gets DEFAULT_MAX_TEXT_LENGTH.
 */
export const TEXT_BOUNDS = {
  email: 320,
  password: MAX_PASSWORD_LENGTH,
  personName: 200,
  phone: 50,
  /** A one-time code as typed (digits, with the spaces or dashes of a printed one). */
  oneTimeCode: 20,
  position: 200,
  /** Course, module, lesson and bank titles, org unit names, file names. */
  title: 255,
  /** Course, track and org unit codes; org unit kinds. */
  code: 100,
  summary: 5_000,
  /** A day written YYYY-MM-DD (room for what a form may add around it; the service reads the date itself). */
  calendarDay: 32,
  comment: 5_000,
  url: 2_000,
  /** A live session's place. */
  place: 500,
  /** Why a live session is cancelled. */
  cancelReason: 500,
  /** A check-in code as typed (six digits, maybe spaced). */
  checkInCode: 20,
  /** Lesson Markdown and video transcripts. */
  lessonText: 200_000,
  /** Refresh tokens and one-time link tokens (43 characters today). */
  token: 512,
  search: 200,
  /** Opaque page cursors: a question's holds its category path. */
  cursor: 8_000,
  categoryPath: CATEGORY_LIMITS.pathLength + 200,
  examInstructions: EXAM_LIMITS.instructionsLength,
  accommodationNote: EXAM_LIMITS.accommodationNoteLength,
  questionText: QUESTION_LIMITS.textLength,
  questionName: QUESTION_LIMITS.nameLength,
  questionIdNumber: QUESTION_LIMITS.idNumberLength,
  questionTag: QUESTION_LIMITS.tagLength,
  /** The text of a saved answer: the longest essay. */
  answerText: ESSAY_MAX_CHARACTERS,
  /**
   * A whole GIFT, Moodle XML or Aiken file, as text. Twice the bytes an import takes (UTF-8 needs at least a
   * byte per character), so that a file just over the import's limit hears that limit in bytes from the import.
   */
  questionFile: 2 * DEFAULT_IMPORT_LIMITS.maxBytes,
  /**
   * A credential's JSON: ten times the bytes the check reads, so that a credential too large hears the
   * check's limit in megabytes (a 10 MB paste included) rather than a count of characters.
   */
  credentialJson: 11 * MAX_CREDENTIAL_BYTES,
  /** A trusted issuer's DID document. */
  didDocument: 100_000,
  /** A whole onboarding CSV, base64-encoded. */
  csvFileBase64: base64Length(MAX_IMPORT_BYTES),
} as const;
