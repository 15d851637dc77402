import { isUuid } from '@hocso/contracts';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { QuestionBankService } from './question-bank.service';
import { canonicalCategoryPath, categorySegments } from './question-category-path';
import { draftFromContent, type QuestionContent, type StoredQuestionOption } from './question-content';
import { categoryPathProblem } from './formats/question-limits';
import { applyQuestionEdit, assertWithinLimits, type QuestionEdit } from './question-edit';
import type { QuestionCategoryRecord, QuestionRecord } from './question-record';
import { numberedParameters } from '../pagination/keyset';
import { type Page, pageOf, pageSize } from '../pagination/page';
import { QUESTION_PAGE_ORDER, QUESTION_PAGE_SIZES, type QuestionPageQuery, type QuestionSortValues, questionSearchPattern } from './question-page';
import { QuestionWriter, uniqueTags } from './question-writer';

interface QuestionRow {
  id: string;
  bank_id: string;
  id_number: string | null;
  tags: string[];
  created_at: Date;
  updated_at: Date;
  category: string;
  version_id: string;
  version: number;
  is_current: boolean;
  type: QuestionRecord['type'];
  content: QuestionContent;
  version_created_at: Date;
}

const QUESTION_COLUMNS = `q.id, q.bank_id, q.id_number, q.tags, q.created_at, q.updated_at, c.path AS category,
         v.id AS version_id, v.version, v.id = q.current_version_id AS is_current, v.type, v.content,
         v.created_at AS version_created_at`;

const SELECT_QUESTION = `
  SELECT ${QUESTION_COLUMNS}
    FROM question q
    JOIN question_category c ON c.id = q.category_id`;

/** Name and prompt as the bank browser's search matches them: lower case, unaccented, spaces collapsed. */
const SEARCH_DOCUMENT = `regexp_replace(lower(f_unaccent(normalize(coalesce(v.content->>'name', '') || ' ' || coalesce(v.content->>'prompt', ''), NFC))), '\\s+', ' ', 'g')`;

/** Questions of banks: reading (current and past versions), creating, editing (a new version) and deleting. */
@Injectable()
export class QuestionService {
  constructor(
    private readonly banks: QuestionBankService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(actor: Actor, bankId: string, category?: string | null): Promise<QuestionRecord[]> {
    await this.banks.getUsable(actor, bankId);
    return (await this.listForBanks([bankId], category)).get(bankId) ?? [];
  }

  /**
   * Current questions of banks the caller has already been allowed to read, by category (a category includes
   * its subcategories) then in the order they were added. One query however many banks.
   */
  async listForBanks(bankIds: readonly string[], category?: string | null): Promise<Map<string, QuestionRecord[]>> {
    const params: unknown[] = [bankIds];
    let filter = '';
    if (category !== undefined && category !== null && category.trim() !== '') {
      params.push(categorySegments(canonicalCategoryPath(category)));
      filter = 'AND c.segments[1:cardinality($2::text[])] = $2::text[]';
    }
    const rows: QuestionRow[] = await this.dataSource.query(
      `${SELECT_QUESTION}
        JOIN question_version v ON v.id = q.current_version_id
       WHERE q.bank_id = ANY($1::uuid[]) AND q.deleted_at IS NULL ${filter}
       ORDER BY q.bank_id, c.segments, q.created_at, q.ordinal, q.id`,
      params,
    );
    const byBank = new Map<string, QuestionRecord[]>(bankIds.map((id) => [id, []]));
    for (const row of rows) byBank.get(row.bank_id)?.push(toRecord(row));
    return byBank;
  }

  /**
   * One page of a bank's current questions in the bank browser's order (as `listForBanks`, with the id as the
   * last tiebreaker), by category (with its subcategories) and search; a count and a page query.
   */
  async page(actor: Actor, bankId: string, query: QuestionPageQuery): Promise<Page<QuestionRecord>> {
    const bank = await this.banks.getUsable(actor, bankId);
    const first = pageSize(query.first, QUESTION_PAGE_SIZES);
    const params: unknown[] = [bank.id];
    const where = ['q.bank_id = $1', 'q.deleted_at IS NULL'];
    if (query.category !== undefined && query.category !== null && query.category.trim() !== '') {
      params.push(categorySegments(canonicalCategoryPath(query.category)));
      where.push(`c.segments[1:cardinality($${params.length}::text[])] = $${params.length}::text[]`);
    }
    const pattern = questionSearchPattern(query.search);
    if (pattern) {
      params.push(pattern);
      where.push(`${SEARCH_DOCUMENT} ILIKE $${params.length}`);
    }
    const from = `question q
      JOIN question_category c ON c.id = q.category_id
      JOIN question_version v ON v.id = q.current_version_id`;
    const countParams = [...params];
    const countSql = `SELECT count(*)::int AS total FROM ${from} WHERE ${where.join(' AND ')}`;
    if (query.after) where.push(QUESTION_PAGE_ORDER.after(query.after, numberedParameters(params)));
    params.push(first + 1);
    const pageSql = `SELECT ${QUESTION_COLUMNS}, c.segments, q.ordinal,
             (extract(epoch FROM q.created_at) * 1000000)::bigint::text AS created_micros
        FROM ${from}
       WHERE ${where.join(' AND ')}
       ORDER BY ${QUESTION_PAGE_ORDER.orderBy()}
       LIMIT $${params.length}`;
    const [[{ total }], rows] = await Promise.all([
      this.dataSource.query(countSql, countParams) as Promise<Array<{ total: number }>>,
      this.dataSource.query(pageSql, params) as Promise<Array<QuestionRow & QuestionSortValues>>,
    ]);
    return pageOf(rows, first, total, QUESTION_PAGE_ORDER, toRecord);
  }

  async get(actor: Actor, questionId: string): Promise<QuestionRecord> {
    const record = await this.findCurrent(this.dataSource.manager, questionId);
    if (!record) throw DomainError.notFound('questionBank.questionNotFound', questionId);
    await this.banks.getUsable(actor, record.bankId);
    return record;
  }

  /** Every version of a question, newest first. */
  async versions(actor: Actor, questionId: string): Promise<QuestionRecord[]> {
    const current = await this.get(actor, questionId);
    const rows: QuestionRow[] = await this.dataSource.query(
      `${SELECT_QUESTION}
        JOIN question_version v ON v.question_id = q.id
       WHERE q.id = $1 ORDER BY v.version DESC`,
      [current.id],
    );
    return rows.map(toRecord);
  }

  /**
   * Versions by id, whatever happened to their question since (edited, deleted): what an attempt that drew
   * them shows and grades. No permission check: for the exam engine, which has its own.
   */
  async findVersions(versionIds: readonly string[]): Promise<Map<string, QuestionRecord>> {
    const valid = versionIds.filter((id) => isUuid(id));
    const rows: QuestionRow[] =
      valid.length === 0
        ? []
        : await this.dataSource.query(
            `${SELECT_QUESTION}
              JOIN question_version v ON v.question_id = q.id
             WHERE v.id = ANY($1::uuid[])`,
            [valid],
          );
    return new Map(rows.map((row) => [row.version_id, toRecord(row)]));
  }

  async create(actor: Actor, bankId: string, edit: QuestionEdit): Promise<QuestionRecord> {
    const bank = await this.banks.getUsable(actor, bankId);
    const draft = applyQuestionEdit(null, { ...edit, tags: uniqueTags(edit.tags ?? []) });
    draft.category = canonicalCategoryPath(edit.category);
    assertWithinLimits(categoryPathProblem(draft.category));
    if (edit.idNumber?.trim()) draft.idNumber = edit.idNumber.trim();
    const [record] = await this.dataSource.transaction((manager) => new QuestionWriter(manager).insertQuestions(bank.id, actor.userId, [draft]));
    return record as QuestionRecord;
  }

  /**
   * Edits make a new version when the content changes (attempts keep the version they drew); category, tags
   * and id number belong to the question and change in place.
   */
  async update(actor: Actor, questionId: string, edit: QuestionEdit): Promise<QuestionRecord> {
    const existing = await this.get(actor, questionId);
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM question WHERE id = $1 FOR UPDATE', [existing.id]);
      const current = (await this.findCurrent(manager, existing.id)) as QuestionRecord;
      const base = draftFromContent(current.content, current);
      const tags = edit.tags === undefined ? undefined : uniqueTags(edit.tags ?? []);
      const draft = applyQuestionEdit(base, tags === undefined ? edit : { ...edit, tags });
      const writer = new QuestionWriter(manager);
      const changes: string[] = ['updated_at = now()'];
      const params: unknown[] = [current.id];
      if (edit.category !== undefined) {
        const path = canonicalCategoryPath(edit.category);
        assertWithinLimits(categoryPathProblem(path));
        const ids = await writer.ensureCategories(current.bankId, [path]);
        params.push(ids.get(path));
        changes.push(`category_id = $${params.length}`);
      }
      if (tags !== undefined) {
        params.push(tags);
        changes.push(`tags = $${params.length}::text[]`);
      }
      if (edit.idNumber !== undefined) {
        params.push(edit.idNumber?.trim().slice(0, 100) || null);
        changes.push(`id_number = $${params.length}`);
      }
      const { category: _category, tags: _tags, idNumber: _idNumber, line: _line, attachments: _files, ...nextContent } = draft;
      const { category: _c, tags: _t, idNumber: _i, line: _l, attachments: _f, ...currentContent } = base;
      if (stableJson(nextContent) !== stableJson(currentContent)) {
        const versionId = randomUUID();
        const content: QuestionContent = {
          ...nextContent,
          options: keepOptionIds(current.content.options, draft.options),
          ...(current.content.attachments ? { attachments: current.content.attachments } : {}),
        };
        const [{ next }]: Array<{ next: number }> = await manager.query(
          'SELECT coalesce(max(version), 0) + 1 AS next FROM question_version WHERE question_id = $1',
          [current.id],
        );
        await writer.insertVersions(actor.userId, [{ id: versionId, questionId: current.id, version: next, type: draft.type, content }]);
        params.push(versionId);
        changes.push(`current_version_id = $${params.length}`);
      }
      await manager.query(`UPDATE question SET ${changes.join(', ')} WHERE id = $1`, params);
      return (await this.findCurrent(manager, current.id)) as QuestionRecord;
    });
  }

  /** Removes the question from its bank; its versions stay, so attempts that used it still read them. */
  async delete(actor: Actor, questionId: string): Promise<void> {
    const existing = await this.get(actor, questionId);
    await this.dataSource.query('UPDATE question SET deleted_at = now(), updated_at = now() WHERE id = $1 AND deleted_at IS NULL', [existing.id]);
  }

  /** Every category of a bank in tree order, with how many questions each holds directly. */
  async categories(actor: Actor, bankId: string): Promise<QuestionCategoryRecord[]> {
    await this.banks.getUsable(actor, bankId);
    return (await this.categoriesForBanks([bankId])).get(bankId) ?? [];
  }

  async categoriesForBanks(bankIds: readonly string[]): Promise<Map<string, QuestionCategoryRecord[]>> {
    const rows: Array<{ id: string; bank_id: string; path: string; segments: string[]; info: string; id_number: string | null; question_count: number }> =
      await this.dataSource.query(
        `SELECT c.id, c.bank_id, c.path, c.segments, c.info, c.id_number,
                (SELECT count(*)::int FROM question q WHERE q.category_id = c.id AND q.deleted_at IS NULL) AS question_count
           FROM question_category c WHERE c.bank_id = ANY($1::uuid[]) ORDER BY c.bank_id, c.segments`,
        [bankIds],
      );
    const byBank = new Map<string, QuestionCategoryRecord[]>(bankIds.map((id) => [id, []]));
    for (const row of rows) {
      byBank.get(row.bank_id)?.push({
        id: row.id,
        bankId: row.bank_id,
        path: row.path,
        segments: row.segments,
        info: row.info,
        idNumber: row.id_number,
        questionCount: row.question_count,
      });
    }
    return byBank;
  }

  /** Creates an empty category (and its ancestors); creating one that exists changes nothing. */
  async createCategory(actor: Actor, bankId: string, path: string): Promise<QuestionCategoryRecord> {
    const bank = await this.banks.getUsable(actor, bankId);
    const canonical = canonicalCategoryPath(path);
    assertWithinLimits(categoryPathProblem(canonical, 'path'));
    await this.dataSource.transaction((manager) => new QuestionWriter(manager).ensureCategories(bank.id, [canonical]));
    const found = ((await this.categoriesForBanks([bank.id])).get(bank.id) ?? []).find((category) => category.path === canonical);
    return found as QuestionCategoryRecord;
  }

  private async findCurrent(manager: EntityManager, questionId: string): Promise<QuestionRecord | null> {
    if (!isUuid(questionId)) return null;
    const rows: QuestionRow[] = await manager.query(
      `${SELECT_QUESTION}
        JOIN question_version v ON v.id = q.current_version_id
       WHERE q.id = $1 AND q.deleted_at IS NULL`,
      [questionId],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }
}

function toRecord(row: QuestionRow): QuestionRecord {
  return {
    id: row.id,
    bankId: row.bank_id,
    versionId: row.version_id,
    version: row.version,
    isCurrent: row.is_current,
    type: row.type,
    category: row.category,
    idNumber: row.id_number,
    tags: row.tags,
    content: row.content,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    versionCreatedAt: row.version_created_at,
  };
}

/** An unchanged choice keeps its id across versions, so statistics can follow it. */
function keepOptionIds(previous: readonly StoredQuestionOption[], next: QuestionContent['options'] | Array<Omit<StoredQuestionOption, 'id'>>): StoredQuestionOption[] {
  const unused = new Map<string, string[]>();
  for (const option of previous) unused.set(option.text, [...(unused.get(option.text) ?? []), option.id]);
  return next.map(({ text, fraction, feedback, format }) => {
    const id = unused.get(text)?.shift() ?? randomUUID();
    return { id, text, fraction, ...(feedback !== undefined ? { feedback } : {}), ...(format !== undefined ? { format } : {}) };
  });
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}
