import type { QuestionDraft, QuestionOptionDraft } from './question-draft';

/** A choice (or accepted short answer) as stored: with an id that attempts and answers refer to. */
export interface StoredQuestionOption extends QuestionOptionDraft {
  id: string;
}

/** A file of the question, stored in `question_file`; texts link to it as `/files/questions/<fileId>/<name>`. */
export interface StoredQuestionAttachment {
  fileId: string;
  name: string;
  mimeType: string;
}

/**
 * What one immutable question version holds: the draft without what belongs to the question itself
 * (category, tags, id number), without the import line, and with files replaced by references.
 */
export type QuestionContent = Omit<QuestionDraft, 'line' | 'category' | 'tags' | 'idNumber' | 'attachments' | 'options'> & {
  options: StoredQuestionOption[];
  attachments?: StoredQuestionAttachment[];
};

export const QUESTION_FILE_ROUTE = '/files/questions';

const PLUGINFILE_REFERENCE = /@@PLUGINFILE@@\/([^"'<>\s\\]+)/g;

export function questionFileUrl(fileId: string, encodedName: string): string {
  return `${QUESTION_FILE_ROUTE}/${fileId}/${encodedName}`;
}

/** Builds the content of a version from a draft; `newId` names the options, `files` the stored attachments. */
export function contentFromDraft(
  draft: QuestionDraft,
  newId: () => string,
  files: readonly StoredQuestionAttachment[] = [],
): QuestionContent {
  const { line: _line, category: _category, tags: _tags, idNumber: _idNumber, attachments: _attachments, options, ...rest } = draft;
  const content: QuestionContent = { ...rest, options: options.map((option) => ({ id: newId(), ...option })) };
  if (files.length > 0) content.attachments = [...files];
  return files.length > 0 ? linkAttachments(content, files) : content;
}

/** Turns `@@PLUGINFILE@@/<name>` references to the question's own files into links to where they are served. */
export function linkAttachments<T>(value: T, files: readonly StoredQuestionAttachment[]): T {
  const byName = new Map(files.map((file) => [file.name, file.fileId]));
  return mapStrings(value, (text) =>
    text.includes('@@PLUGINFILE@@')
      ? text.replace(PLUGINFILE_REFERENCE, (reference, encodedName: string) => {
          const fileId = byName.get(safeDecode(encodedName));
          return fileId ? questionFileUrl(fileId, encodedName) : reference;
        })
      : text,
  );
}

/** The reverse of linkAttachments, for export: links to the question's own files become `@@PLUGINFILE@@/<name>`. */
export function unlinkAttachments<T>(value: T, files: readonly StoredQuestionAttachment[]): T {
  if (files.length === 0) return value;
  const ids = new Set(files.map((file) => file.fileId));
  const pattern = new RegExp(`${QUESTION_FILE_ROUTE}/([0-9a-f-]{36})/`, 'g');
  return mapStrings(value, (text) =>
    text.includes(QUESTION_FILE_ROUTE)
      ? text.replace(pattern, (link, fileId: string) => (ids.has(fileId) ? '@@PLUGINFILE@@/' : link))
      : text,
  );
}

/** The draft a version came from (without files' bytes), as exporters take it. */
export function draftFromContent(
  content: QuestionContent,
  question: { category: string; tags: readonly string[]; idNumber: string | null },
): QuestionDraft {
  const { options, attachments: _attachments, ...rest } = content;
  const draft: QuestionDraft = {
    ...rest,
    options: options.map(({ id: _id, ...option }) => option),
    category: question.category,
    tags: [...question.tags],
    line: 0,
  };
  if (question.idNumber) draft.idNumber = question.idNumber;
  return draft;
}

function mapStrings<T>(value: T, transform: (text: string) => string): T {
  if (typeof value === 'string') return transform(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, transform)) as T;
  if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, transform)])) as T;
  }
  return value;
}

function safeDecode(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
}
