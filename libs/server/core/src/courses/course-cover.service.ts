import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { isUuid } from '@hocso/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { DomainError } from '../errors/domain.error';
import { FILE_STORAGE, type FileStorage } from '../storage/file-storage';
import { assertCanEditCourse, isCourseAuthor } from './course-access';
import { CourseChanges } from './course-changes';
import { coverImageOf } from './course-cover-image';
import { courseCoverStorageKey, courseCoverUrl } from './course-cover-key';
import { CourseEntity } from './course.entity';
import type { CourseView } from './course-view';
import { courseTransition } from './course-workflow';

/**
 * Cover images uploaded for a course by those who edit it: checked by content, bounded by
 * COVER_IMAGE_MAX_MB, re-encoded (course-cover-image.ts) and stored only once all of that passed and the
 * uploader may edit the course. The course's cover URL changes with the details, like its title.
 */
@Injectable()
export class CourseCoverService {
  private readonly logger = new Logger('CourseCover');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly changes: CourseChanges,
  ) {}

  get maxBytes(): number {
    return Math.floor(this.config.COVER_IMAGE_MAX_MB * 1024 * 1024);
  }

  async upload(actor: Actor, courseId: string, content: Buffer): Promise<CourseView> {
    const previousUrl = await this.assertMayChangeCover(actor, courseId);
    if (content.length === 0) throw DomainError.badInput('file', 'course.fileEmpty');
    if (content.length > this.maxBytes) {
      throw DomainError.badInput('file', 'course.coverTooLarge', { limit: `${this.config.COVER_IMAGE_MAX_MB} MB` }, { limitBytes: this.maxBytes });
    }
    const cover = await coverImageOf(content);
    const url = courseCoverUrl(courseId, createHash('sha256').update(cover.content).digest('hex').slice(0, 32));
    const key = courseCoverStorageKey(url) as string;
    await this.storage.put(key, cover.content, 'image/webp');
    let view: CourseView;
    try {
      view = await this.changes.apply(actor, courseId, 'EDIT_DETAILS', async (manager, course) => {
        await manager.query('UPDATE course SET cover_image_url = $2, updated_at = now() WHERE id = $1', [course.id, url]);
      });
    } catch (error) {
      if (url !== previousUrl) await this.forget(key);
      throw error;
    }
    await this.forgetReplaced(previousUrl, url);
    return view;
  }

  /** After the details changed a course's cover from `previousUrl`: the file of an uploaded cover no longer shown is deleted. */
  async forgetReplaced(previousUrl: string | null, currentUrl: string | null): Promise<void> {
    const previousKey = courseCoverStorageKey(previousUrl);
    if (previousKey && previousUrl !== currentUrl) await this.forget(previousKey);
  }

  /** The stored cover at courseId/name (`<hash>.webp`), for anyone: a cover is shown wherever its course is listed. */
  async open(courseId: string, name: string): Promise<Readable> {
    const key = isUuid(courseId) ? courseCoverStorageKey(`/files/course-covers/${courseId}/${name}`) : null;
    const stream = key ? await this.storage.open(key) : null;
    if (!stream) throw DomainError.notFound('course.coverNotFound', String(name).slice(0, 64));
    return stream;
  }

  /** NOT_FOUND, FORBIDDEN or CONFLICT before a byte is decoded or stored; the current cover URL otherwise. */
  private async assertMayChangeCover(actor: Actor, courseId: string): Promise<string | null> {
    const course = isUuid(courseId) ? await this.dataSource.getRepository(CourseEntity).findOne({ where: { id: courseId } }) : null;
    if (!course) throw DomainError.notFound('course.notFound', String(courseId).slice(0, 64));
    assertCanEditCourse(actor, await isCourseAuthor(this.dataSource, course.id, actor.userId));
    courseTransition(course, 'EDIT_DETAILS');
    return course.coverImageUrl;
  }

  private async forget(key: string): Promise<void> {
    try {
      await this.storage.delete(key);
    } catch (error) {
      this.logger.warn(`Could not delete the cover ${key}: ${String(error)}`);
    }
  }
}
