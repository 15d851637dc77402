import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { Client } from 'pg';
import { graphqlApi } from './support/graphql-api';
import { decodedMail, waitForMessage } from './support/outbox-files';
import { usePlatformInChromium } from './support/platform-in-chromium';
import { newPhonePage, signInThroughPortal } from './support/portal-session';

const PASSWORD = 'hoc-so-2026';
const COURSE = 'Chuyển đổi số cơ bản';
const mailDir = mkdtempSync(path.join(os.tmpdir(), 'hocso-renewal-mail-'));

/**
 * Recurring requirements and their renewal window at phone width, in Vietnamese, on a district of the suite's own:
 * an administrator sets a yearly requirement with a 30-day renewal window in the portal's form (the window's field
 * shows only once a recurrence is given) and reads both in the list; an official who completed the course eleven
 * months ago sees on their home page that it is to be renewed, by when; and the calendar link of a session reminder
 * saves the session's calendar file.
 */
describe('the renewal window of recurring requirements, and a session reminder\'s calendar link, in Chromium', () => {
  const suite = usePlatformInChromium({ MAIL_DIR: mailDir });
  afterAll(() => rmSync(mailDir, { recursive: true, force: true }));
  const api = graphqlApi(() => suite.platform().url);
  const tag = randomBytes(3).toString('hex');
  const title = `Cập nhật kỹ năng số hằng năm ${tag}`;
  const official = { fullName: `Trần Văn Hậu ${tag}`, email: `hau.${tag}@example.vn` };
  let district: { id: string; code: string };
  let officialId: string;
  let expiry: string;

  const noSideScroll = async (page: Page) => expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);

  beforeAll(async () => {
    const admin = await api.tokenOf('admin@demo.hocso.vn');
    const code = `GH-${tag}`.toUpperCase();
    const { createOrgUnit } = await api.call<{ createOrgUnit: { id: string } }>(
      'mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }',
      { input: { code, kind: 'DISTRICT', name: `Huyện Học Lại ${tag}`, parentId: null } },
      admin,
    );
    district = { id: createOrgUnit.id, code };
    const { register } = await api.call<{ register: { accessToken: string; user: { id: string } } }>(
      'mutation ($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }',
      { input: { fullName: official.fullName, email: official.email, password: PASSWORD } },
    );
    const token = /confirm-email\?token=([\w-]+)/.exec(decodedMail(await waitForMessage(mailDir, official.email)))?.[1];
    await api.call('mutation ($token: String!) { confirmEmail(token: $token) }', { token }, register.accessToken);
    officialId = register.user.id;
    await api.call('mutation ($id: ID!, $input: UpdateMembershipInput!) { updateUserMembership(userId: $id, input: $input) { id } }', { id: officialId, input: { orgUnitId: district.id, audience: 'OFFICIAL' } }, admin);
    // Completed eleven months ago: a yearly completion expires in about a month, inside a 30-day window soon enough.
    const db = new Client({ connectionString: process.env['DATABASE_URL'] });
    await db.connect();
    try {
      const [row] = (
        await db.query(
          `INSERT INTO enrollment (user_id, course_id, course_version_id, status, progress, completed_at)
           SELECT $1, id, live_version_id, 'COMPLETED', 1, now() - interval '12 months' + interval '20 days' FROM course WHERE title = $2 AND status = 'PUBLISHED'
           ON CONFLICT ON CONSTRAINT enrollment_user_course_key DO UPDATE SET status = 'COMPLETED', progress = 1, completed_at = EXCLUDED.completed_at
           RETURNING to_char((completed_at + interval '12 months') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY') AS expiry`,
          [officialId, COURSE],
        )
      ).rows as Array<{ expiry: string }>;
      expiry = row?.expiry ?? '';
    } finally {
      await db.end();
    }
  });

  it('lets an administrator set a yearly requirement with a renewal window, which the official then sees as to be renewed', async () => {
    const page = await newPhonePage(suite.browser(), 20_000);
    await signInThroughPortal(page, suite.platform().url, 'admin@demo.hocso.vn');
    await page.goto(`${suite.platform().url}/admin/compliance`);
    const form = page.getByTestId('create-requirement-form');
    await form.getByLabel('Tên yêu cầu').fill(title);
    await form.getByRole('button', { name: 'Chọn đơn vị' }).click();
    await form.getByTestId('org-unit-picker-filter').fill(district.code);
    await form.locator(`[data-testid="org-unit-picker-match"][data-code="${district.code}"]`).click();
    await form.getByLabel('Cán bộ, công chức, viên chức').check();
    await form.getByLabel('Khóa học', { exact: true }).selectOption({ label: COURSE });
    await form.getByLabel('Hạn hoàn thành').fill(`${new Date().getUTCFullYear() + 1}-03-31`);
    // The window belongs to a recurrence: its field shows once one is given.
    await expect(form.getByTestId('renewal-window-days').count()).resolves.toBe(0);
    await form.getByLabel('Lặp lại sau bao nhiêu tháng (không bắt buộc)').fill('12');
    const window = form.getByTestId('renewal-window-days');
    await window.fill('400');
    await form.getByText('Từ ngày đó đến khi kết quả hết hiệu lực, người đã hoàn thành được nhắc học lại').waitFor();
    await noSideScroll(page);
    await form.getByRole('button', { name: 'Thêm yêu cầu' }).click();
    await form.getByText('Cửa sổ học lại phải từ 0 đến 365 ngày', { exact: false }).first().waitFor();
    await window.fill('30');
    await form.getByRole('button', { name: 'Thêm yêu cầu' }).click();
    const row = page.getByTestId('requirement-row').filter({ hasText: title });
    await row.getByText('Mỗi 12 tháng, học lại trong 30 ngày trước khi hết hiệu lực').waitFor();
    await noSideScroll(page);
    await page.context().close();

    const home = await newPhonePage(suite.browser(), 20_000);
    await signInThroughPortal(home, suite.platform().url, official.email, PASSWORD);
    const mine = home.getByTestId('my-requirement').filter({ hasText: title });
    await expect(mine.getByTestId('my-requirement-state').textContent()).resolves.toBe('Cần học lại');
    await expect(mine.getByTestId('my-requirement-expiry').textContent()).resolves.toBe(`Hãy học lại trước ngày ${expiry}, khi kết quả hết hiệu lực`);
    await noSideScroll(home);
    await home.context().close();
  });

  it('saves a session\'s calendar file from the link its reminders carry', async () => {
    const admin = await api.tokenOf('admin@demo.hocso.vn');
    const startsAt = new Date(Date.now() + 20 * 3_600_000);
    const sessionTitle = `Tập huấn học lại ${tag}`;
    const { createLiveSession } = await api.call<{ createLiveSession: { id: string } }>(
      'mutation ($input: CreateLiveSessionInput!) { createLiveSession(input: $input) { id } }',
      { input: { kind: 'TRAINING', title: sessionTitle, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(), place: 'Hội trường huyện', capacity: 20, creditedHours: 2 } },
      admin,
    );
    await api.call('mutation ($id: ID!) { registerForLiveSession(sessionId: $id) { id } }', { id: createLiveSession.id }, await api.tokenOf(official.email, PASSWORD));

    const page = await newPhonePage(suite.browser(), 20_000);
    await signInThroughPortal(page, suite.platform().url, official.email, PASSWORD);
    const download = page.waitForEvent('download');
    await page.goto(`${suite.platform().url}/sessions/${createLiveSession.id}?calendar=ics`);
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${sessionTitle}.ics`);
    const calendar = readFileSync((await file.path()) as string, 'utf8');
    expect(calendar).toContain(`DTSTART:${startsAt.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`);
    await page.getByTestId('session-details').waitFor();
    expect(new URL(page.url()).search).toBe('');
    await page.context().close();
  });
});
