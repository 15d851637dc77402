import type { Locator, Page } from 'playwright-core';
import { usePlatformInChromium } from './support/platform-in-chromium';
import { newPhonePage, signInThroughPortal } from './support/portal-session';

/**
 * What a learner meets first, in Chromium at phone width and in Vietnamese: the home page's search box,
 * featured and newest courses with their covers, an official's mandatory courses and "Tiếp tục học"; the
 * course page's authors, hours, learners and date; and a video lesson whose video cannot load.
 */
describe('the learner home page and course page in Chromium', () => {
  const suite = usePlatformInChromium();
  const newPage = () => newPhonePage(suite.browser(), 20_000);
  const home = () => suite.platform().url;

  /** A cover is an image sized before it loads and fetched as it scrolls in, or a neutral placeholder. */
  async function expectSizedCover(card: Locator): Promise<void> {
    const image = card.getByTestId('course-cover');
    if ((await image.count()) === 0) {
      await expect(card.getByTestId('course-cover-placeholder').getAttribute('aria-hidden')).resolves.toBe('true');
      return;
    }
    await expect(image.getAttribute('width')).resolves.toBe('640');
    await expect(image.getAttribute('height')).resolves.toBe('360');
    await expect(image.getAttribute('loading')).resolves.toBe('lazy');
    await expect(image.getAttribute('alt')).resolves.toMatch(/^Ảnh bìa khóa học “.+”$/);
  }

  async function openCourse(page: Page, search: string, title: string): Promise<void> {
    await page.goto(home());
    await page.getByTestId('home-search-input').fill(search);
    await page.getByTestId('home-search-submit').click();
    await page.waitForURL((url) => url.pathname === '/courses' && url.searchParams.get('q') === search);
    await page.getByTestId('course-card-link').filter({ hasText: title }).click();
    await page.getByTestId('course-page').waitFor();
  }

  it('opens the catalogue with the query typed on the home page, and shows featured and newest courses as cards', async () => {
    const page = await newPage();
    await page.goto(home());
    await page.getByTestId('home-search-input').fill('chuyen doi so');
    await page.getByTestId('home-search-submit').click();
    await page.waitForURL((url) => url.pathname === '/courses' && url.searchParams.get('q') === 'chuyen doi so');
    await expect(page.getByTestId('catalogue-search').inputValue()).resolves.toBe('chuyen doi so');
    await page.getByTestId('course-card').filter({ hasText: 'Chuyển đổi số cơ bản' }).waitFor();

    await page.goto(home());
    const newest = page.getByTestId('home-newest-course');
    await newest.first().waitFor();
    await expect(page.getByRole('heading', { name: 'Khóa học mới' }).isVisible()).resolves.toBe(true);
    expect(await newest.count()).toBeGreaterThan(0);
    for (const card of await newest.all()) await expectSizedCover(card);
    for (const card of await page.getByTestId('home-featured-course').all()) await expectSizedCover(card);
    // Nobody signed in: nothing to continue, no mandatory track.
    await expect(page.getByTestId('home-continue').count()).resolves.toBe(0);
    await expect(page.getByTestId('home-my-track').count()).resolves.toBe(0);
  });

  it("shows an official their track's mandatory courses with their status and takes them back where they left off", async () => {
    const page = await newPage();
    await signInThroughPortal(page, home(), 'learner@demo.hocso.vn');
    const myTrack = page.getByTestId('home-my-track');
    await myTrack.waitFor();
    await expect(myTrack.getByRole('heading').textContent()).resolves.toMatch(/^Khóa học bắt buộc của lộ trình /);
    const mandatory = myTrack.getByTestId('home-mandatory-course');
    await mandatory.first().waitFor();
    const states = await mandatory.evaluateAll((items) => items.map((item) => item.getAttribute('data-state')));
    expect(states.length).toBeGreaterThan(0);
    expect(states.every((state) => ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED'].includes(state ?? ''))).toBe(true);

    await openCourse(page, 'chuyen doi so co ban', 'Chuyển đổi số cơ bản');
    const facts = page.getByTestId('course-facts');
    await expect(facts.getByTestId('course-authors').textContent()).resolves.toMatch(/\S/);
    await expect(facts.getByTestId('course-study-hours').textContent()).resolves.toMatch(/^\d+(,\d+)? giờ học$/);
    await expect(facts.getByTestId('course-learner-count').textContent()).resolves.toMatch(/^[\d.]+ người đã ghi danh$/);
    await expect(facts.getByTestId('course-last-updated').textContent()).resolves.toMatch(/^\d{1,2} tháng \d{1,2}, \d{4}$/);
    if ((await page.getByTestId('course-enroll').count()) > 0) await page.getByTestId('course-enroll').click();
    await page.getByTestId('course-continue').waitFor();
    const lessonPath = new URL((await page.getByTestId('course-continue').getAttribute('href')) ?? '', home()).pathname;

    await page.goto(home());
    const resume = page.getByTestId('home-continue');
    await resume.waitFor();
    await expect(resume.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Tiếp tục học');
    await expect(resume.getByTestId('home-continue-link').getAttribute('href')).resolves.toBe(lessonPath);
    await resume.getByTestId('home-continue-link').click();
    await page.waitForURL((url) => url.pathname === lessonPath);
  });

  it('says clearly when a lesson video cannot load, and keeps the transcript and a link to the video', async () => {
    const page = await newPage();
    await signInThroughPortal(page, home(), 'citizen@demo.hocso.vn');
    await openCourse(page, 'chuyen doi so co ban', 'Chuyển đổi số cơ bản');
    if ((await page.getByTestId('course-enroll').count()) > 0) await page.getByTestId('course-enroll').click();
    await page.getByTestId('course-lesson-link').filter({ hasText: 'Giới thiệu ứng dụng VNeID' }).click();
    const video = page.getByTestId('lesson-video');
    // The demo videos' host does not answer here, as a blocked network would not.
    await expect(video.getByTestId('lesson-video-failed').textContent()).resolves.toBe(
      'Không tải được video. Bạn vẫn có thể đọc bản ghi lời bên dưới, hoặc mở video ở nơi khác.',
    );
    await expect(video.getByTestId('lesson-transcript').textContent()).resolves.toContain('ứng dụng VNeID');
    await expect(video.getByTestId('lesson-video-link').getAttribute('href')).resolves.toBe('https://video.hocso.vn/khoa-hoc/cds-co-ban/02-gioi-thieu-vneid.mp4');
  });
});
