import { randomUUID } from 'node:crypto';
import { createTestUser } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import sharp from 'sharp';
import type { DataSource } from 'typeorm';
import { signIn } from '../test-support/sign-in';
import { startTestApi, type TestApi } from '../test-support/test-api';

const CREATE = 'mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }';

describe('course cover images over HTTP', () => {
  let api: TestApi;
  let tokens: Record<'author' | 'otherTrainer' | 'learner', string>;
  let courseId: string;
  let photo: Buffer;

  beforeAll(async () => {
    api = await startTestApi();
    const db = api.app.get<DataSource>(getDataSourceToken());
    const [author, otherTrainer, learner] = await Promise.all([
      createTestUser(db, { roles: [{ role: 'TRAINER' }] }),
      createTestUser(db, { roles: [{ role: 'TRAINER' }] }),
      createTestUser(db),
    ]);
    tokens = { author: await signIn(api, author.email), otherTrainer: await signIn(api, otherTrainer.email), learner: await signIn(api, learner.email) };
    const created = await api.gql<{ createCourse: { id: string } }>(
      CREATE,
      { input: { code: `BIA-${randomUUID().slice(0, 8)}`, title: 'Khóa học có ảnh bìa', summary: 'Ảnh bìa tải lên', hours: 2 } },
      tokens.author,
    );
    courseId = created.data?.createCourse.id as string;
    photo = await sharp({ create: { width: 1920, height: 1080, channels: 3, background: { r: 200, g: 60, b: 40 } } }).jpeg().toBuffer();
  });
  afterAll(() => api?.close());

  const upload = async (bytes: Buffer, token?: string, language = 'vi', course = courseId) => {
    const body = new FormData();
    body.append('file', new Blob([bytes], { type: 'image/jpeg' }), 'anh-bia.jpg');
    const headers: Record<string, string> = { 'accept-language': language, ...(token ? { authorization: `Bearer ${token}` } : {}) };
    const response = await fetch(`${api.url}/uploads/courses/${course}/cover`, { method: 'POST', body, headers });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> & { errors?: Array<{ message: string; extensions: Record<string, unknown> }> } };
  };

  it('sets the cover of the course from an author’s upload, served to anyone with a year of caching under a URL of its content', async () => {
    const uploaded = await upload(photo, tokens.author);
    expect(uploaded.status).toBe(201);
    const url = uploaded.body['coverImageUrl'] as string;
    expect(url).toMatch(new RegExp(`^/files/course-covers/${courseId}/[0-9a-f]{32}\\.webp$`));
    const course = await api.gql<{ course: { coverImageUrl: string } }>('query ($id: ID!) { course(id: $id) { coverImageUrl } }', { id: courseId }, tokens.author);
    expect(course.data?.course.coverImageUrl).toBe(url);

    const response = await fetch(`${api.url}${url}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    await expect(sharp(Buffer.from(await response.arrayBuffer())).metadata()).resolves.toMatchObject({ format: 'webp', width: 800, height: 450 });
    expect((await fetch(`${api.url}/files/course-covers/${courseId}/${'0'.repeat(32)}.webp`)).status).toBe(404);
    expect((await fetch(`${api.url}/files/course-covers/${courseId}/..%2F..%2Fsecret`)).status).toBe(404);
  });

  it('answers 401 without a session and 403 to whoever does not edit the course', async () => {
    expect((await upload(photo)).status).toBe(401);
    for (const token of [tokens.otherTrainer, tokens.learner]) {
      const refused = await upload(photo, token);
      expect(refused.status).toBe(403);
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await upload(photo, tokens.author, 'vi', randomUUID())).status).toBe(404);
  });

  it('refuses a disguised file with a clear message in the reader’s language', async () => {
    const disguised = await upload(Buffer.from('<svg onload="alert(1)"></svg>'), tokens.author);
    expect(disguised.status).toBe(400);
    expect(disguised.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', reason: 'course.coverKind' });
    expect(disguised.body.errors?.[0]?.message).toBe('Ảnh bìa phải là ảnh JPEG, PNG hoặc WebP (nội dung tệp được kiểm tra, không chỉ tên tệp)');
    const english = await upload(Buffer.from('MZ'), tokens.author, 'en');
    expect(english.body.errors?.[0]?.message).toBe('A cover must be a JPEG, PNG or WebP image (the content is checked, not only the name)');
    const big = await upload(Buffer.concat([photo, Buffer.alloc(5 * 1024 * 1024)]), tokens.author);
    expect(big.status).toBe(400);
    expect(big.body.errors?.[0]?.message).toBe('Ảnh bìa lớn hơn giới hạn 5 MB');
  });
});
