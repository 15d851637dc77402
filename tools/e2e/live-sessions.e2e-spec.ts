import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ICAL from 'ical.js';
import { graphqlApi } from './support/graphql-api';
import { chooseInMainNavigation } from './support/main-navigation';
import { usePlatformInChromium } from './support/platform-in-chromium';
import { newPhonePage, signInThroughPortal, takeCspViolations } from './support/portal-session';

const run = promisify(execFile);

/**
 * Live sessions and cohorts at phone width, in Vietnamese: the demo trainer gathers the demo learner's commune
 * into a cohort and holds a training; the learner registers, downloads its calendar file and checks in by the
 * QR code of the trainer's screen (read from a screenshot, as a phone's camera would); the trainer follows the
 * cohort's progress.
 */
describe('live sessions and cohorts in Chromium', () => {
  const suite = usePlatformInChromium();
  const api = graphqlApi(() => suite.platform().url);
  const suffix = randomBytes(3).toString('hex');

  it('registers, downloads the .ics, checks in by the rotating QR code, and shows the cohort’s progress', async () => {
    const trainer = await api.tokenOf('trainer@demo.hocso.vn');
    const learner = await api.tokenOf('learner@demo.hocso.vn');
    const { me } = await api.call<{ me: { id: string; orgUnit: { id: string } } }>('{ me { id orgUnit { id } } }', {}, learner);
    const { courses } = await api.call<{ courses: { edges: Array<{ node: { id: string } }> } }>('{ courses(first: 1) { edges { node { id } } } }', {}, trainer);
    const { createCohort } = await api.call<{ createCohort: { id: string } }>(
      'mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }',
      { input: { name: `Cán bộ Xã Tân Thạch ${suffix}`, orgUnitId: me.orgUnit.id, courseId: courses.edges[0]?.node.id, startsOn: '2026-12-07' } },
      trainer,
    );
    await api.call('mutation ($id: ID!, $input: AddCohortMembersInput!) { addCohortMembers(cohortId: $id, input: $input) { added } }', { id: createCohort.id, input: { userIds: [me.id] } }, trainer);
    const title = `Tập huấn chữ ký số ${suffix}`;
    const { createLiveSession } = await api.call<{ createLiveSession: { id: string } }>(
      'mutation ($input: CreateLiveSessionInput!) { createLiveSession(input: $input) { id } }',
      {
        input: {
          kind: 'TRAINING',
          title,
          startsAt: new Date(Date.now() - 600_000).toISOString(),
          endsAt: new Date(Date.now() + 3_600_000).toISOString(),
          place: 'Hội trường UBND xã, tầng 2',
          capacity: 30,
          creditedHours: 2.5,
          cohortId: createCohort.id,
        },
      },
      trainer,
    );
    const sessionId = createLiveSession.id;

    const page = await newPhonePage(suite.browser(), 20_000);
    await signInThroughPortal(page, suite.platform().url, 'learner@demo.hocso.vn');
    await chooseInMainNavigation(page, 'nav-sessions');
    await page.getByTestId('session-card').filter({ hasText: title }).getByRole('link').click();
    await page.getByRole('heading', { name: `Tập huấn: ${title}` }).waitFor();
    await page.getByTestId('session-register').click();
    await expect(page.getByTestId('session-standing').textContent()).resolves.toBe('Đã đăng ký');
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('session-calendar').click()]);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(await readFile((await download.path()) ?? '', 'utf8'))).getFirstSubcomponent('vevent') as ICAL.Component);
    expect(event.summary).toBe(`Tập huấn: ${title}`);
    expect(event.location).toBe('Hội trường UBND xã, tầng 2');

    // A code typed wrong is refused in Vietnamese.
    await page.getByTestId('session-check-in').click();
    await page.getByTestId('check-in-code').fill('000000');
    await page.getByTestId('check-in-submit').click();
    await page.getByText('Mã điểm danh không đúng hoặc đã hết hạn').first().waitFor();

    const screen = await newPhonePage(suite.browser(), 20_000);
    await signInThroughPortal(screen, suite.platform().url, 'trainer@demo.hocso.vn');
    await screen.goto(`${suite.platform().url}/sessions/${sessionId}`);
    await screen.getByTestId('session-screen').click();
    const qr = screen.getByTestId('check-in-qr');
    await qr.waitFor();
    const shownCode = (await qr.getAttribute('data-code')) ?? '';
    await expect(screen.getByTestId('check-in-screen-code').textContent()).resolves.toBe(`${shownCode.slice(0, 3)} ${shownCode.slice(3)}`);
    const picture = join(tmpdir(), `check-in-${suffix}.png`);
    await writeFile(picture, await qr.screenshot());
    const { stdout } = await run('zbarimg', ['-q', '--raw', picture]);
    await rm(picture, { force: true });
    const scanned = stdout.trim();
    expect(scanned).toBe(`${suite.platform().url}/sessions/${sessionId}/check-in?code=${shownCode}`);

    // The phone's camera opens the address of the QR code: the check-in is made at once.
    await page.goto(scanned);
    await expect(page.getByTestId('check-in-done').textContent()).resolves.toBe('Bạn đã điểm danh. 2,5 giờ được tính vào số giờ học của bạn.');
    // The screen asks for the next code by itself and counts the attendee.
    await expect(screen.getByTestId('check-in-screen-count').textContent()).resolves.toMatch(/người đã điểm danh/);
    await screen.reload();
    await expect(screen.getByTestId('check-in-screen-count').textContent()).resolves.toBe('1/1 người đã điểm danh');

    await chooseInMainNavigation(screen, 'nav-cohorts');
    await screen.getByTestId('cohort-card').filter({ hasText: `Cán bộ Xã Tân Thạch ${suffix}` }).getByRole('link').click();
    await screen.getByTestId('cohort-member').first().waitFor();
    await expect(screen.getByTestId('cohort-completed').textContent()).resolves.toMatch(/^\d+\/1 người đã hoàn thành$/);
    await expect(screen.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    expect(takeCspViolations()).toEqual([]);
    await screen.context().close();
    await page.context().close();
  });
  it('lets the organiser move a session from its page, and tells the registrant in the app', async () => {
    const trainer = await api.tokenOf('trainer@demo.hocso.vn');
    const learner = await api.tokenOf('learner@demo.hocso.vn');
    const title = `Hội thảo dịch vụ công ${suffix}`;
    const day = 86_400_000;
    const { createLiveSession } = await api.call<{ createLiveSession: { id: string } }>(
      'mutation ($input: CreateLiveSessionInput!) { createLiveSession(input: $input) { id } }',
      { input: { kind: 'WORKSHOP', title, startsAt: new Date(Date.now() + 2 * day).toISOString(), endsAt: new Date(Date.now() + 2 * day + 7_200_000).toISOString(), place: 'Hội trường huyện', capacity: 50, creditedHours: 2 } },
      trainer,
    );
    const sessionId = createLiveSession.id;
    await api.call('mutation ($id: ID!) { registerForLiveSession(sessionId: $id) { id } }', { id: sessionId }, learner);

    const page = await newPhonePage(suite.browser(), 20_000);
    await signInThroughPortal(page, suite.platform().url, 'trainer@demo.hocso.vn');
    await page.goto(`${suite.platform().url}/sessions/${sessionId}`);
    await page.getByTestId('session-reschedule-open').click();
    const form = page.getByTestId('session-reschedule-form');
    // Prefilled with the session's present time and place, in Vietnam's time.
    await expect(form.getByTestId('session-reschedule-place').inputValue()).resolves.toBe('Hội trường huyện');
    await form.getByTestId('session-reschedule-starts').fill('2027-01-15T08:00');
    await form.getByTestId('session-reschedule-ends').fill('2027-01-15T07:00');
    await form.getByTestId('session-reschedule-confirm').click();
    await form.locator('.hs-field__error', { hasText: 'Giờ kết thúc phải sau giờ bắt đầu' }).waitFor();
    await form.getByTestId('session-reschedule-ends').fill('2027-01-15T11:30');
    await form.getByTestId('session-reschedule-place').fill('Hội trường UBND xã Tân Thạch');
    await form.getByTestId('session-reschedule-confirm').click();
    await page.getByText('Đã đổi lịch; người đã đăng ký đã được thông báo.').waitFor();
    await page.getByText('Hội trường UBND xã Tân Thạch').first().waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);

    const { myNotifications } = await api.call<{ myNotifications: Array<{ kind: string; title: string; body: string; params: string }> }>('{ myNotifications(first: 20) { kind title body params } }', {}, learner);
    const told = myNotifications.find((notification) => notification.kind === 'live-session.rescheduled' && JSON.parse(notification.params).sessionId === sessionId);
    expect(told?.title).toBe(`Buổi học đã đổi lịch: ${title}`);
    expect(told?.body).toContain('08:00 15/01/2027');
    expect(takeCspViolations()).toEqual([]);
    await page.context().close();
  });
});
