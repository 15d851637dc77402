import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestUser } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { mustSucceed, signIn, type TestSession } from '../test-support/session';
import { startTestApi, type TestApi } from '../test-support/test-api';

const CREATE_COURSE = 'mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }';
const ADD_MODULE = 'mutation ($input: AddModuleInput!) { addModule(input: $input) { id } }';
const ADD_LESSON = 'mutation ($input: AddLessonInput!) { addLesson(input: $input) { id } }';

describe('lesson files over HTTP: only for whoever may see the content they belong to', () => {
  let api: TestApi;
  let db: DataSource;
  let storageDir: string;
  const savedStorageDir = process.env['STORAGE_DIR'];
  let author: TestSession;
  let otherTrainer: TestSession;
  let admin: TestSession;
  let learner: TestSession;

  async function person(roles: Array<'TRAINER' | 'ADMIN'> = []): Promise<TestSession> {
    const user = await createTestUser(db, { roles: roles.map((role) => ({ role })) });
    return signIn(api, user.email);
  }

  async function upload(session: TestSession, name = 'so-tay.pdf'): Promise<string> {
    const body = new FormData();
    body.append('file', new Blob([Buffer.from('%PDF-1.4\n% Sổ tay\n')], { type: 'application/pdf' }), name);
    const response = await fetch(`${api.url}/uploads/lesson-files`, { method: 'POST', body, headers: { authorization: `Bearer ${session.accessToken}` } });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  }

  async function draftCourse(session: TestSession): Promise<{ courseId: string; moduleId: string }> {
    const tag = randomUUID().slice(0, 8);
    const { createCourse } = await mustSucceed<{ createCourse: { id: string } }>(
      api,
      CREATE_COURSE,
      { input: { code: `TEP-${tag}`, title: `Tệp ${tag}`, summary: 'Tài liệu', hours: 1, trackCodes: [] } },
      session.accessToken,
    );
    const { addModule } = await mustSucceed<{ addModule: { id: string } }>(api, ADD_MODULE, { input: { courseId: createCourse.id, title: 'Chương 1' } }, session.accessToken);
    return { courseId: createCourse.id, moduleId: addModule.id };
  }

  async function fileLesson(session: TestSession, moduleId: string, fileId: string) {
    return api.gql<{ addLesson: { id: string } }>(ADD_LESSON, { input: { moduleId, title: 'Sổ tay', kind: 'FILE', fileId } }, session.accessToken);
  }

  async function publish(courseId: string): Promise<void> {
    await mustSucceed(api, 'mutation ($id: ID!) { submitCourseForReview(courseId: $id) { id } }', { id: courseId }, author.accessToken);
    await mustSucceed(api, 'mutation ($id: ID!) { publishCourse(courseId: $id) { id } }', { id: courseId }, admin.accessToken);
  }

  /** Status and Cache-Control of a download, with a bearer token, the file cookie, or nothing. */
  async function download(fileId: string, as?: { bearer?: TestSession; cookie?: string | null }): Promise<{ status: number; cache: string | null }> {
    const headers: Record<string, string> = {};
    if (as?.bearer) headers['authorization'] = `Bearer ${as.bearer.accessToken}`;
    if (as?.cookie) headers['cookie'] = as.cookie;
    const response = await fetch(`${api.url}/files/lessons/${fileId}`, { headers });
    await response.arrayBuffer();
    return { status: response.status, cache: response.headers.get('cache-control') };
  }

  beforeAll(async () => {
    storageDir = mkdtempSync(path.join(os.tmpdir(), 'hocso-file-access-'));
    process.env['STORAGE_DIR'] = storageDir;
    api = await startTestApi();
    db = api.app.get<DataSource>(getDataSourceToken());
    [author, otherTrainer, admin, learner] = await Promise.all([person(['TRAINER']), person(['TRAINER']), person(['ADMIN']), person()]);
  });

  afterAll(async () => {
    await api.close();
    rmSync(storageDir, { recursive: true, force: true });
    if (savedStorageDir === undefined) delete process.env['STORAGE_DIR'];
    else process.env['STORAGE_DIR'] = savedStorageDir;
  });

  it("serves a draft's file to its authors and administrators only, privately, and to everyone once published", async () => {
    const { courseId, moduleId } = await draftCourse(author);
    const fileId = await upload(author);
    expect((await fileLesson(author, moduleId, fileId)).errors).toBeUndefined();

    const private200 = { status: 200, cache: 'private, max-age=3600' };
    expect(await download(fileId, { bearer: author })).toEqual(private200);
    expect(await download(fileId, { bearer: admin })).toEqual(private200);
    for (const outsider of [undefined, { bearer: learner }, { bearer: otherTrainer }]) {
      expect(await download(fileId, outsider)).toMatchObject({ status: 404 });
    }

    await publish(courseId);
    expect(await download(fileId)).toEqual({ status: 200, cache: 'public, max-age=3600' });
  });

  it("keeps a deleted lesson's file from anyone but its authors, yet leaves it to learners of the version that has it", async () => {
    const { courseId, moduleId } = await draftCourse(author);
    const kept = await upload(author, 'giu-lai.pdf');
    const removed = await upload(author, 'da-xoa.pdf');
    await mustSucceed(api, ADD_LESSON, { input: { moduleId, title: 'Giữ lại', kind: 'FILE', fileId: kept } }, author.accessToken);
    const { addLesson } = await mustSucceed<{ addLesson: { id: string } }>(
      api,
      ADD_LESSON,
      { input: { moduleId, title: 'Sẽ xóa', kind: 'FILE', fileId: removed } },
      author.accessToken,
    );
    await publish(courseId);
    await mustSucceed(api, 'mutation ($id: ID!) { enroll(courseId: $id) { id } }', { id: courseId }, learner.accessToken);

    // Version 2 drops the lesson: the file leaves the live version, but the learner's version 1 still has it.
    await mustSucceed(api, 'mutation ($id: ID!) { deleteLesson(lessonId: $id) { id } }', { id: addLesson.id }, author.accessToken);
    await publish(courseId);
    expect(await download(removed)).toMatchObject({ status: 404 });
    expect(await download(removed, { bearer: otherTrainer })).toMatchObject({ status: 404 });
    expect(await download(removed, { bearer: learner })).toEqual({ status: 200, cache: 'private, max-age=3600' });
    expect(await download(removed, { bearer: author })).toMatchObject({ status: 200 });
    expect(await download(kept)).toEqual({ status: 200, cache: 'public, max-age=3600' });

    // A file whose lesson is deleted before anything was published is the authors' alone.
    const { moduleId: draftModule } = await draftCourse(author);
    const orphan = await upload(author);
    const { addLesson: orphanLesson } = await mustSucceed<{ addLesson: { id: string } }>(
      api,
      ADD_LESSON,
      { input: { moduleId: draftModule, title: 'Nháp', kind: 'FILE', fileId: orphan } },
      author.accessToken,
    );
    await mustSucceed(api, 'mutation ($id: ID!) { deleteLesson(lessonId: $id) { id } }', { id: orphanLesson.id }, author.accessToken);
    expect(await download(orphan)).toMatchObject({ status: 404 });
    expect(await download(orphan, { bearer: learner })).toMatchObject({ status: 404 });
    expect(await download(orphan, { bearer: author })).toMatchObject({ status: 200 });
  });

  it("refuses attaching another trainer's upload, or another course's file, with a clear error on fileId", async () => {
    const mine = await draftCourse(author);
    const theirs = await draftCourse(otherTrainer);
    const authorsFile = await upload(author);
    const stolen = await fileLesson(otherTrainer, theirs.moduleId, authorsFile);
    expect(stolen.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fileId', reason: 'course.fileNotYours' });
    expect(stolen.errors?.[0].message).toMatch(/giảng viên khác/);

    expect((await fileLesson(author, mine.moduleId, authorsFile)).errors).toBeUndefined();
    const second = await draftCourse(author);
    const reused = await fileLesson(author, second.moduleId, authorsFile);
    expect(reused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fileId', reason: 'course.fileNotYours' });
    // Within its own course the file may be shown again, and the other trainer still cannot read it.
    expect((await fileLesson(author, mine.moduleId, authorsFile)).errors).toBeUndefined();
    expect(await download(authorsFile, { bearer: otherTrainer })).toMatchObject({ status: 404 });
  });

  it('lets the browser fetch files with the HttpOnly cookie of the session, scoped to /files, ended at logout', async () => {
    const { moduleId } = await draftCourse(author);
    const fileId = await upload(author);
    await mustSucceed(api, ADD_LESSON, { input: { moduleId, title: 'Cookie', kind: 'FILE', fileId } }, author.accessToken);

    const session = await person(['TRAINER']);
    expect(session.setCookie).toMatch(/^hocso_files=[\w.-]+; Max-Age=\d+; Path=\/files; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
    expect(await download(fileId, { cookie: author.fileCookie })).toEqual({ status: 200, cache: 'private, max-age=3600' });
    expect(await download(fileId, { cookie: learner.fileCookie })).toMatchObject({ status: 404 });
    expect(await download(fileId, { cookie: 'hocso_files=not-a-token' })).toMatchObject({ status: 404 });

    // `me` renews the cookie of a session the portal already had; logout clears it.
    const me = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${author.accessToken}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(me.headers.get('set-cookie')).toMatch(/^hocso_files=[\w.-]+;.*Path=\/files;.*HttpOnly/);
    const logout = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation ($t: String!) { logout(refreshToken: $t) }', variables: { t: session.refreshToken } }),
    });
    expect(logout.headers.get('set-cookie')).toMatch(/^hocso_files=; Path=\/files; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax$/);
  });
});
