import { randomUUID } from 'node:crypto';
import { createTestCourseVersion, createTestUser, TEST_PASSWORD } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../test-support/test-api';

const HIGHLIGHTS = `query ($first: Int) {
  courseHighlights(first: $first) { mostEnrolled { id learnerCount } newest { id } }
}`;

describe('API over HTTP: the home page courses and what the course page tells', () => {
  let api: TestApi;
  let db: DataSource;
  const tag = randomUUID().slice(0, 8);

  /** `count` learners enrolled in the course (one of them withdrawn, who does not count). */
  async function enrol(course: { courseId: string; courseVersionId: string }, count: number): Promise<void> {
    await db.query(
      `WITH learners AS (
         INSERT INTO app_user (full_name) SELECT 'Học viên ' || n FROM generate_series(1, $3::int + 1) AS n RETURNING id
       ), numbered AS (SELECT id, row_number() OVER () AS n FROM learners)
       INSERT INTO enrollment (user_id, course_id, course_version_id, status)
       SELECT id, $1, $2, CASE WHEN n = 1 THEN 'WITHDRAWN' ELSE 'ACTIVE' END FROM numbered`,
      [course.courseId, course.courseVersionId, count],
    );
  }

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get<DataSource>(getDataSourceToken());
  });

  afterAll(async () => {
    await api.close();
  });

  it('lists the most enrolled and the newest published courses to anyone, never a draft', async () => {
    const popular = await createTestCourseVersion(db, { title: `Phổ biến ${tag}` });
    const runnerUp = await createTestCourseVersion(db, { title: `Thứ nhì ${tag}` });
    const fresh = await createTestCourseVersion(db, { title: `Mới ${tag}` });
    await enrol(popular, 60);
    await enrol(runnerUp, 50);
    await db.query(`UPDATE course SET published_at = now() + interval '1 day' WHERE id = $1`, [fresh.courseId]);
    await db.query(`UPDATE course SET published_at = now() - interval '1 day' WHERE id = ANY($1::uuid[])`, [[popular.courseId, runnerUp.courseId]]);
    const [{ id: draftId }] = await db.query(
      `INSERT INTO course (code, title, summary, status, hours, published_at) VALUES ($1, 'Nháp', '', 'DRAFT', 1, now() + interval '2 days') RETURNING id`,
      [`D-${tag}`],
    );
    await db.query(`INSERT INTO enrollment (user_id, course_id, course_version_id) SELECT id, $1, $2 FROM app_user WHERE full_name LIKE 'Học viên %' LIMIT 80`, [
      draftId,
      popular.courseVersionId,
    ]);

    const response = await api.gql<{ courseHighlights: { mostEnrolled: Array<{ id: string; learnerCount: number }>; newest: Array<{ id: string }> } }>(HIGHLIGHTS, { first: 2 });
    expect(response.errors).toBeUndefined();
    const { mostEnrolled, newest } = response.data!.courseHighlights;
    expect(mostEnrolled).toEqual([
      { id: popular.courseId, learnerCount: 60 },
      { id: runnerUp.courseId, learnerCount: 50 },
    ]);
    expect(newest[0]).toEqual({ id: fresh.courseId });
    expect(newest).toHaveLength(2);
    expect(JSON.stringify(response.data)).not.toContain(draftId);

    // A page larger than the bound is cut to it, a page under one to one.
    const many = await api.gql<{ courseHighlights: { newest: unknown[] } }>(HIGHLIGHTS, { first: 1000 });
    expect(many.data!.courseHighlights.newest.length).toBeLessThanOrEqual(12);
    const none = await api.gql<{ courseHighlights: { newest: unknown[] } }>(HIGHLIGHTS, { first: -5 });
    expect(none.data!.courseHighlights.newest).toHaveLength(1);
  });

  it("renders a trainer's Markdown preview as learners will see it, without anything that runs", async () => {
    const trainer = await createTestUser(db, { roles: [{ role: 'TRAINER' }] });
    const login = await api.gql<{ login: { accessToken: string } }>('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: trainer.email, password: TEST_PASSWORD },
    });
    const token = login.data!.login.accessToken;
    const markdown = '# Mật khẩu\n\n**Đủ dài** <script>window.hacked = 1</script><img src="x" onerror="window.hacked = 2"> [bấm](javascript:alert(1))';
    const preview = await api.gql<{ lessonMarkdownPreview: string }>('query ($m: String!) { lessonMarkdownPreview(markdown: $m) }', { m: markdown }, token);
    expect(preview.errors).toBeUndefined();
    const html = preview.data!.lessonMarkdownPreview;
    expect(html).toContain('<h1>Mật khẩu</h1>');
    expect(html).toContain('<strong>Đủ dài</strong>');
    expect(html).not.toMatch(/<script|onerror|javascript:/i);

    const learner = await createTestUser(db);
    const learnerLogin = await api.gql<{ login: { accessToken: string } }>('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: learner.email, password: TEST_PASSWORD },
    });
    const refused = await api.gql('query ($m: String!) { lessonMarkdownPreview(markdown: $m) }', { m: markdown }, learnerLogin.data!.login.accessToken, 'vi');
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Chỉ giảng viên và quản trị viên mới xem trước được nội dung bài học',
      extensions: { code: 'FORBIDDEN' },
    });
    const tooLong = await api.gql('query ($m: String!) { lessonMarkdownPreview(markdown: $m) }', { m: 'a'.repeat(200_001) }, token);
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'markdown' });
  });

  it('offers trainers the published courses matching a code or a title as prerequisites, never a draft', async () => {
    const published = await createTestCourseVersion(db, { title: `Chữ ký số ${tag}` });
    const [{ code }] = await db.query('SELECT code FROM course WHERE id = $1', [published.courseId]);
    const [{ id: draftId }] = await db.query(`INSERT INTO course (code, title, summary, status, hours) VALUES ($1, $2, '', 'DRAFT', 1) RETURNING id`, [
      `${code}-NHAP`,
      `Chữ ký số nháp ${tag}`,
    ]);
    const trainer = await createTestUser(db, { roles: [{ role: 'TRAINER' }] });
    const login = await api.gql<{ login: { accessToken: string } }>('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: trainer.email, password: TEST_PASSWORD },
    });
    const token = login.data!.login.accessToken;
    const choose = (search: string, as = token) =>
      api.gql<{ prerequisiteChoices: Array<{ id: string; code: string }> }>('query ($s: String!) { prerequisiteChoices(search: $s) { id code } }', { s: search }, as);

    for (const search of [String(code).toLowerCase().slice(0, 9), `chu ky so ${tag}`, `Chữ ký số ${tag}`]) {
      const found = await choose(search);
      expect(found.errors).toBeUndefined();
      expect({ search, ids: found.data!.prerequisiteChoices.map((course) => course.id) }).toEqual({ search, ids: expect.arrayContaining([published.courseId]) });
      expect(JSON.stringify(found.data)).not.toContain(draftId);
    }
    await expect(choose('%').then((found) => found.data!.prerequisiteChoices.length)).resolves.toBeLessThanOrEqual(10);
    await expect(choose('   ').then((found) => found.data!.prerequisiteChoices)).resolves.toEqual([]);
    const learner = await createTestUser(db);
    const learnerLogin = await api.gql<{ login: { accessToken: string } }>('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: learner.email, password: TEST_PASSWORD },
    });
    const refused = await choose('chu ky', learnerLogin.data!.login.accessToken);
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it("credits the course's authors by name, counts its learners and tells the learner when they were last active", async () => {
    const course = await createTestCourseVersion(db, { title: `Trang khóa học ${tag}` });
    const first = await createTestUser(db, { fullName: `Nguyễn Thị Hoa ${tag}`, roles: [{ role: 'TRAINER' }] });
    const second = await createTestUser(db, { fullName: `Trần Văn Nam ${tag}`, roles: [{ role: 'TRAINER' }] });
    await db.query(`INSERT INTO course_author (course_id, user_id, added_at) VALUES ($1, $2, now() - interval '1 hour'), ($1, $3, now())`, [
      course.courseId,
      first.actor.userId,
      second.actor.userId,
    ]);
    await enrol(course, 3);

    const anonymous = await api.gql<{ course: { authorNames: string[]; learnerCount: number } }>(
      'query ($id: ID!) { course(id: $id) { authorNames learnerCount } }',
      { id: course.courseId },
    );
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data!.course).toEqual({ authorNames: [`Nguyễn Thị Hoa ${tag}`, `Trần Văn Nam ${tag}`], learnerCount: 3 });
    // The names only: e-mail addresses stay with who may see the authors.
    const emails = await api.gql('query ($id: ID!) { course(id: $id) { authors { email } } }', { id: course.courseId });
    expect(emails.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

    const learner = await createTestUser(db);
    const login = await api.gql<{ login: { accessToken: string } }>('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: learner.email, password: TEST_PASSWORD },
    });
    const token = login.data!.login.accessToken;
    await db.query(`INSERT INTO enrollment (user_id, course_id, course_version_id, updated_at) VALUES ($1, $2, $3, '2026-01-02T03:04:05Z')`, [
      learner.actor.userId,
      course.courseId,
      course.courseVersionId,
    ]);
    const mine = await api.gql<{ myEnrollments: Array<{ lastActiveAt: string }> }>('{ myEnrollments { lastActiveAt } }', {}, token);
    expect(mine.data!.myEnrollments).toEqual([{ lastActiveAt: '2026-01-02T03:04:05.000Z' }]);
  });
});
