import { randomBytes } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { usePlatformInChromium } from './support/platform-in-chromium';
import { newPhonePage, signInThroughPortal } from './support/portal-session';
import { chooseInMainNavigation } from './support/main-navigation';
import { fillNewCourseForm } from './support/new-course-form';

/**
 * The course journey in Chromium at phone width: a trainer writes a course (TEXT, VIDEO, TEXT), reorders a
 * lesson by keyboard and submits it; an administrator reviews the diff and publishes it; a learner finds
 * it with an unaccented search, enrols, completes the three lessons and sees 100 % and COMPLETED; the trainer
 * adds and removes a co-author and revises a lesson, and the administrator's diff shows only that change.
 */
describe('courses in Chromium', () => {
  const suite = usePlatformInChromium();
  const tag = randomBytes(4).toString('hex').replace(/^\d/, 'k');
  const code = `BMDL-${tag.toUpperCase()}`;
  const title = `Bảo mật dữ liệu cá nhân ${tag}`;
  let courseId = '';


  const newPage = () => newPhonePage(suite.browser(), 20_000);
  const signIn = (page: Page, email: string) => signInThroughPortal(page, suite.platform().url, email);

  function graphqlResponse(page: Page, operationName: string) {
    return page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes(`"operationName":"${operationName}"`));
  }

  async function lessonIds(module: Locator): Promise<string[]> {
    return module.getByTestId('editor-lesson').evaluateAll((items) => items.map((item) => item.getAttribute('data-lesson-id') ?? ''));
  }

  async function addLesson(page: Page, module: Locator, kind: 'TEXT' | 'VIDEO', fields: Record<string, string>, expectedCount: number): Promise<void> {
    if ((await module.getByTestId('lesson-add-form').count()) === 0) await module.getByTestId('lesson-add-open').click();
    await module.getByTestId('lesson-add-kind').selectOption(kind);
    for (const [testId, value] of Object.entries(fields)) await module.getByTestId(testId).fill(value);
    const added = graphqlResponse(page, 'AddLesson');
    await module.getByTestId('lesson-add-submit').click();
    await added;
    await module.getByTestId('editor-lesson').nth(expectedCount - 1).waitFor();
    await expect(module.getByTestId('editor-lesson').count()).resolves.toBe(expectedCount);
  }

  it('lets a trainer write a course with three lessons and submit it for review', async () => {
    const page = await newPage();
    await signIn(page, 'trainer@demo.hocso.vn');
    await fillNewCourseForm(page, {
      code,
      title,
      summary: 'Nhận diện dữ liệu cá nhân, quyền của chủ thể dữ liệu và cách bảo vệ dữ liệu khi làm việc trên môi trường số.',
      hours: '2,5',
    });
    await page.locator('[data-testid="course-track-choice"][data-track-code="officials"] [data-testid="course-track-selected"]').check();
    await page.locator('[data-testid="course-track-choice"][data-track-code="officials"] [data-testid="course-track-mandatory"]').check();
    await page.getByTestId('course-save').click();

    const editor = page.getByTestId('course-editor');
    await editor.waitFor();
    courseId = (await editor.getAttribute('data-course-id')) ?? '';
    expect(courseId).toMatch(/^[0-9a-f-]{36}$/);
    // The mandatory mark, which creating alone does not take, was saved with the course.
    await editor.locator('[data-testid="course-track-choice"][data-track-code="officials"] [data-testid="course-track-mandatory"]:checked').waitFor();
    await expect(page.getByTestId('course-status').getAttribute('data-status')).resolves.toBe('DRAFT');

    await page.getByTestId('module-add-title').fill('Nhập môn bảo vệ dữ liệu');
    await page.getByTestId('module-add-submit').click();
    const module = page.getByTestId('editor-module').first();
    await module.waitFor();

    await addLesson(page, module, 'TEXT', {
      'lesson-add-title': 'Dữ liệu cá nhân là gì?',
      'lesson-add-body': '# Dữ liệu cá nhân\n\nLà thông tin gắn với **một con người cụ thể**.\n\n- Họ tên\n- Số định danh\n\n<script>window.hacked = true</script>',
    }, 1);
    await addLesson(page, module, 'VIDEO', {
      'lesson-add-title': 'Video: mật khẩu mạnh',
      'lesson-add-video-url': 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'lesson-add-transcript': 'Xin chào. Hôm nay chúng ta học cách đặt mật khẩu mạnh.',
    }, 2);
    await addLesson(page, module, 'TEXT', {
      'lesson-add-title': 'Tổng kết',
      'lesson-add-body': 'Luôn **sao lưu** và **mã hóa** dữ liệu quan trọng.',
    }, 3);
    const original = await lessonIds(module);

    // Keyboard reordering: Alt+ArrowUp on the focused last lesson, announced, saved; then back down.
    const last = module.getByTestId('editor-lesson').nth(2);
    await last.focus();
    let moved = graphqlResponse(page, 'MoveLesson');
    await page.keyboard.press('Alt+ArrowUp');
    await moved;
    await expect(page.getByTestId('reorder-announcement').textContent()).resolves.toContain('2');
    await expect(lessonIds(module)).resolves.toEqual([original[0], original[2], original[1]]);
    moved = graphqlResponse(page, 'MoveLesson');
    await page.keyboard.press('Alt+ArrowDown');
    await moved;
    await page.waitForFunction(
      (expected) => [...document.querySelectorAll('[data-testid="editor-lesson"]')].map((item) => item.getAttribute('data-lesson-id')).join() === expected,
      original.join(),
    );

    await expect(page.getByTestId('course-author-add').count()).resolves.toBe(1);
    await page.getByTestId('course-submit-review').click();
    await page.locator('[data-testid="course-status"][data-status="IN_REVIEW"]').waitFor();

    // In review the author is offered nothing the server would refuse: no second submission, no change of
    // authors, and no publishing (an administrator's decision), here or in the review queue.
    await page.getByTestId('course-author-add').waitFor({ state: 'detached' });
    await expect(page.getByTestId('course-submit-review').count()).resolves.toBe(0);
    await expect(page.getByTestId('course-archive').count()).resolves.toBe(1);
    await expect(page.getByTestId('review-publish').count()).resolves.toBe(0);
    await page.goto(`${suite.platform().url}/admin/reviews`);
    await page.getByTestId('current-user').waitFor();
    await page.waitForLoadState('networkidle');
    await expect(page.getByTestId('review-item').count()).resolves.toBe(0);
    await expect(page.getByTestId('review-publish').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('lets an administrator see what is new and publish it', async () => {
    const page = await newPage();
    await signIn(page, 'admin@demo.hocso.vn');
    await chooseInMainNavigation(page, 'nav-admin');
    await page.getByTestId('admin-nav-reviews').click();
    const item = page.locator(`[data-testid="review-item"][data-course-id="${courseId}"]`);
    await item.waitFor();
    await item.getByTestId('review-diff').waitFor();
    await expect(item.getByTestId('review-diff').getAttribute('data-first-version')).resolves.toBe('true');
    await expect(item.getByTestId('diff-lesson').count()).resolves.toBe(3);
    await item.getByTestId('review-publish').click();
    await page.getByTestId('review-decided').waitFor();
    await item.waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('lets a learner find it without accents, enrol, complete every lesson and see 100 % in My learning', async () => {
    const page = await newPage();
    await signIn(page, 'learner@demo.hocso.vn');
    await chooseInMainNavigation(page, 'nav-courses');
    await page.getByTestId('catalogue-search').fill(`bao mat du lieu ${tag}`);
    await page.getByTestId('catalogue-search-submit').click();
    const card = page.locator(`[data-testid="course-card"][data-course-id="${courseId}"]`);
    await card.getByTestId('course-mandatory').waitFor();
    await expect(card.getByTestId('course-mandatory').count()).resolves.toBe(1);
    await card.getByTestId('course-card-link').click();

    await page.getByTestId('course-enroll').click();
    await page.getByTestId('course-continue').click();

    const kinds = ['TEXT', 'VIDEO', 'TEXT'];
    for (const [index, kind] of kinds.entries()) {
      const player = page.locator(`[data-testid="lesson-player"][data-lesson-kind="${kind}"]`);
      await player.waitFor();
      if (index === 0) {
        await expect(page.getByTestId('lesson-text').locator('strong').textContent()).resolves.toBe('một con người cụ thể');
        await expect(page.getByTestId('lesson-text').locator('script').count()).resolves.toBe(0);
        await expect(page.evaluate(() => (window as unknown as { hacked?: boolean }).hacked)).resolves.toBeUndefined();
      }
      if (kind === 'VIDEO') {
        await expect(page.getByTestId('lesson-video-iframe').getAttribute('src')).resolves.toContain('/embed/dQw4w9WgXcQ');
        await expect(page.getByTestId('lesson-transcript').textContent()).resolves.toContain('mật khẩu mạnh');
      }
      const lessonId = await page.getByTestId('lesson-player').getAttribute('data-lesson-id');
      await page.getByTestId('lesson-complete').click();
      await page.getByTestId('lesson-done').waitFor();
      if (index < kinds.length - 1) {
        await page.getByTestId('lesson-next').click();
        await page.waitForFunction((previous) => document.querySelector('[data-testid="lesson-player"]')?.getAttribute('data-lesson-id') !== previous, lessonId);
      }
    }
    await page.getByTestId('lesson-course-completed').waitFor();
    await expect(page.getByTestId('lesson-progress').getAttribute('aria-valuenow')).resolves.toBe('100');

    await chooseInMainNavigation(page, 'nav-my-learning');
    const enrollment = page.locator(`[data-testid="enrollment-card"][data-course-id="${courseId}"]`);
    await enrollment.waitFor();
    await enrollment.locator('[data-testid="enrollment-status"][data-status="COMPLETED"]').waitFor();
    await expect(enrollment.getByTestId('enrollment-progress').getAttribute('aria-valuenow')).resolves.toBe('100');
    await page.context().close();
  });

  it('lets the trainer add and remove a co-author, revise a lesson, and the administrator review only that change', async () => {
    const page = await newPage();
    await signIn(page, 'trainer@demo.hocso.vn');
    await page.goto(`${suite.platform().url}/teach/courses/${courseId}/edit`);
    await page.getByTestId('course-editor').waitFor();

    await page.getByTestId('course-author-email').fill('admin@demo.hocso.vn');
    await page.getByTestId('course-author-add').click();
    const coAuthor = page.locator('[data-testid="course-author"][data-email="admin@demo.hocso.vn"]');
    await coAuthor.waitFor();
    const removed = graphqlResponse(page, 'RemoveCourseAuthor');
    await coAuthor.getByTestId('course-author-remove').click();
    await removed;
    await coAuthor.waitFor({ state: 'detached' });
    await expect(page.getByTestId('course-author').count()).resolves.toBe(1);
    await expect(page.getByTestId('course-author-remove').count()).resolves.toBe(0);

    const lesson = page.getByTestId('editor-lesson').nth(2);
    await lesson.getByTestId('lesson-edit').click();
    await lesson.getByTestId('lesson-edit-body').fill('Luôn **sao lưu** và **mã hóa** dữ liệu quan trọng.\nĐổi mật khẩu mỗi năm.');
    const saved = graphqlResponse(page, 'UpdateLesson');
    await lesson.getByTestId('lesson-edit-submit').click();
    await saved;
    await page.locator('[data-testid="course-status"][data-revision-status="DRAFT"]').waitFor();
    await page.getByTestId('course-submit-review').click();
    await page.locator('[data-testid="course-status"][data-revision-status="IN_REVIEW"]').waitFor();
    await page.context().close();

    const review = await newPage();
    await signIn(review, 'admin@demo.hocso.vn');
    await chooseInMainNavigation(review, 'nav-admin');
    await review.getByTestId('admin-nav-reviews').click();
    const item = review.locator(`[data-testid="review-item"][data-course-id="${courseId}"]`);
    await item.getByTestId('review-diff').waitFor();
    await expect(item.getByTestId('review-diff').getAttribute('data-first-version')).resolves.toBe('false');
    const changed = item.locator('[data-testid="diff-lesson"][data-status="changed"]');
    await expect(changed.count()).resolves.toBe(1);
    await expect(changed.locator('.hs-text-diff__line--added').textContent()).resolves.toContain('Đổi mật khẩu mỗi năm.');
    await item.getByTestId('review-publish').click();
    await item.waitFor({ state: 'detached' });
    await review.context().close();
  });

  it('opens a track from the home page with its courses in order and their mandatory marks', async () => {
    const page = await newPage();
    await page.goto(suite.platform().url);
    await page.locator('[data-testid="track-card"][data-track-code="officials"] [data-testid="track-card-link"]').click();
    await page.locator('[data-testid="track-page"][data-track-code="officials"]').waitFor();
    await page.getByTestId('track-course').first().waitFor();
    const courseIds = await page.getByTestId('track-course').evaluateAll((items) => items.map((item) => item.querySelector('[data-course-id]')?.getAttribute('data-course-id')));
    expect(courseIds).toContain(courseId);
    await expect(page.locator(`[data-testid="track-course"][data-mandatory="true"] [data-course-id="${courseId}"]`).count()).resolves.toBe(1);
    await page.context().close();
  });
});
