import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { canonicalCategoryPath, categoryPathWithAncestors, categorySegments } from './question-category-path';
import { contentFromDraft, type QuestionContent, type StoredQuestionAttachment } from './question-content';
import type { CategoryDraft, QuestionDraft } from './question-draft';
import type { QuestionRecord } from './question-record';

const ROWS_PER_STATEMENT = 1000;
const FILE_BYTES_PER_STATEMENT = 8 * 1024 * 1024;

interface FileRow {
  id: string;
  questionId: string;
  name: string;
  mimeType: string;
  sha256: string;
  data: Buffer;
}

/**
 * Writes questions in bulk (a few statements per thousand questions, whatever their number) inside the
 * caller's transaction. Ids are made here, so rows can refer to each other without reading anything back.
 */
export class QuestionWriter {
  constructor(private readonly manager: EntityManager) {}

  /** Creates the categories (and their ancestors) that do not exist yet; returns the id of every path. */
  async ensureCategories(bankId: string, paths: Iterable<string>, declared: readonly CategoryDraft[] = []): Promise<Map<string, string>> {
    const info = new Map<string, CategoryDraft>();
    for (const category of declared) info.set(canonicalCategoryPath(category.path), category);
    const all = new Set<string>();
    for (const path of [...paths, ...info.keys()]) for (const ancestor of categoryPathWithAncestors(path)) all.add(ancestor);
    const rows = [...all].map((path) => ({
      path,
      segments: categorySegments(path),
      info: info.get(path)?.info ?? '',
      info_format: info.get(path)?.infoFormat ?? 'moodle',
      id_number: info.get(path)?.idNumber ?? null,
    }));
    const ids = new Map<string, string>();
    for (const chunk of chunks(rows, ROWS_PER_STATEMENT)) {
      const saved: Array<{ id: string; path: string }> = await this.manager.query(
        `INSERT INTO question_category (bank_id, path, segments, info, info_format, id_number)
         SELECT $1, r.path, r.segments, r.info, r.info_format, r.id_number
           FROM jsonb_to_recordset($2::jsonb) AS r(path text, segments text[], info text, info_format text, id_number text)
         ON CONFLICT (bank_id, path) DO UPDATE
           SET info = CASE WHEN EXCLUDED.info <> '' THEN EXCLUDED.info ELSE question_category.info END,
               info_format = CASE WHEN EXCLUDED.info <> '' THEN EXCLUDED.info_format ELSE question_category.info_format END,
               id_number = COALESCE(EXCLUDED.id_number, question_category.id_number)
         RETURNING id, path`,
        [bankId, toJson(chunk)],
      );
      for (const row of saved) ids.set(row.path, row.id);
    }
    return ids;
  }

  /** Inserts new questions, each with its version 1 and its files, in the order given. */
  async insertQuestions(bankId: string, actorId: string, drafts: readonly QuestionDraft[], declared: readonly CategoryDraft[] = []): Promise<QuestionRecord[]> {
    if (drafts.length === 0) {
      if (declared.length > 0) await this.ensureCategories(bankId, [], declared);
      return [];
    }
    const categoryOf = drafts.map((draft) => canonicalCategoryPath(draft.category));
    const categoryIds = await this.ensureCategories(bankId, new Set(categoryOf), declared);
    const [{ now }]: Array<{ now: Date }> = await this.manager.query('SELECT now() AS now');
    const files: FileRow[] = [];
    const records: QuestionRecord[] = drafts.map((draft, index) => {
      const id = randomUUID();
      const stored = (draft.attachments ?? []).map((attachment): StoredQuestionAttachment => {
        const fileId = randomUUID();
        files.push({
          id: fileId,
          questionId: id,
          name: attachment.name,
          mimeType: attachment.mimeType,
          sha256: createHash('sha256').update(attachment.data).digest('hex'),
          data: attachment.data,
        });
        return { fileId, name: attachment.name, mimeType: attachment.mimeType };
      });
      const content = contentFromDraft(draft, randomUUID, stored);
      return {
        id,
        bankId,
        versionId: randomUUID(),
        version: 1,
        isCurrent: true,
        type: draft.type,
        category: categoryOf[index] as string,
        idNumber: draft.idNumber?.slice(0, 100) || null,
        tags: uniqueTags(draft.tags),
        content,
        createdAt: now,
        updatedAt: now,
        versionCreatedAt: now,
      };
    });
    for (const [offset, chunk] of chunksWithOffset(records, ROWS_PER_STATEMENT)) {
      await this.manager.query(
        `INSERT INTO question (id, bank_id, category_id, current_version_id, id_number, tags, ordinal, created_by_id)
         SELECT r.id, $1, r.category_id, r.version_id, r.id_number, r.tags, r.ordinal, $2
           FROM jsonb_to_recordset($3::jsonb) AS r(id uuid, category_id uuid, version_id uuid, id_number text, tags text[], ordinal int)`,
        [
          bankId,
          actorId,
          toJson(
            chunk.map((record, index) => ({
              id: record.id,
              category_id: categoryIds.get(record.category),
              version_id: record.versionId,
              id_number: record.idNumber,
              tags: record.tags,
              ordinal: offset + index,
            })),
          ),
        ],
      );
      await this.insertVersions(
        actorId,
        chunk.map((record) => ({ id: record.versionId, questionId: record.id, version: 1, type: record.type, content: record.content })),
      );
    }
    await this.insertFiles(bankId, files);
    return records;
  }

  async insertVersions(
    actorId: string,
    versions: ReadonlyArray<{ id: string; questionId: string; version: number; type: string; content: QuestionContent }>,
  ): Promise<void> {
    for (const chunk of chunks(versions, ROWS_PER_STATEMENT)) {
      await this.manager.query(
        `INSERT INTO question_version (id, question_id, version, type, content, created_by_id)
         SELECT r.id, r.question_id, r.version, r.type, r.content, $1
           FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, question_id uuid, version int, type text, content jsonb)`,
        [actorId, toJson(chunk.map((row) => ({ id: row.id, question_id: row.questionId, version: row.version, type: row.type, content: row.content })))],
      );
    }
  }

  private async insertFiles(bankId: string, files: readonly FileRow[]): Promise<void> {
    let batch: FileRow[] = [];
    let batchBytes = 0;
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      await this.manager.query(
        `INSERT INTO question_file (id, bank_id, question_id, name, mime_type, size_bytes, sha256, data)
         SELECT r.id, $1, r.question_id, r.name, r.mime_type, r.size_bytes, r.sha256, r.data
           FROM unnest($2::uuid[], $3::uuid[], $4::varchar[], $5::varchar[], $6::int[], $7::varchar[], $8::bytea[])
                AS r(id, question_id, name, mime_type, size_bytes, sha256, data)`,
        [
          bankId,
          batch.map((file) => file.id),
          batch.map((file) => file.questionId),
          batch.map((file) => file.name.slice(0, 255)),
          batch.map((file) => file.mimeType.slice(0, 127)),
          batch.map((file) => file.data.byteLength),
          batch.map((file) => file.sha256),
          batch.map((file) => file.data),
        ],
      );
      batch = [];
      batchBytes = 0;
    };
    for (const file of files) {
      if (batchBytes + file.data.byteLength > FILE_BYTES_PER_STATEMENT) await flush();
      batch.push(file);
      batchBytes += file.data.byteLength;
    }
    await flush();
  }
}

export function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    const clean = tag.normalize('NFC').trim().slice(0, 100);
    if (clean !== '') seen.add(clean);
  }
  return [...seen];
}

/** JSON for a jsonb parameter: PostgreSQL refuses the NUL character, which no question text needs. */
function toJson(value: unknown): string {
  return JSON.stringify(value).replace(/(?<!\\)((?:\\\\)*)\\u0000/g, '$1');
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

function chunksWithOffset<T>(items: readonly T[], size: number): Array<[number, T[]]> {
  return chunks(items, size).map((chunk, index) => [index * size, chunk]);
}
