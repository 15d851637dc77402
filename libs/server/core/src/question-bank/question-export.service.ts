import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { exportGift } from './formats/gift-exporter';
import { exportMoodleXml } from './formats/moodle-xml-exporter';
import type { QuestionFormat } from './formats/parse-questions';
import { QuestionBankService } from './question-bank.service';
import { draftFromContent, unlinkAttachments } from './question-content';
import type { QuestionDraft } from './question-draft';
import { QuestionService } from './question.service';

/** The most characters of an export answered inside a GraphQL response; the download route has no such bound. */
export const MAX_INLINE_EXPORT_LENGTH = 20 * 1024 * 1024;

export interface QuestionExport {
  fileName: string;
  mimeType: string;
  text: string;
  questionCount: number;
}

/** Writes a bank (or one category and its subcategories) as GIFT or Moodle XML, files embedded in the latter. */
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
    category?: string | null,
    limits: { maxLength?: number } = {},
  ): Promise<QuestionExport> {
    const bank = await this.banks.getUsable(actor, bankId);
    if (format !== 'GIFT' && format !== 'MOODLE_XML') {
      throw DomainError.badInput('format', 'questionBank.exportFormatUnsupported');
    }
    const records = (await this.questions.listForBanks([bank.id], category)).get(bank.id) ?? [];
    let drafts: QuestionDraft[];
    if (format === 'GIFT') {
      drafts = records.map((record) => draftFromContent(record.content, record));
    } else {
      const fileIds = records.flatMap((record) => (record.content.attachments ?? []).map((file) => file.fileId));
      const data = await this.fileData(fileIds);
      drafts = records.map((record) => {
        const files = record.content.attachments ?? [];
        const draft = draftFromContent(unlinkAttachments(record.content, files), record);
        const attachments = files
          .filter((file) => data.has(file.fileId))
          .map((file) => ({ name: file.name, mimeType: file.mimeType, data: data.get(file.fileId) as Buffer }));
        if (attachments.length > 0) draft.attachments = attachments;
        return draft;
      });
    }
    const base = bank.title.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').trim() || 'questions';
    const text = format === 'GIFT' ? exportGift(drafts) : exportMoodleXml(drafts);
    if (limits.maxLength !== undefined && text.length > limits.maxLength) {
      throw DomainError.badInput('bankId', 'questionBank.exportTooLarge', { length: text.length, max: limits.maxLength, bankId: bank.id });
    }
    return format === 'GIFT'
      ? { fileName: `${base}.gift.txt`, mimeType: 'text/plain; charset=utf-8', text, questionCount: drafts.length }
      : { fileName: `${base}.xml`, mimeType: 'application/xml; charset=utf-8', text, questionCount: drafts.length };
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
