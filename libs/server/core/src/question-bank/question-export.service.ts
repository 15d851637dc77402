import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { type AikenSkipReason, exportAiken } from './formats/aiken-exporter';
import { exportGift } from './formats/gift-exporter';
import { exportMoodleXml } from './formats/moodle-xml-exporter';
import type { QuestionFormat } from './formats/parse-questions';
import { QuestionBankService } from './question-bank.service';
import { draftFromContent, unlinkAttachments } from './question-content';
import type { QuestionDraft } from './question-draft';
import type { QuestionRecord } from './question-record';
import { QuestionService } from './question.service';

const FILE_KINDS: Record<QuestionFormat, { extension: string; mimeType: string }> = {
  GIFT: { extension: '.gift.txt', mimeType: 'text/plain; charset=utf-8' },
  MOODLE_XML: { extension: '.xml', mimeType: 'application/xml; charset=utf-8' },
  AIKEN: { extension: '.aiken.txt', mimeType: 'text/plain; charset=utf-8' },
};

/** The most characters of an export answered inside a GraphQL response; the download route has no such bound. */
export const MAX_INLINE_EXPORT_LENGTH = 20 * 1024 * 1024;

/** Questions an export can choose one by one (a selection in the bank browser). */
export const MAX_EXPORT_SELECTION = 1000;

/** A question the chosen format cannot hold, left out of the file. */
export interface SkippedQuestion {
  questionId: string;
  name: string;
  reason: AikenSkipReason;
}

export interface QuestionExport {
  fileName: string;
  mimeType: string;
  text: string;
  questionCount: number;
  skipped: SkippedQuestion[];
}

export interface QuestionExportScope {
  /** A category and its subcategories. */
  category?: string | null;
  /** Only these questions of the bank (every one must be in it). */
  questionIds?: readonly string[] | null;
}

/**
 * Writes a bank (or one category and its subcategories, or a selection) as GIFT, Moodle XML (files embedded)
 * or Aiken (single-choice questions only; the others are named in `skipped`).
 */
@Injectable()
export class QuestionExportService {
  constructor(
    private readonly banks: QuestionBankService,
    private readonly questions: QuestionService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async export(
    actor: Actor,
    bankId: string,
    format: QuestionFormat,
    scope: QuestionExportScope = {},
    limits: { maxLength?: number } = {},
  ): Promise<QuestionExport> {
    const bank = await this.banks.getUsable(actor, bankId);
    const records = await this.chosenRecords(bank.id, scope);
    const { text, skipped } = await this.write(format, records);
    const exportedCount = records.length - skipped.length;
    if (limits.maxLength !== undefined && text.length > limits.maxLength) {
      throw DomainError.badInput('bankId', 'questionBank.exportTooLarge', { length: text.length, max: limits.maxLength, bankId: bank.id });
    }
    const base = bank.title.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').trim() || 'questions';
    const file = FILE_KINDS[format];
    return { fileName: `${base}${file.extension}`, mimeType: file.mimeType, text, questionCount: exportedCount, skipped };
  }

  private async chosenRecords(bankId: string, scope: QuestionExportScope): Promise<QuestionRecord[]> {
    const records = (await this.questions.listForBanks([bankId], scope.category)).get(bankId) ?? [];
    if (scope.questionIds === undefined || scope.questionIds === null) return records;
    if (scope.questionIds.length > MAX_EXPORT_SELECTION) {
      throw DomainError.badInput('questionIds', 'questionBank.exportSelectionTooLarge', { max: MAX_EXPORT_SELECTION });
    }
    const chosen = new Set(scope.questionIds);
    const found = records.filter((record) => chosen.has(record.id));
    if (found.length !== chosen.size) throw DomainError.badInput('questionIds', 'questionBank.exportSelectionUnknown');
    return found;
  }

  private async write(format: QuestionFormat, records: QuestionRecord[]): Promise<{ text: string; skipped: SkippedQuestion[] }> {
    if (format === 'GIFT') return { text: exportGift(records.map((record) => draftFromContent(record.content, record))), skipped: [] };
    if (format === 'AIKEN') {
      const drafts = records.map((record) => draftFromContent(record.content, record));
      const aiken = exportAiken(drafts);
      const skipped = aiken.skipped.map(({ index, reason }) => ({
        questionId: (records[index] as QuestionRecord).id,
        name: (drafts[index] as QuestionDraft).name ?? '',
        reason,
      }));
      return { text: aiken.text, skipped };
    }
    const fileIds = records.flatMap((record) => (record.content.attachments ?? []).map((file) => file.fileId));
    const data = await this.fileData(fileIds);
    const drafts: QuestionDraft[] = records.map((record) => {
      const files = record.content.attachments ?? [];
      const draft = draftFromContent(unlinkAttachments(record.content, files), record);
      const attachments = files
        .filter((file) => data.has(file.fileId))
        .map((file) => ({ name: file.name, mimeType: file.mimeType, data: data.get(file.fileId) as Buffer }));
      if (attachments.length > 0) draft.attachments = attachments;
      return draft;
    });
    return { text: exportMoodleXml(drafts), skipped: [] };
  }

  private async fileData(fileIds: readonly string[]): Promise<Map<string, Buffer>> {
    if (fileIds.length === 0) return new Map();
    const rows: Array<{ id: string; data: Buffer }> = await this.dataSource.query(
      'SELECT id, data FROM question_file WHERE id = ANY($1::uuid[])',
      [fileIds],
    );
    return new Map(rows.map((row) => [row.id, row.data]));
  }
}
