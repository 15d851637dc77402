import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { chooseInMainNavigation } from './support/main-navigation';
import { fillNewCourseForm } from './support/new-course-form';
import { usePlatformInChromium } from './support/platform-in-chromium';
import { newPhonePage, signInThroughPortal } from './support/portal-session';

/**
 * A course's cover in Chromium at phone width, in Vietnamese: the trainer's disguised file is refused in
 * words, a real photo becomes the cover, and once an administrator publishes the course the catalogue shows
 * it sized before it loads, fetched lazily, with an alt naming the course.
 */
describe('course cover images in Chromium', () => {
  const suite = usePlatformInChromium();
  const tag = randomBytes(4).toString('hex').replace(/^\d/, 'k');
  const title = `Ảnh bìa cho khóa học ${tag}`;
  let courseId = '';
  let coverUrl = '';
  const newPage = () => newPhonePage(suite.browser(), 20_000);
  const signIn = (page: Page, email: string) => signInThroughPortal(page, suite.platform().url, email);

  it('refuses a disguised file and takes a photo as the cover of a new course', async () => {
    const page = await newPage();
    await signIn(page, 'trainer@demo.hocso.vn');
    await fillNewCourseForm(page, { code: `BIA-${tag.toUpperCase()}`, title, summary: 'Khóa học kiểm tra ảnh bìa trên điện thoại.', hours: '1' });
    await page.getByTestId('course-save').click();
    const editor = page.getByTestId('course-editor');
    await editor.waitFor();
    courseId = (await editor.getAttribute('data-course-id')) ?? '';

    const input = page.getByTestId('course-cover-upload');
    await input.setInputFiles({ name: 'anh-bia.png', mimeType: 'image/png', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
    await expect(page.getByTestId('course-cover-upload-error').textContent()).resolves.toBe(
      'Ảnh bìa phải là ảnh JPEG, PNG hoặc WebP (nội dung tệp được kiểm tra, không chỉ tên tệp)',
    );
    await expect(page.getByTestId('course-cover-field').getByTestId('course-cover').count()).resolves.toBe(0);

    const photo = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: { r: 30, g: 140, b: 90 } } }).jpeg().toBuffer();
    await input.setInputFiles({ name: 'anh-bia.jpg', mimeType: 'image/jpeg', buffer: photo });
    const preview = page.getByTestId('course-cover-field').getByTestId('course-cover');
    await preview.waitFor();
    coverUrl = (await preview.getAttribute('src')) ?? '';
    expect(coverUrl).toMatch(new RegExp(`^/files/course-covers/${courseId}/[0-9a-f]{32}\\.webp$`));

    await page.getByTestId('module-add-title').fill('Nhập môn');
    await page.getByTestId('module-add-submit').click();
    const module = page.getByTestId('editor-module').first();
    await module.waitFor();
    if ((await module.getByTestId('lesson-add-form').count()) === 0) await module.getByTestId('lesson-add-open').click();
    await module.getByTestId('lesson-add-title').fill('Bài mở đầu');
    await module.getByTestId('lesson-add-body').fill('Nội dung bài mở đầu.');
    await module.getByTestId('lesson-add-submit').click();
    await module.getByTestId('editor-lesson').first().waitFor();
    await page.getByTestId('course-submit-review').click();
    await page.locator('[data-testid="course-status"][data-status="IN_REVIEW"]').waitFor();
    await page.context().close();
  });

  it('shows the cover on the catalogue once an administrator publishes the course', async () => {
    const admin = await newPage();
    await signIn(admin, 'admin@demo.hocso.vn');
    await chooseInMainNavigation(admin, 'nav-admin');
    await admin.getByTestId('admin-nav-reviews').click();
    const item = admin.locator(`[data-testid="review-item"][data-course-id="${courseId}"]`);
    await item.getByTestId('review-publish').click();
    await admin.getByTestId('review-decided').waitFor();
    await admin.context().close();

    const page = await newPage();
    await page.goto(`${suite.platform().url}/courses?q=${encodeURIComponent(`anh bia cho khoa hoc ${tag}`)}`);
    const card = page.locator(`[data-testid="course-card"][data-course-id="${courseId}"]`);
    const image = card.getByTestId('course-cover');
    await image.waitFor();
    await expect(image.getAttribute('src')).resolves.toBe(coverUrl);
    await expect(image.getAttribute('width')).resolves.toBe('640');
    await expect(image.getAttribute('height')).resolves.toBe('360');
    // The first card's cover is the largest thing of the first screen: fetched at once and before the others.
    await expect(image.getAttribute('loading')).resolves.toBe('eager');
    await expect(image.getAttribute('fetchpriority')).resolves.toBe('high');
    await expect(image.getAttribute('alt')).resolves.toBe(`Ảnh bìa khóa học “${title}”`);
    await image.scrollIntoViewIfNeeded();
    await page.waitForFunction((element) => (element as HTMLImageElement).complete && (element as HTMLImageElement).naturalWidth > 0, await image.elementHandle());
    await expect(image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).resolves.toBe(800);
    await page.context().close();
  });
});
