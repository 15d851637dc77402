import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { CourseContentService, CourseService, type Actor } from '@hocso/server-core';
import { createTestUser, TEST_PASSWORD } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { statementCounter } from '../test-support/statement-counter';
import { startTestApi, type TestApi } from '../test-support/test-api';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`;
const CATALOGUE = `query ($search: String, $first: Int, $after: String) {
  courses(search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id code title status hours tracks { code } modules { id title position lessons { id title kind position body bodyHtml videoUrl transcript required file { name size } } } } }
  }
}`;

describe('API over HTTP: courses, enrollment and progress', () => {
  let api: TestApi;
  let db: DataSource;
  let storageDir: string;
  const saved = { UPLOAD_MAX_MB: process.env['UPLOAD_MAX_MB'], STORAGE_DIR: process.env['STORAGE_DIR'], GRAPHQL_MAX_COMPLEXITY: process.env['GRAPHQL_MAX_COMPLEXITY'] };
  const tag = randomUUID().slice(0, 8);
  let trainer: { actor: Actor; token: string };
  let otherTrainer: { actor: Actor; token: string };
  let admin: { actor: Actor; token: string };
  let learner: { actor: Actor; token: string };

  async function signIn(email: string): Promise<string> {
    const response = await api.gql<{ login: { accessToken: string } }>(LOGIN, { input: { email, password: TEST_PASSWORD } });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.login.accessToken;
  }

  async function person(roles: Array<'TRAINER' | 'ADMIN'>): Promise<{ actor: Actor; token: string }> {
    const user = await createTestUser(db, { roles: roles.map((role) => ({ role })) });
    return { actor: user.actor, token: await signIn(user.email) };
  }

  /** Runs a GraphQL operation that must succeed. */
  async function ok<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
    const response = await api.gql<T>(query, variables, token);
    if (response.errors?.length || !response.data) throw new Error(JSON.stringify(response.errors));
    return response.data;
  }

  async function errorOf(query: string, variables: Record<string, unknown>, token?: string) {
    const response = await api.gql(query, variables, token);
    expect(response.errors).toHaveLength(1);
    return response.errors![0];
  }

  beforeAll(async () => {
    storageDir = mkdtempSync(path.join(os.tmpdir(), 'hocso-storage-'));
    process.env['UPLOAD_MAX_MB'] = '1';
    process.env['STORAGE_DIR'] = storageDir;
    // Some tests read whole catalogue pages with every version's content to count SQL statements; the cost
    // limit itself is tested in graphql/query-limits.e2e-spec.ts.
    process.env['GRAPHQL_MAX_COMPLEXITY'] = '1000000';
    api = await startTestApi();
    db = api.app.get<DataSource>(getDataSourceToken());
    trainer = await person(['TRAINER']);
    otherTrainer = await person(['TRAINER']);
    admin = await person(['ADMIN']);
    learner = { actor: (await createTestUser(db)).actor, token: '' };
    learner.token = await signIn((await db.query('SELECT email FROM app_user WHERE id = $1', [learner.actor.userId]))[0].email);
  });

  afterAll(async () => {
    await api.close();
    rmSync(storageDir, { recursive: true, force: true });
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it('takes a course from authoring to a completed enrollment', async () => {
    const title = `${tag} An toàn thông tin cho người dân`;
    const { createCourse } = await ok<{ createCourse: { id: string; status: string } }>(
      `mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id status } }`,
      { input: { code: `ATTT-${tag}`, title, summary: 'Bảo vệ tài khoản, nhận diện lừa đảo trực tuyến', hours: 3, trackCodes: [] } },
      trainer.token,
    );
    expect(createCourse.status).toBe('DRAFT');
    const { addModule } = await ok<{ addModule: { id: string; position: number } }>(
      `mutation ($input: AddModuleInput!) { addModule(input: $input) { id position } }`,
      { input: { courseId: createCourse.id, title: 'Mật khẩu và tài khoản' } },
      trainer.token,
    );
    const addLesson = `mutation ($input: AddLessonInput!) { addLesson(input: $input) { id kind position bodyHtml } }`;
    const text = await ok<{ addLesson: { id: string; bodyHtml: string } }>(
      addLesson,
      { input: { moduleId: addModule.id, title: 'Mật khẩu mạnh', kind: 'TEXT', body: '# Mật khẩu mạnh\n\nDùng **12 ký tự** trở lên.<script>alert(1)</script>' } },
      trainer.token,
    );
    expect(text.addLesson.bodyHtml).toContain('<strong>12 ký tự</strong>');
    expect(text.addLesson.bodyHtml).not.toContain('script');
    const video = await ok<{ addLesson: { id: string } }>(
      addLesson,
      { input: { moduleId: addModule.id, title: 'Xác thực hai lớp', kind: 'VIDEO', videoUrl: 'https://video.hocso.vn/attt/2fa.mp4', transcript: 'Xin chào các bạn' } },
      trainer.token,
    );

    const upload = new FormData();
    upload.append('file', new Blob([Buffer.from('%PDF-1.4\n% Tài liệu\n')], { type: 'application/pdf' }), 'so-tay-an-toan.pdf');
    const uploaded = await fetch(`${api.url}/uploads/lesson-files`, { method: 'POST', body: upload, headers: { authorization: `Bearer ${trainer.token}` } });
    expect(uploaded.status).toBe(201);
    const file = (await uploaded.json()) as { id: string; name: string; size: number; mimeType: string };
    expect(file).toMatchObject({ name: 'so-tay-an-toan.pdf', mimeType: 'application/pdf', size: Buffer.byteLength('%PDF-1.4\n% Tài liệu\n') });
    const fileLesson = await ok<{ addLesson: { id: string } }>(
      addLesson,
      { input: { moduleId: addModule.id, title: 'Sổ tay an toàn', kind: 'FILE', fileId: file.id } },
      trainer.token,
    );
    // A draft's file is for its authors: anyone else sees an unknown id.
    const download = await fetch(`${api.url}/files/lessons/${file.id}`, { headers: { authorization: `Bearer ${trainer.token}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('cache-control')).toBe('private, max-age=3600');
    expect(Buffer.from(await download.arrayBuffer()).toString()).toContain('%PDF-1.4');
    expect((await fetch(`${api.url}/files/lessons/${file.id}`)).status).toBe(404);
    expect((await fetch(`${api.url}/files/lessons/${file.id}`, { headers: { authorization: `Bearer ${learner.token}` } })).status).toBe(404);

    const before = new Date();
    await ok(`mutation ($id: ID!) { submitCourseForReview(courseId: $id) { status } }`, { id: createCourse.id }, trainer.token);
    // The review queue tells who sent it and when; a learner reading the course later sees neither.
    const queued = await ok<{ courses: { edges: Array<{ node: { id: string; submittedBy: string | null; submittedAt: string | null } }> } }>(
      '{ courses(status: IN_REVIEW, first: 100) { edges { node { id submittedBy submittedAt } } } }',
      {},
      admin.token,
    );
    const inQueue = queued.courses.edges.find((edge) => edge.node.id === createCourse.id)?.node;
    const trainerName = (await db.query('SELECT full_name FROM app_user WHERE id = $1', [trainer.actor.userId]))[0].full_name;
    expect(inQueue?.submittedBy).toBe(trainerName);
    expect(new Date(inQueue?.submittedAt ?? 0).getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect((await errorOf(`mutation ($id: ID!) { publishCourse(courseId: $id) { status } }`, { id: createCourse.id }, trainer.token)).extensions?.code).toBe(
      'FORBIDDEN',
    );
    const published = await ok<{ publishCourse: { status: string; versions: Array<{ version: number; learnerCount: number }> } }>(
      `mutation ($id: ID!) { publishCourse(courseId: $id) { status versions { version learnerCount } } }`,
      { id: createCourse.id },
      admin.token,
    );
    expect(published.publishCourse).toEqual({ status: 'PUBLISHED', versions: [{ version: 1, learnerCount: 0 }] });

    // The learner finds it without accents and with a typo.
    for (const search of [`${tag} an toan thong tin`, `${tag} an toàn thôn tin`]) {
      const found = await ok<{ courses: { edges: Array<{ node: { id: string } }> } }>(CATALOGUE, { search, first: 5 }, learner.token);
      expect(found.courses.edges[0]?.node.id).toBe(createCourse.id);
    }

    const enroll = `mutation ($id: ID!) { enroll(courseId: $id) { id status progress version course { title } } }`;
    const asLearner = await ok<{ course: { submittedBy: string | null; submittedAt: string | null } }>(
      'query ($id: ID!) { course(id: $id) { submittedBy submittedAt } }',
      { id: createCourse.id },
      learner.token,
    );
    expect(asLearner.course).toEqual({ submittedBy: null, submittedAt: null });
    const enrolled = await ok<{ enroll: { id: string; status: string; progress: number; version: number } }>(enroll, { id: createCourse.id }, learner.token);
    expect(enrolled.enroll).toMatchObject({ status: 'ACTIVE', progress: 0, version: 1 });
    expect((await ok<{ enroll: { id: string } }>(enroll, { id: createCourse.id }, learner.token)).enroll.id).toBe(enrolled.enroll.id);

    const complete = `mutation ($id: ID!) { completeLesson(lessonId: $id) { status progress completedLessonIds completedAt } }`;
    let last: { status: string; progress: number; completedLessonIds: string[]; completedAt: string | null } | undefined;
    for (const lesson of [text.addLesson.id, video.addLesson.id, fileLesson.addLesson.id]) {
      last = (await ok<{ completeLesson: NonNullable<typeof last> }>(complete, { id: lesson }, learner.token)).completeLesson;
    }
    expect(last).toMatchObject({ status: 'COMPLETED', progress: 1 });
    expect(last!.completedLessonIds).toHaveLength(3);
    expect(last!.completedAt).not.toBeNull();

    const mine = await ok<{ myEnrollments: Array<{ status: string; progress: number; course: { id: string; modules: Array<{ lessons: Array<{ kind: string }> }> } }> }>(
      `{ myEnrollments { status progress course { id modules { lessons { kind } } } } }`,
      {},
      learner.token,
    );
    expect(mine.myEnrollments).toEqual([
      { status: 'COMPLETED', progress: 1, course: { id: createCourse.id, modules: [{ lessons: [{ kind: 'TEXT' }, { kind: 'VIDEO' }, { kind: 'FILE' }] }] } },
    ]);
    const [event] = await db.query(`SELECT topic FROM outbox WHERE aggregate_id = $1`, [enrolled.enroll.id]);
    expect(event).toEqual({ topic: 'enrollment.completed' });
  });

  it('answers NOT_FOUND, FORBIDDEN and CONFLICT where they apply', async () => {
    const unknown = randomUUID();
    expect((await errorOf(`query ($id: ID!) { course(id: $id) { id } }`, { id: unknown })).extensions?.code).toBe('NOT_FOUND');
    expect((await errorOf(`mutation ($id: ID!) { enroll(courseId: $id) { id } }`, { id: unknown }, learner.token)).extensions?.code).toBe('NOT_FOUND');
    expect((await errorOf(`mutation ($id: ID!) { completeLesson(lessonId: $id) { id } }`, { id: unknown }, learner.token)).extensions?.code).toBe('NOT_FOUND');
    expect(
      (await errorOf(`mutation ($input: AddModuleInput!) { addModule(input: $input) { id } }`, { input: { courseId: unknown, title: 'x' } }, trainer.token)).extensions
        ?.code,
    ).toBe('NOT_FOUND');

    const { createCourse } = await ok<{ createCourse: { id: string } }>(
      `mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }`,
      { input: { code: `RIENG-${tag}`, title: 'Khóa học riêng', summary: 'x', hours: 1 } },
      trainer.token,
    );
    const rename = `mutation ($id: ID!) { updateCourse(courseId: $id, input: { title: "Đổi tên" }) { title } }`;
    expect((await errorOf(rename, { id: createCourse.id }, otherTrainer.token)).extensions?.code).toBe('FORBIDDEN');
    expect((await errorOf(`query ($id: ID!) { course(id: $id) { id } }`, { id: createCourse.id }, learner.token)).extensions?.code).toBe('NOT_FOUND');
    expect(
      (await errorOf(`mutation ($input: AddModuleInput!) { addModule(input: $input) { id } }`, { input: { courseId: createCourse.id, title: 'x' } }))
        .extensions?.code,
    ).toBe('UNAUTHENTICATED');

    await ok(`mutation ($id: ID!) { archiveCourse(courseId: $id) { status } }`, { id: createCourse.id }, trainer.token);
    expect(await errorOf(rename, { id: createCourse.id }, trainer.token)).toMatchObject({ extensions: { code: 'CONFLICT' } });
    const exam = await errorOf(
      `mutation ($input: AddLessonInput!) { addLesson(input: $input) { id } }`,
      { input: { moduleId: unknown, title: 'x', kind: 'EXAM' } },
      trainer.token,
    );
    expect(exam.extensions?.code).toBe('NOT_FOUND');
  });

  it("shows a published version's frozen content to its authors and administrators beside the working copy", async () => {
    const courses = api.app.get(CourseService);
    const content = api.app.get(CourseContentService);
    const { course } = await courses.create(trainer.actor, { code: `PHIEN-${tag}`, title: 'Phiên bản', summary: 'x', hours: 1 });
    const module = await content.addModule(trainer.actor, { courseId: course.id, title: 'Chương 1' });
    const lesson = await content.addLesson(trainer.actor, { moduleId: module.id, title: 'Bài 1', kind: 'TEXT', body: 'Bản **một**' });
    await courses.submitForReview(trainer.actor, course.id);
    await courses.publish(admin.actor, course.id);
    await content.updateLesson(trainer.actor, lesson.id, { body: 'Bản **hai**' });
    await content.addLesson(trainer.actor, { moduleId: module.id, title: 'Bài 2', kind: 'VIDEO', videoUrl: 'https://video.hocso.vn/b.mp4' });

    const query = `query ($id: ID!, $live: Boolean) {
      course(id: $id) {
        modules { lessons { id body } }
        versions(live: $live) { version live modules { id title lessons { id title body bodyHtml } } }
      }
    }`;
    type Result = {
      course: {
        modules: Array<{ lessons: Array<{ id: string; body: string }> }>;
        versions: Array<{ version: number; live: boolean; modules: Array<{ id: string; title: string; lessons: Array<{ id: string; body: string; bodyHtml: string }> }> }>;
      };
    };
    for (const token of [trainer.token, admin.token]) {
      const { course: seen } = await ok<Result>(query, { id: course.id, live: true }, token);
      expect(seen.modules[0].lessons.map((l) => l.body)).toEqual(['Bản **hai**', null]);
      expect(seen.versions).toEqual([
        {
          version: 1,
          live: true,
          modules: [{ id: module.id, title: 'Chương 1', lessons: [{ id: lesson.id, title: 'Bài 1', body: 'Bản **một**', bodyHtml: expect.stringContaining('<strong>một</strong>') }] }],
        },
      ]);
    }
    expect((await ok<Result>(query, { id: course.id, live: false }, trainer.token)).course.versions).toEqual([]);
    // Other trainers read the live version through course(id).modules; its versions are not theirs to list.
    const outsider = await errorOf(query, { id: course.id }, otherTrainer.token);
    expect(outsider.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets an author remove another author, keeps at least one and refuses everyone else', async () => {
    const emailOf = async (actor: Actor): Promise<string> => (await db.query('SELECT email FROM app_user WHERE id = $1', [actor.userId]))[0].email;
    const remove = `mutation ($id: ID!, $email: String!) { removeCourseAuthor(courseId: $id, email: $email) { id canEdit authors { email } } }`;
    const { createCourse } = await ok<{ createCourse: { id: string } }>(
      `mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }`,
      { input: { code: `DONG-${tag}`, title: 'Đồng tác giả', summary: 'x', hours: 1 } },
      trainer.token,
    );
    const id = createCourse.id;
    const [trainerEmail, otherEmail] = [await emailOf(trainer.actor), await emailOf(otherTrainer.actor)];
    expect((await errorOf(remove, { id, email: trainerEmail }, trainer.token)).extensions?.code).toBe('CONFLICT');
    expect((await errorOf(remove, { id, email: otherEmail }, otherTrainer.token)).extensions?.code).toBe('FORBIDDEN');
    expect((await errorOf(remove, { id, email: trainerEmail }, learner.token)).extensions?.code).toBe('FORBIDDEN');
    expect((await errorOf(remove, { id: randomUUID(), email: trainerEmail }, trainer.token)).extensions?.code).toBe('NOT_FOUND');
    expect((await errorOf(remove, { id, email: 'khong-co@test.hocso.vn' }, trainer.token)).extensions?.code).toBe('NOT_FOUND');

    await ok(`mutation ($id: ID!, $email: String!) { addCourseAuthor(courseId: $id, email: $email) { id } }`, { id, email: otherEmail }, trainer.token);
    const removed = await ok<{ removeCourseAuthor: { canEdit: boolean; authors: Array<{ email: string }> } }>(remove, { id, email: trainerEmail }, otherTrainer.token);
    expect(removed.removeCourseAuthor).toMatchObject({ canEdit: true, authors: [{ email: otherEmail }] });
    expect((await errorOf(remove, { id, email: otherEmail }, trainer.token)).extensions?.code).toBe('FORBIDDEN');
    expect((await errorOf(remove, { id, email: otherEmail }, admin.token)).extensions?.code).toBe('CONFLICT');
  });

  it('tells each caller what they may do to a course now (allowedActions), and what it leaves out is refused', async () => {
    const anonymous = { token: undefined };
    const { createCourse } = await ok<{ createCourse: { id: string; allowedActions: string[] } }>(
      `mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id allowedActions } }`,
      { input: { code: `QUYEN-${tag}`, title: 'Quyền thao tác', summary: 'x', hours: 1 } },
      trainer.token,
    );
    const id = createCourse.id;
    expect(createCourse.allowedActions).toEqual(['EDIT_DETAILS', 'EDIT_CONTENT', 'MANAGE_AUTHORS', 'SUBMIT', 'ARCHIVE']);
    const { addModule } = await ok<{ addModule: { id: string } }>(`mutation ($input: AddModuleInput!) { addModule(input: $input) { id } }`, { input: { courseId: id, title: 'M' } }, trainer.token);
    await ok(`mutation ($input: AddLessonInput!) { addLesson(input: $input) { id } }`, { input: { moduleId: addModule.id, title: 'L', kind: 'TEXT', body: 'x' } }, trainer.token);

    const actionsOf = async (caller: { token?: string }): Promise<string[] | string> => {
      const response = await api.gql<{ course: { allowedActions: string[] } }>(`query ($id: ID!) { course(id: $id) { allowedActions } }`, { id }, caller.token);
      return response.data?.course ? response.data.course.allowedActions : String(response.errors?.[0]?.extensions?.code);
    };
    const refusal = async (mutation: string, caller: { token?: string }) =>
      (await errorOf(`mutation ($id: ID!) { ${mutation}(courseId: $id) { id } }`, { id }, caller.token)).extensions?.code;

    const drafts = await ok<{ courses: { edges: Array<{ node: { id: string; allowedActions: string[] } }> } }>(
      `{ courses(status: DRAFT, search: "Quyền thao tác", first: 100) { edges { node { id allowedActions } } } }`,
      {},
      trainer.token,
    );
    expect(drafts.courses.edges.find((edge) => edge.node.id === id)?.node.allowedActions).toEqual(createCourse.allowedActions);

    const { submitCourseForReview } = await ok<{ submitCourseForReview: { allowedActions: string[] } }>(
      `mutation ($id: ID!) { submitCourseForReview(courseId: $id) { allowedActions } }`,
      { id },
      trainer.token,
    );
    expect(submitCourseForReview.allowedActions).toEqual(['ARCHIVE']);
    expect(await actionsOf(trainer)).toEqual(['ARCHIVE']);
    expect(await actionsOf(admin)).toEqual(['PUBLISH', 'RETURN', 'ARCHIVE']);
    expect(await actionsOf(otherTrainer)).toBe('NOT_FOUND');
    expect(await actionsOf(learner)).toBe('NOT_FOUND');
    expect(await actionsOf(anonymous)).toBe('NOT_FOUND');
    // What the author is not offered, the server refuses: the workflow (CONFLICT) or the role (FORBIDDEN).
    expect(await refusal('publishCourse', trainer)).toBe('FORBIDDEN');
    expect(await refusal('submitCourseForReview', trainer)).toBe('CONFLICT');
    expect(
      (await errorOf(`mutation ($id: ID!) { updateCourse(courseId: $id, input: { title: "Mới" }) { id } }`, { id }, trainer.token)).extensions?.code,
    ).toBe('CONFLICT');

    const { publishCourse } = await ok<{ publishCourse: { allowedActions: string[] } }>(
      `mutation ($id: ID!) { publishCourse(courseId: $id) { allowedActions } }`,
      { id },
      admin.token,
    );
    expect(publishCourse.allowedActions).toEqual(['EDIT_DETAILS', 'EDIT_CONTENT', 'MANAGE_AUTHORS', 'ARCHIVE']);
    expect(await actionsOf(trainer)).toEqual(['EDIT_DETAILS', 'EDIT_CONTENT', 'MANAGE_AUTHORS', 'ARCHIVE']);
    expect(await actionsOf(otherTrainer)).toEqual([]);
    expect(await actionsOf(learner)).toEqual([]);
    expect(await actionsOf(anonymous)).toEqual([]);
    expect(await refusal('archiveCourse', otherTrainer)).toBe('FORBIDDEN');
    expect(await refusal('submitCourseForReview', trainer)).toBe('CONFLICT');

    const { enroll } = await ok<{ enroll: { course: { allowedActions: string[]; canEdit: boolean } } }>(
      `mutation ($id: ID!) { enroll(courseId: $id) { course { allowedActions canEdit } } }`,
      { id },
      learner.token,
    );
    expect(enroll.course).toEqual({ allowedActions: [], canEdit: false });
  });

  it('refuses oversized and wrong-type uploads with BAD_USER_INPUT and the limit, and anonymous ones', async () => {
    const send = async (content: Buffer, name: string, token?: string) => {
      const body = new FormData();
      body.append('file', new Blob([content]), name);
      const response = await fetch(`${api.url}/uploads/lesson-files`, { method: 'POST', body, headers: token ? { authorization: `Bearer ${token}` } : {} });
      return { status: response.status, body: (await response.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> } };
    };
    const big = await send(Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1024 * 1024 + 10, 0x20)]), 'lon.pdf', trainer.token);
    expect(big.status).toBe(413);
    expect(big.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', limitBytes: 1024 * 1024 });
    expect(big.body.errors[0].message).toContain('1 MB');

    const exe = await send(Buffer.from('MZ\x90\x00 program'), 'cai-dat.exe', trainer.token);
    expect(exe.status).toBe(400);
    expect(exe.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    const disguised = await send(Buffer.from('MZ\x90\x00 program'), 'tai-lieu.pdf', trainer.token);
    expect(disguised.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });

    expect((await send(Buffer.from('%PDF-1.4'), 'a.pdf')).body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await send(Buffer.from('%PDF-1.4'), 'a.pdf', learner.token)).body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await fetch(`${api.url}/files/lessons/${randomUUID()}`)).status).toBe(404);
  });

  it('serves a catalogue page with modules and lessons in a fixed number of SQL statements (no N+1)', async () => {
    const courses = api.app.get(CourseService);
    const content = api.app.get(CourseContentService);
    const marker = `Bộ đếm truy vấn ${tag}`;
    for (let i = 0; i < 20; i += 1) {
      const { course } = await courses.create(trainer.actor, {
        code: `DEM-${tag}-${i}`,
        title: `${marker} ${i}`,
        summary: 'Khóa học để đếm câu lệnh SQL',
        hours: 1,
        trackCodes: [],
      });
      for (let m = 0; m < 2; m += 1) {
        const module = await content.addModule(trainer.actor, { courseId: course.id, title: `Chương ${m + 1}` });
        await content.addLesson(trainer.actor, { moduleId: module.id, title: 'Đọc', kind: 'TEXT', body: '**Nội dung**' });
        await content.addLesson(trainer.actor, { moduleId: module.id, title: 'Xem', kind: 'VIDEO', videoUrl: 'https://video.hocso.vn/a.mp4' });
      }
      await courses.submitForReview(trainer.actor, course.id);
      await courses.publish(admin.actor, course.id);
    }

    const counter = statementCounter(db);
    const countFor = async (first: number, token?: string) => {
      counter.reset();
      const page = await ok<{ courses: { edges: Array<{ node: { modules: Array<{ lessons: unknown[] }> } }> } }>(
        CATALOGUE,
        { search: marker, first },
        token,
      );
      expect(page.courses.edges).toHaveLength(first);
      expect(page.courses.edges.every((edge) => edge.node.modules.length === 2 && edge.node.modules[0].lessons.length === 2)).toBe(true);
      return counter.count();
    };
    const versionsFor = async (first: number) => {
      counter.reset();
      const page = await ok<{ courses: { edges: Array<{ node: { versions: Array<{ modules: Array<{ lessons: unknown[] }> }> } }> } }>(
        `query ($search: String, $first: Int) { courses(search: $search, first: $first) { edges { node { versions { version modules { id lessons { id bodyHtml } } } } } } }`,
        { search: marker, first },
        admin.token,
      );
      expect(page.courses.edges.every((edge) => edge.node.versions[0].modules.length === 2 && edge.node.versions[0].modules[0].lessons.length === 2)).toBe(true);
      return counter.count();
    };
    try {
      const versions = [await versionsFor(5), await versionsFor(20)];
      expect(versions[0]).toBe(versions[1]);
      expect(versions[1]).toBeLessThanOrEqual(6);
      const anonymous = [await countFor(5), await countFor(20)];
      const author = [await countFor(5, trainer.token), await countFor(20, trainer.token)];
      console.log(`SQL statements per catalogue page (5 vs 20 courses): anonymous ${anonymous.join(' / ')}, author ${author.join(' / ')}`);
      expect(anonymous[0]).toBe(anonymous[1]);
      expect(author[0]).toBe(author[1]);
      expect(anonymous[1]).toBeLessThanOrEqual(5);
      expect(author[1]).toBeLessThanOrEqual(8);
    } finally {
      counter.stop();
    }
  });
});
