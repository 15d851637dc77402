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
import { uploadLimitOf } from '../storage/upload-limit';
import { cleanUploadedFileName } from '../storage/uploaded-file-name';
import { assertCanAuthorCourses, authoredBySql, canReadLessonFile } from './course-access';
import { ALLOWED_LESSON_FILE_EXTENSIONS, lessonFileMimeType } from './lesson-file-types';
import { LessonFileEntity } from './lesson-file.entity';

export interface LessonFileUpload {
  originalName: string;
  content: Buffer;
}

export interface OpenedLessonFile {
  file: LessonFileEntity;
  stream: Readable;
  /** Part of a course's live version, which anyone may read: shared caches may keep it. */
  isPublic: boolean;
}

interface LessonFileAccessRow {
  name: string;
  size: string;
  mime_type: string;
  storage_key: string;
  uploaded_by_id: string | null;
  course_id: string | null;
  in_live: boolean;
  in_enrolled: boolean;
  is_author: boolean;
}

/** `snapshot @> this` holds when a lesson of the snapshot carries the file id given as $1. */
const SNAPSHOT_HAS_FILE = `jsonb_build_object('modules', jsonb_build_array(jsonb_build_object('lessons', jsonb_build_array(jsonb_build_object('fileId', $1::text)))))`;

@Injectable()
export class LessonFileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get maxBytes(): number {
    return uploadLimitOf(this.config).maxBytes;
  }

  /** The size limit as users read it, e.g. "20 MB". */
  get limitText(): string {
    return uploadLimitOf(this.config).limitText;
  }

  async upload(actor: Actor, upload: LessonFileUpload): Promise<LessonFileEntity> {
    assertCanAuthorCourses(actor, 'course.uploadForbidden');
    const name = cleanUploadedFileName(upload.originalName);
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

  /**
   * The file for whoever may see the course content it belongs to: anyone when it is in the course's live
   * version; learners when it is in the version they are enrolled in; the course's authors (drafts, removed
   * lessons) and administrators always; the uploader always. Anyone else gets NOT_FOUND, as for an unknown id.
   */
  async openFor(actor: Actor | undefined, id: string): Promise<OpenedLessonFile> {
    const [row]: LessonFileAccessRow[] = isUuid(id)
      ? await this.dataSource.query(
          `SELECT f.name, f.size, f.mime_type, f.storage_key, f.uploaded_by_id, f.course_id,
                  coalesce(lv.snapshot @> ${SNAPSHOT_HAS_FILE}, false) AS in_live,
                  ($2::uuid IS NOT NULL AND EXISTS (
                    SELECT 1 FROM enrollment e JOIN course_version v ON v.id = e.course_version_id
                     WHERE e.course_id = f.course_id AND e.user_id = $2 AND v.snapshot @> ${SNAPSHOT_HAS_FILE})) AS in_enrolled,
                  ${authoredBySql('f.course_id', '$2')} AS is_author
             FROM lesson_file f LEFT JOIN course c ON c.id = f.course_id LEFT JOIN course_version lv ON lv.id = c.live_version_id
            WHERE f.id = $1::uuid`,
          [id, actor?.userId ?? null],
        )
      : [];
    const visible =
      row !== undefined &&
      canReadLessonFile(actor, { isAuthor: row.is_author, inLive: row.in_live, inEnrolled: row.in_enrolled, uploadedById: row.uploaded_by_id });
    if (!visible) throw DomainError.notFound('course.fileNotFound', id);
    const file = Object.assign(new LessonFileEntity(), {
      id,
      name: row.name,
      size: Number(row.size),
      mimeType: row.mime_type,
      storageKey: row.storage_key,
      uploadedById: row.uploaded_by_id,
      courseId: row.course_id,
    });
    const stream = await this.storage.open(file.storageKey);
    if (!stream) throw DomainError.notFound('course.fileNotFound', id);
    return { file, stream, isPublic: row.in_live };
  }
}
