import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { graphqlApi } from './support/graphql-api';
import { chooseInMainNavigation } from './support/main-navigation';
import { decodedMail, waitForMessage } from './support/outbox-files';
import { usePlatformInChromium } from './support/platform-in-chromium';
import { newPhonePage, signInThroughPortal, takeCspViolations } from './support/portal-session';

const PASSWORD = 'hoc-so-2026';
const mailDir = mkdtempSync(path.join(os.tmpdir(), 'hocso-organising-mail-'));

interface World {
  district: { id: string; code: string; name: string };
  commune: { id: string; code: string };
  courseTitle: string;
  requirementTitle: string;
  trainer: string;
  expert: string;
  villageHeads: Array<{ email: string; fullName: string }>;
  official: { email: string; fullName: string };
}

/**
 * Organising at phone width, in Vietnamese, with a district, people and a course of its own: a trainer gathers
 * the district's village heads into a cohort (a whole unit by audience, then one official found by name) and
 * holds a workshop; a village head registers; the trainer reads the attendee list and cancels the workshop, which
 * tells the registrant and refuses registration; the district's digital-transformation expert, who manages no unit,
 * reads the district's compliance and reminds its people.
 */
describe('cohorts, live sessions and experts in Chromium', () => {
  // People sign up and confirm their address from the demo outbox before an administrator places them.
  const suite = usePlatformInChromium({ MAIL_DIR: mailDir });
  afterAll(() => rmSync(mailDir, { recursive: true, force: true }));
  const api = graphqlApi(() => suite.platform().url);
  const tag = randomBytes(3).toString('hex');
  let world: World;

  const noSideScroll = async (page: Page) => expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);

  beforeAll(async () => {
    const admin = await api.tokenOf('admin@demo.hocso.vn');
    const unit = async (name: string, kind: string, parentId: string | null) => {
      const code = `TO-${tag}-${kind}`.toUpperCase();
      const { createOrgUnit } = await api.call<{ createOrgUnit: { id: string } }>('mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }', { input: { code, kind, name, parentId } }, admin);
      return { id: createOrgUnit.id, code, name };
    };
    const district = await unit(`Huyện Tổ Chức ${tag}`, 'DISTRICT', null);
    const commune = await unit(`Xã Tổ Chức ${tag}`, 'COMMUNE', district.id);
    const person = async (fullName: string, orgUnitId: string, audience: string) => {
      const email = `${fullName.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().replace(/\s+/g, '.')}.${tag}@gmail.com`;
      const { register } = await api.call<{ register: { accessToken: string } }>('mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }', { input: { fullName: `${fullName} ${tag}`, email, password: PASSWORD } });
      const token = /confirm-email\?token=([A-Za-z0-9_-]+)/.exec(decodedMail(await waitForMessage(mailDir, email)))?.[1];
      await api.call('mutation ($token: String!) { confirmEmail(token: $token) }', { token }, register.accessToken);
      const { users } = await api.call<{ users: { edges: Array<{ node: { id: string } }> } }>('query ($search: String) { users(search: $search, first: 1) { edges { node { id } } } }', { search: email }, admin);
      const id = users.edges[0]?.node.id as string;
      await api.call('mutation ($id: ID!, $input: UpdateMembershipInput!) { updateUserMembership(userId: $id, input: $input) { id } }', { id, input: { orgUnitId, audience } }, admin);
      return { id, email, fullName: `${fullName} ${tag}` };
    };
    const trainer = await person('Giảng Viên Tổ Chức', district.id, 'OFFICIAL');
    await api.call('mutation ($id: ID!) { grantRole(userId: $id, role: TRAINER) { id } }', { id: trainer.id }, admin);
    const expert = await person('Chuyên Gia Số', district.id, 'OFFICIAL');
    await api.call('mutation ($unit: ID!, $id: ID!) { setUnitExpert(orgUnitId: $unit, userId: $id) { id } }', { unit: district.id, id: expert.id }, admin);
    const villageHeads = [await person('Trưởng Ấp Một', commune.id, 'VILLAGE_HEAD'), await person('Trưởng Ấp Hai', commune.id, 'VILLAGE_HEAD')];
    const official = await person('Công Chức Xã', commune.id, 'OFFICIAL');

    const courseTitle = `Kỹ năng số cho trưởng ấp ${tag}`;
    const { createCourse } = await api.call<{ createCourse: { id: string } }>(
      'mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }',
      { input: { code: `KNS-${tag}`.toUpperCase(), title: courseTitle, summary: 'Dùng dịch vụ công trực tuyến và chữ ký số.', hours: 2 } },
      admin,
    );
    const { addModule } = await api.call<{ addModule: { id: string } }>('mutation ($input: AddModuleInput!) { addModule(input: $input) { id } }', { input: { courseId: createCourse.id, title: 'Dịch vụ công' } }, admin);
    await api.call('mutation ($input: AddLessonInput!) { addLesson(input: $input) { id } }', { input: { moduleId: addModule.id, kind: 'TEXT', title: 'Nộp hồ sơ trực tuyến', body: 'Đăng nhập Cổng dịch vụ công.' } }, admin);
    await api.call('mutation ($id: ID!) { submitCourseForReview(courseId: $id) { id } }', { id: createCourse.id }, admin);
    await api.call('mutation ($id: ID!) { publishCourse(courseId: $id) { id } }', { id: createCourse.id }, admin);
    const requirementTitle = `Trưởng ấp học kỹ năng số ${tag}`;
    await api.call(
      'mutation ($input: TrainingRequirementInput!) { createTrainingRequirement(input: $input) { id } }',
      { input: { title: requirementTitle, orgUnitId: district.id, audiences: ['VILLAGE_HEAD'], courseId: createCourse.id, dueAt: new Date(Date.now() + 60 * 86_400_000).toISOString() } },
      admin,
    );
    world = { district, commune, courseTitle, requirementTitle, trainer: trainer.email, expert: expert.email, villageHeads, official };
  });

  it('lets a trainer gather the district’s village heads and one official found by name into a cohort', async () => {
    const page = await newPhonePage(suite.browser(), 20_000);
    await signInThroughPortal(page, suite.platform().url, world.trainer, PASSWORD);
    await chooseInMainNavigation(page, 'nav-cohorts');
    await page.getByTestId('cohort-new').click();
    await page.getByTestId('cohort-name').fill(`Trưởng ấp ${world.district.name}`);
    // Without a unit the server names the field, in Vietnamese.
    await page.getByTestId('cohort-create').click();
    await page.getByTestId('form-error').waitFor();
    await page.getByRole('button', { name: 'Chọn đơn vị' }).click();
    await page.getByTestId('org-unit-picker-filter').fill(world.district.code);
    await page.locator(`[data-testid="org-unit-picker-match"][data-code="${world.district.code}"]`).click();
    await page.getByTestId('cohort-course-search').fill(world.courseTitle);
    await page.getByTestId('cohort-course').locator('option', { hasText: world.courseTitle }).waitFor({ state: 'attached' });
    await page.getByTestId('cohort-course').selectOption({ label: world.courseTitle });
    await page.getByTestId('cohort-starts').fill('2026-12-14');
    await noSideScroll(page);
    await page.getByTestId('cohort-create').click();
    await page.getByTestId('cohort-summary').waitFor();

    // Everyone of the commune who is a village head, then the official found by name, accents aside.
    const panel = page.getByTestId('cohort-add-members');
    await panel.getByRole('button', { name: 'Chọn đơn vị' }).click();
    await panel.getByTestId('org-unit-picker-filter').fill(world.district.code);
    await panel.locator(`[data-testid="org-unit-picker-match"][data-code="${world.district.code}"]`).click();
    await panel.getByLabel('Tổ trưởng thôn, ấp, khu phố').check();
    await panel.getByTestId('cohort-add-submit').click();
    // The requirement may have enrolled the village heads already: the cohort then makes no second enrollment.
    await expect(panel.getByTestId('cohort-add-outcome').textContent()).resolves.toMatch(/^Đã thêm 2 người, ghi danh [0-2] lượt vào khóa học\.$/);
    await panel.getByTestId('cohort-candidate-search').fill(`cong chuc xa ${tag}`);
    await panel.getByTestId('cohort-candidate-find').click();
    await panel.getByTestId('cohort-candidate').filter({ hasText: world.official.fullName }).getByTestId('cohort-candidate-pick').click();
    await panel.getByTestId('cohort-add-submit').click();
    await expect(panel.getByTestId('cohort-add-outcome').textContent()).resolves.toBe('Đã thêm 1 người, ghi danh 1 lượt vào khóa học.');
    await page.getByTestId('cohort-member').filter({ hasText: world.official.fullName }).waitFor();
    await expect(page.getByTestId('cohort-member').count()).resolves.toBe(3);
    await noSideScroll(page);
    expect(takeCspViolations()).toEqual([]);
    await page.context().close();
  });

  it('lets a trainer hold a workshop, read who registered, and cancel it, telling the registrant', async () => {
    const page = await newPhonePage(suite.browser(), 20_000);
    await signInThroughPortal(page, suite.platform().url, world.trainer, PASSWORD);
    await chooseInMainNavigation(page, 'nav-sessions');
    await page.getByTestId('session-new').click();
    const title = `Hội thảo dịch vụ công ${tag}`;
    await page.getByTestId('session-kind').selectOption('WORKSHOP');
    await page.getByTestId('session-title').fill(title);
    await page.getByTestId('session-starts').fill('2027-01-12T08:00');
    await page.getByTestId('session-ends').fill('2027-01-12T07:00');
    await page.getByTestId('session-capacity').fill('40');
    await page.getByTestId('session-hours').fill('3,5');
    await noSideScroll(page);
    await page.getByTestId('session-create').click();
    await page.getByTestId('form-error').filter({ hasText: 'Giờ kết thúc phải sau giờ bắt đầu' }).waitFor();
    await page.getByTestId('session-ends').fill('2027-01-12T11:30');
    await page.getByTestId('session-create').click();
    await page.getByTestId('form-error').filter({ hasText: 'Hãy nhập địa điểm hoặc đường dẫn trực tuyến' }).waitFor();
    await page.getByTestId('session-place').fill('Hội trường UBND huyện');
    await page.getByTestId('session-create').click();
    await page.getByRole('heading', { name: `Hội thảo: ${title}` }).waitFor();
    await expect(page.getByTestId('session-details').textContent()).resolves.toContain('08:00');
    const sessionId = page.url().split('/sessions/')[1] as string;

    const head = world.villageHeads[0] as { email: string; fullName: string };
    const headToken = await api.tokenOf(head.email, PASSWORD);
    await api.call('mutation ($id: ID!) { registerForLiveSession(sessionId: $id) { id } }', { id: sessionId }, headToken);
    await page.reload();
    const attendee = page.getByTestId('session-attendee').filter({ hasText: head.fullName });
    await expect(attendee.textContent()).resolves.toContain('Đã đăng ký');
    await expect(attendee.textContent()).resolves.toContain('Chưa');
    await noSideScroll(page);

    await page.getByTestId('session-cancel-open').click();
    await page.getByTestId('session-cancel-confirm').click();
    await page.getByTestId('form-error').filter({ hasText: 'Hãy nêu lý do hủy buổi học' }).waitFor();
    await page.getByTestId('session-cancel-reason').fill('Trùng lịch họp Huyện ủy');
    await page.getByTestId('session-cancel-confirm').click();
    await expect(page.getByTestId('session-cancelled').textContent()).resolves.toBe('Buổi học này đã bị hủy. Lý do: Trùng lịch họp Huyện ủy');
    await expect(page.getByTestId('session-screen').count()).resolves.toBe(0);
    await noSideScroll(page);

    const { myNotifications } = await api.call<{ myNotifications: Array<{ kind: string; body: string }> }>('{ myNotifications { kind body } }', {}, headToken);
    expect(myNotifications.find((notification) => notification.kind === 'live-session.cancelled')?.body).toContain('Trùng lịch họp Huyện ủy');
    const other = await api.tokenOf((world.villageHeads[1] as { email: string }).email, PASSWORD);
    await expect(api.call('mutation ($id: ID!) { registerForLiveSession(sessionId: $id) { id } }', { id: sessionId }, other)).rejects.toThrow('Buổi học này đã bị hủy');
    await page.context().close();
  });

  it('shows the district’s expert their unit’s compliance from the navigation and lets them remind its people', async () => {
    const page = await newPhonePage(suite.browser(), 20_000);
    await signInThroughPortal(page, suite.platform().url, world.expert, PASSWORD);
    await chooseInMainNavigation(page, 'nav-my-unit');
    await page.getByTestId('expert-requirement').selectOption({ label: world.requirementTitle });
    const report = page.getByTestId('expert-report');
    await report.getByRole('heading', { name: world.district.name }).waitFor();
    await expect(report.getByTestId('compliance-total').textContent()).resolves.toContain('0/2');
    await noSideScroll(page);
    await report.getByTestId('compliance-remind').click();
    await expect(report.getByTestId('compliance-remind-outcome').textContent()).resolves.toBe('Đã gửi thông báo nhắc nhở cho 2 người.');
    const head = await api.tokenOf((world.villageHeads[0] as { email: string }).email, PASSWORD);
    const { myNotifications } = await api.call<{ myNotifications: Array<{ kind: string }> }>('{ myNotifications { kind } }', {}, head);
    expect(myNotifications.map((notification) => notification.kind)).toContain('compliance.reminder');
    // The district's expert reads the district's subtree only: another top-level unit is refused.
    const expertToken = await api.tokenOf(world.expert, PASSWORD);
    const { orgUnits } = await api.call<{ orgUnits: Array<{ id: string }> }>('{ orgUnits { id } }');
    const elsewhere = orgUnits.find((unit) => unit.id !== world.district.id)?.id;
    await expect(api.call('query ($unit: ID) { complianceReport(orgUnitId: $unit) { total { required } } }', { unit: elsewhere }, expertToken)).rejects.toThrow('FORBIDDEN');
    await page.context().close();
  });
});
