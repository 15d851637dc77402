import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { Client } from 'pg';
import { graphqlApi } from './support/graphql-api';
import { decodedMail, waitForMessage } from './support/outbox-files';
import { usePlatformInChromium } from './support/platform-in-chromium';
import { newPhonePage, signInThroughPortal } from './support/portal-session';

const PASSWORD = 'hoc-so-2026';
const mailDir = mkdtempSync(path.join(os.tmpdir(), 'hocso-retake-mail-'));

/**
 * Renewing a yearly course requirement by taking the course again, at phone width, in Vietnamese: an official who
 * completed the course eleven months and twenty days ago follows the home page's renewal entry to the course, is told
 * the requirement is due for renewal, confirms taking the course again (the confirmation says the earlier completion
 * keeps counting until it expires), sees the retake under way from zero, completes its lesson again, and then reads
 * both completions in the course's history and the requirement met again on the home page.
 */
describe('taking a completed course again to renew a requirement, in Chromium', () => {
  const suite = usePlatformInChromium({ MAIL_DIR: mailDir });
  afterAll(() => rmSync(mailDir, { recursive: true, force: true }));
  const api = graphqlApi(() => suite.platform().url);
  const tag = randomBytes(3).toString('hex');
  const courseTitle = `An toàn thông tin hằng năm ${tag}`;
  const requirementTitle = `Cập nhật an toàn thông tin ${tag}`;
  const official = { fullName: `Lê Thị Hoa ${tag}`, email: `hoa.${tag}@example.vn` };
  let courseId: string;
  let firstCompletion: string;

  const noSideScroll = async (page: Page) => expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);

  beforeAll(async () => {
    const admin = await api.tokenOf('admin@demo.hocso.vn');
    const { createOrgUnit } = await api.call<{ createOrgUnit: { id: string } }>(
      'mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }',
      { input: { code: `HL-${tag}`.toUpperCase(), kind: 'DISTRICT', name: `Huyện Học Lại Khóa ${tag}`, parentId: null } },
      admin,
    );
    const { createCourse } = await api.call<{ createCourse: { id: string } }>('mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }', {
      input: { code: `ATTT-${tag}`.toUpperCase(), title: courseTitle, summary: 'Nhận biết lừa đảo trực tuyến và bảo vệ tài khoản', hours: 2 },
    }, admin);
    courseId = createCourse.id;
    const { addModule } = await api.call<{ addModule: { id: string } }>('mutation ($input: AddModuleInput!) { addModule(input: $input) { id } }', { input: { courseId, title: 'Chương 1' } }, admin);
    const { addLesson } = await api.call<{ addLesson: { id: string } }>('mutation ($input: AddLessonInput!) { addLesson(input: $input) { id } }', {
      input: { moduleId: addModule.id, kind: 'TEXT', title: 'Mật khẩu và xác thực hai lớp', body: '# Mật khẩu\n\nDùng mật khẩu dài và bật xác thực hai lớp.' },
    }, admin);
    await api.call('mutation ($id: ID!) { submitCourseForReview(courseId: $id) { id } }', { id: courseId }, admin);
    await api.call('mutation ($id: ID!) { publishCourse(courseId: $id) { id } }', { id: courseId }, admin);

    const { register } = await api.call<{ register: { accessToken: string; user: { id: string } } }>(
      'mutation ($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }',
      { input: { fullName: official.fullName, email: official.email, password: PASSWORD } },
    );
    const token = /confirm-email\?token=([\w-]+)/.exec(decodedMail(await waitForMessage(mailDir, official.email)))?.[1];
    await api.call('mutation ($token: String!) { confirmEmail(token: $token) }', { token }, register.accessToken);
    await api.call('mutation ($id: ID!, $input: UpdateMembershipInput!) { updateUserMembership(userId: $id, input: $input) { id } }', {
      id: register.user.id,
      input: { orgUnitId: createOrgUnit.id, audience: 'OFFICIAL' },
    }, admin);
    const learner = await api.tokenOf(official.email, PASSWORD);
    await api.call('mutation ($id: ID!) { enroll(courseId: $id) { id } }', { id: courseId }, learner);
    await api.call('mutation ($id: ID!) { completeLesson(lessonId: $id) { id } }', { id: addLesson.id }, learner);
    // The completion, moved back eleven months and twenty days: a yearly completion then expires in ten days.
    const db = new Client({ connectionString: process.env['DATABASE_URL'] });
    await db.connect();
    try {
      const { rows } = await db.query(
        `UPDATE enrollment SET completed_at = now() - interval '11 months 20 days' WHERE user_id = $1 AND course_id = $2
         RETURNING to_char(completed_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY') AS completed`,
        [register.user.id, courseId],
      );
      firstCompletion = (rows[0] as { completed: string }).completed;
    } finally {
      await db.end();
    }
    await api.call('mutation ($input: TrainingRequirementInput!) { createTrainingRequirement(input: $input) { id } }', {
      input: { title: requirementTitle, orgUnitId: createOrgUnit.id, audiences: ['OFFICIAL'], courseId, dueAt: new Date(Date.now() + 60 * 86_400_000).toISOString(), recurrenceMonths: 12, renewalWindowDays: 30 },
    }, admin);
  });

  it('renews the requirement: the earlier completion counts while the retake runs, and the history keeps both', async () => {
    const page = await newPhonePage(suite.browser(), 20_000);
    await signInThroughPortal(page, suite.platform().url, official.email, PASSWORD);
    const mine = page.getByTestId('my-requirement').filter({ hasText: requirementTitle });
    await expect(mine.getByTestId('my-requirement-state').textContent()).resolves.toBe('Cần học lại');
    await noSideScroll(page);
    await mine.getByTestId('my-requirement-renew').click();

    const panel = page.getByTestId('enrollment-panel');
    await expect(panel.getByTestId('course-renewal-due').textContent()).resolves.toContain(`Yêu cầu “${requirementTitle}” cần được học lại trước ngày`);
    await panel.getByRole('button', { name: 'Học lại khóa học' }).click();
    await expect(panel.getByTestId('course-retake-explained').textContent()).resolves.toContain(`Kết quả hoàn thành ngày ${firstCompletion} vẫn được tính cho đến khi hết hiệu lực`);
    await noSideScroll(page);
    await panel.getByRole('button', { name: 'Bắt đầu học lại' }).click();
    await expect(panel.getByTestId('course-retaking').textContent()).resolves.toContain(`Kết quả hoàn thành ngày ${firstCompletion} vẫn được tính`);
    await expect(panel.getByTestId('course-progress').getAttribute('aria-valuenow')).resolves.toBe('0');
    await panel.getByRole('link', { name: 'Bắt đầu học' }).click();

    await page.getByTestId('lesson-complete').click();
    await page.getByTestId('lesson-done').waitFor();
    await expect(page.getByTestId('lesson-course-completed').count()).resolves.toBe(1);
    await page.goto(`${suite.platform().url}/courses/${courseId}`);
    const history = page.getByTestId('completion-history-entry');
    await history.nth(1).waitFor();
    await expect(history.count()).resolves.toBe(2);
    await expect(history.nth(0).textContent()).resolves.toBe(`Hoàn thành ngày ${firstCompletion} (phiên bản 1)`);
    await expect(history.nth(1).textContent()).resolves.toMatch(/^Học lại, hoàn thành ngày \d\d\/\d\d\/\d{4} \(phiên bản 1\)$/);
    await expect(page.getByTestId('course-retaking').count()).resolves.toBe(0);
    await noSideScroll(page);

    await page.goto(suite.platform().url);
    const renewed = page.getByTestId('my-requirement').filter({ hasText: requirementTitle });
    await renewed.waitFor();
    await expect(renewed.getByTestId('my-requirement-state').textContent()).resolves.toBe('Đã hoàn thành');
    await expect(renewed.getByTestId('my-requirement-expiry').textContent()).resolves.toMatch(/^Có hiệu lực đến ngày \d\d\/\d\d\/\d{4}$/);
    await page.context().close();
  });
});
