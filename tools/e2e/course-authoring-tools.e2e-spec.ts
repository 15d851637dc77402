import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { chooseInMainNavigation } from './support/main-navigation';
import { fillNewCourseForm } from './support/new-course-form';
import { usePlatformInChromium } from './support/platform-in-chromium';
import { newPhonePage, signInThroughPortal } from './support/portal-session';

/**
 * A trainer's tools in Chromium at phone width, in Vietnamese: the live preview of a TEXT lesson (rendered and
 * sanitised as learners will see it: a script or an onerror handler never runs), prerequisites picked among
 * the published courses, and the review queue telling the administrator who sent the course and when.
 */
describe('course authoring tools in Chromium', () => {
  const suite = usePlatformInChromium();
  const tag = randomBytes(4).toString('hex').replace(/^\d/, 'k');
  const code = `CKS-${tag.toUpperCase()}`;
  const title = `Chữ ký số cho cán bộ ${tag}`;
  let courseId = '';
  const newPage = () => newPhonePage(suite.browser(), 20_000);
  const signIn = (page: Page, email: string) => signInThroughPortal(page, suite.platform().url, email);

  it('previews a lesson as learners will see it without running what it holds, and picks a prerequisite by its title', async () => {
    const page = await newPage();
    await signIn(page, 'trainer@demo.hocso.vn');
    await fillNewCourseForm(page, { code, title, summary: 'Chữ ký số là gì, dùng thế nào khi xử lý hồ sơ trực tuyến.', hours: '1,5' });

    await page.getByTestId('prerequisite-search').fill('chuyen doi so co ban');
    await page.locator('[data-testid="prerequisite-choice"][data-code="CDS-CO-BAN"]').click();
    await page.locator('[data-testid="prerequisite-chosen"][data-code="CDS-CO-BAN"]').waitFor();
    await page.getByTestId('course-save').click();
    const editor = page.getByTestId('course-editor');
    await editor.waitFor();
    courseId = (await editor.getAttribute('data-course-id')) ?? '';
    await editor.locator('[data-testid="prerequisite-chosen"][data-code="CDS-CO-BAN"]').waitFor();

    await page.getByTestId('module-add-title').fill('Nhập môn');
    await page.getByTestId('module-add-submit').click();
    const module = page.getByTestId('editor-module').first();
    await module.waitFor();
    if ((await module.getByTestId('lesson-add-form').count()) === 0) await module.getByTestId('lesson-add-open').click();
    await module.getByTestId('lesson-add-title').fill('Chữ ký số là gì?');
    await module
      .getByTestId('lesson-add-body')
      .fill('## Chữ ký số\n\nCó **giá trị pháp lý** như chữ ký tay.\n\n<script>window.hacked = 1</script><img src="/khong-co.png" onerror="window.hacked = 2">');
    const preview = module.getByTestId('lesson-add-preview');
    await preview.locator('strong', { hasText: 'giá trị pháp lý' }).waitFor();
    await expect(preview.locator('h2').textContent()).resolves.toBe('Chữ ký số');
    await expect(preview.locator('script').count()).resolves.toBe(0);
    await expect(preview.locator('[onerror]').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).resolves.toBeUndefined();
    await module.getByTestId('lesson-add-submit').click();
    await module.getByTestId('editor-lesson').first().waitFor();

    await page.getByTestId('course-submit-review').click();
    await page.locator('[data-testid="course-status"][data-status="IN_REVIEW"]').waitFor();
    await page.context().close();
  });

  it('shows the administrator who sent the course to review and when', async () => {
    const page = await newPage();
    await signIn(page, 'admin@demo.hocso.vn');
    await chooseInMainNavigation(page, 'nav-admin');
    await page.getByTestId('admin-nav-reviews').click();
    const item = page.locator(`[data-testid="review-item"][data-course-id="${courseId}"]`);
    await item.waitFor();
    await expect(item.getByTestId('review-submitted').textContent()).resolves.toMatch(/^Gửi duyệt bởi .+ lúc .*\d{4}/);
    await page.context().close();
  });
});
