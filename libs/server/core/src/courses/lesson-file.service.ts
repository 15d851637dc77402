import { isUuid } from '@hocso/contracts';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { DomainError } from '../errors/domain.error';
import { FILE_STORAGE, type FileStorage } from '../storage/file-storage';
import { assertCanAuthorCourses } from './course-access';
import { ALLOWED_LESSON_FILE_EXTENSIONS, lessonFileMimeType } from './lesson-file-types';
import { LessonFileEntity } from './lesson-file.entity';

export interface LessonFileUpload {
  originalName: string;
  content: Buffer;
}

@Injectable()
export class LessonFileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get maxBytes(): number {
    return Math.floor(this.config.UPLOAD_MAX_MB * 1024 * 1024);
  }

  /** The size limit as users read it, e.g. "20 MB". */
  get limitText(): string {
    return `${this.config.UPLOAD_MAX_MB} MB`;
  }

  async upload(actor: Actor, upload: LessonFileUpload): Promise<LessonFileEntity> {
    assertCanAuthorCourses(actor, 'course.uploadForbidden');
    const name = cleanFileName(upload.originalName);
    if (upload.content.length === 0) throw DomainError.badInput('file', 'course.fileEmpty');
    if (upload.content.length > this.maxBytes) {
      throw DomainError.badInput('file', 'course.fileTooLarge', { limit: this.limitText }, { limitBytes: this.maxBytes });
    }
    const mimeType = lessonFileMimeType(name, upload.content);
    if (!mimeType) {
      throw DomainError.badInput(
        'file',
        'course.fileKindRefused',
        { extensions: ALLOWED_LESSON_FILE_EXTENSIONS.join(', ') },
        { allowedExtensions: ALLOWED_LESSON_FILE_EXTENSIONS },
      );
    }
    const id = randomUUID();
    const storageKey = `lesson-files/${id.slice(0, 2)}/${id}`;
    await this.storage.put(storageKey, upload.content, mimeType);
    const repository = this.dataSource.getRepository(LessonFileEntity);
    return repository.save(repository.create({ id, name, size: upload.content.length, mimeType, storageKey, uploadedById: actor.userId }));
  }

  async open(id: string): Promise<{ file: LessonFileEntity; stream: Readable }> {
    const file = isUuid(id) ? await this.dataSource.getRepository(LessonFileEntity).findOne({ where: { id } }) : null;
    if (!file) throw DomainError.notFound('course.fileNotFound', id);
    const stream = await this.storage.open(file.storageKey);
    if (!stream) throw DomainError.notFound('course.fileNotFound', id);
    return { file, stream };
  }
}

function cleanFileName(raw: string): string {
  // multer hands over the name as latin1 bytes of the UTF-8 the browser sent.
  const decoded = Buffer.from(raw, 'latin1').toString('utf8');
  const name = (decoded.includes('\uFFFD') ? raw : decoded)
    .normalize('NFC')
    .replace(/[\\/:*?"<>|]+/g, '_')
    .replace(/\p{Cc}+/gu, '_')
    .trim()
    .slice(-255);
  if (!name || name === '.' || name === '..') throw DomainError.badInput('file', 'course.fileNameMissing');
  return name;
}
