import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import sharp from 'sharp';
import type { Actor } from '../access/actor';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { domainErrorOf } from '../test-support/domain-error-of';
import { createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { CourseCoverService } from './course-cover.service';
import { CourseService } from './course.service';
import { CoursesModule } from './courses.module';

describe('course cover images (PostgreSQL + file storage)', () => {
  let ctx: TestingContext;
  let covers: CourseCoverService;
  let author: Actor;
  let admin: Actor;

  beforeAll(async () => {
    ctx = await createTestingContext([CoursesModule]);
    covers = ctx.get(CourseCoverService);
    author = (await createTestUser(ctx.dataSource, { roles: [{ role: 'TRAINER' }] })).actor;
    admin = (await createTestUser(ctx.dataSource, { roles: [{ role: 'ADMIN' }] })).actor;
  });
  afterAll(() => ctx.close());

  const newCourse = async () =>
    (await ctx.get(CourseService).create(author, { code: `BIA-${randomUUID().slice(0, 8)}`, title: 'Ảnh bìa', summary: 'Khóa học có ảnh bìa', hours: 1 })).course;
  const photo = (width: number, height: number, format: 'jpeg' | 'png' | 'webp', red = 20) =>
    sharp({ create: { width, height, channels: 3, background: { r: red, g: 120, b: 200 } } })
      .toFormat(format)
      .toBuffer();
  const storedFiles = async (courseId: string) => {
    const root = ctx.get<AppConfig>(APP_CONFIG).STORAGE_DIR;
    return readdir(path.join(root, 'course-covers', courseId)).catch(() => [] as string[]);
  };
  const coverUrlOf = async (courseId: string) =>
    ((await ctx.dataSource.query('SELECT cover_image_url FROM course WHERE id = $1', [courseId])) as Array<{ cover_image_url: string | null }>)[0].cover_image_url;
  const bytesOf = async (stream: Readable) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };

  it('stores a JPEG, PNG or WebP as a 16:9 WebP for phones under a URL named by its content, and sets it as the cover', async () => {
    for (const format of ['jpeg', 'png', 'webp'] as const) {
      const course = await newCourse();
      const view = await covers.upload(author, course.id, await photo(3000, 3000, format));
      const url = view.course.coverImageUrl as string;
      expect(url).toMatch(new RegExp(`^/files/course-covers/${course.id}/[0-9a-f]{32}\\.webp$`));
      await expect(coverUrlOf(course.id)).resolves.toBe(url);
      const [, , , courseId, name] = url.split('/');
      const stored = await bytesOf(await covers.open(courseId, name));
      await expect(sharp(stored).metadata()).resolves.toMatchObject({ format: 'webp', width: 800, height: 450 });
      expect(stored.length).toBeLessThan(60_000);
    }
  });

  it('replaces the previous cover and deletes its file; an administrator may change any course', async () => {
    const course = await newCourse();
    const first = (await covers.upload(author, course.id, await photo(1600, 900, 'png'))).course.coverImageUrl as string;
    const second = (await covers.upload(admin, course.id, await photo(1200, 800, 'jpeg', 220))).course.coverImageUrl as string;
    expect(second).not.toBe(first);
    await expect(storedFiles(course.id)).resolves.toEqual([second.split('/').at(-1)?.replace('.webp', '')]);
    const [, , , courseId, name] = first.split('/');
    await expect(domainErrorOf(covers.open(courseId, name))).resolves.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a disguised, damaged or oversize file on `file`, and writes nothing', async () => {
    const course = await newCourse();
    const pngStart = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const refusals = [
      [Buffer.from('<html><script>alert(1)</script></html>'), 'course.coverKind'],
      [Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), 'course.coverKind'],
      [Buffer.concat([pngStart, Buffer.alloc(2000, 7)]), 'course.coverUnreadable'],
      [Buffer.concat([pngStart, Buffer.alloc(5 * 1024 * 1024)]), 'course.coverTooLarge'],
      [Buffer.alloc(0), 'course.fileEmpty'],
    ] as const;
    for (const [content, reason] of refusals) {
      await expect(domainErrorOf(covers.upload(author, course.id, content))).resolves.toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', reason });
    }
    // A PNG's first bytes before a JPEG's body: the decoded kind must be the one the bytes announce.
    const jpeg = await photo(64, 36, 'jpeg');
    await expect(domainErrorOf(covers.upload(author, course.id, Buffer.concat([pngStart, jpeg])))).resolves.toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    await expect(storedFiles(course.id)).resolves.toEqual([]);
    await expect(coverUrlOf(course.id)).resolves.toBeNull();
  });

  it('lets only the course’s editors change its cover: others get FORBIDDEN, an unknown course NOT_FOUND, and nothing is stored', async () => {
    const course = await newCourse();
    const otherTrainer = (await createTestUser(ctx.dataSource, { roles: [{ role: 'TRAINER' }] })).actor;
    const learner = (await createTestUser(ctx.dataSource)).actor;
    const image = await photo(1600, 900, 'png');
    for (const actor of [otherTrainer, learner]) {
      await expect(domainErrorOf(covers.upload(actor, course.id, image))).resolves.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(domainErrorOf(covers.upload(author, randomUUID(), image))).resolves.toMatchObject({ code: 'NOT_FOUND' });
    await expect(domainErrorOf(covers.upload(author, 'not-a-uuid', image))).resolves.toMatchObject({ code: 'NOT_FOUND' });
    await expect(storedFiles(course.id)).resolves.toEqual([]);
  });

  it('keeps an uploaded cover when the details form sends its URL back, and removes it and its file when emptied', async () => {
    const course = await newCourse();
    const url = (await covers.upload(author, course.id, await photo(1600, 900, 'webp'))).course.coverImageUrl;
    await ctx.get(CourseService).update(author, course.id, { title: 'Ảnh bìa mới', coverImageUrl: url });
    await expect(coverUrlOf(course.id)).resolves.toBe(url);
    await expect(domainErrorOf(ctx.get(CourseService).update(author, course.id, { coverImageUrl: '/files/course-covers/other.webp' }))).resolves.toMatchObject({ field: 'coverImageUrl' });
    await ctx.get(CourseService).update(author, course.id, { coverImageUrl: null });
    await expect(coverUrlOf(course.id)).resolves.toBeNull();
    // Its file goes with it.
    await expect(storedFiles(course.id)).resolves.toEqual([]);
  });
});
