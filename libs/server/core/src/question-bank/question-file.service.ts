import { isUuid } from '@hocso/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { canUseQuestionBank, type QuestionBankRole } from './question-bank-access';

export interface ServedQuestionFile {
  name: string;
  mimeType: string;
  sha256: string;
  data: Buffer;
}

/**
 * Files embedded in questions, for whoever may read the bank they belong to: its owner, its co-authors and
 * administrators (learners will reach them through the exams they take). Anyone else, anonymous callers
 * included, gets NOT_FOUND as for an unknown id.
 */
@Injectable()
export class QuestionFileService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async getFor(actor: Actor | undefined, fileId: string, name: string): Promise<ServedQuestionFile> {
    const rows: Array<{ name: string; mime_type: string; sha256: string; data: Buffer; role: QuestionBankRole | null }> =
      actor && isUuid(fileId)
        ? await this.dataSource.query(
            `SELECT f.name, f.mime_type, f.sha256, f.data,
                    CASE WHEN b.owner_id = $2 THEN 'OWNER'
                         WHEN EXISTS (SELECT 1 FROM question_bank_member m WHERE m.bank_id = f.bank_id AND m.user_id = $2) THEN 'CO_AUTHOR' END AS role
               FROM question_file f JOIN question_bank b ON b.id = f.bank_id WHERE f.id = $1`,
            [fileId, actor.userId],
          )
        : [];
    const file = rows[0];
    if (!actor || !file || file.name !== name || !canUseQuestionBank(actor, file.role)) throw DomainError.notFound('files.notFound', `${fileId}/${name}`);
    return { name: file.name, mimeType: file.mime_type, sha256: file.sha256, data: file.data };
  }
}
