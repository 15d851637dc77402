import { isUuid } from '@hocso/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain.error';

export interface ServedQuestionFile {
  name: string;
  mimeType: string;
  sha256: string;
  data: Buffer;
}

/** Files embedded in questions. Their random id is the only key: whoever has the question text has the link. */
@Injectable()
export class QuestionFileService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(fileId: string, name: string): Promise<ServedQuestionFile> {
    const rows: Array<{ name: string; mime_type: string; sha256: string; data: Buffer }> = isUuid(fileId)
      ? await this.dataSource.query('SELECT name, mime_type, sha256, data FROM question_file WHERE id = $1', [fileId])
      : [];
    const file = rows[0];
    if (!file || file.name !== name) throw DomainError.notFound('files.notFound', `${fileId}/${name}`);
    return { name: file.name, mimeType: file.mime_type, sha256: file.sha256, data: file.data };
  }
}
