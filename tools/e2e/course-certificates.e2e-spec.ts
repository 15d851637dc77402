import { createDataSource } from '@hocso/server-core';
import type { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { usePlatformInChromium } from './support/platform-in-chromium';
import { newPhonePage, signInThroughPortal } from './support/portal-session';

const COMPLETIONS = 12;

describe("a course's certificates page in the portal (Chromium at 390×844)", () => {
  // The ordinary reconciler stays out of the way: the completions below are for the bulk job to issue.
  const suite = usePlatformInChromium({ CERTIFICATE_RECONCILE_INTERVAL_MS: '3600000' });
  let db: DataSource;
  let courseId: string;

  beforeAll(async () => {
    db = createDataSource({ DATABASE_URL: process.env['DATABASE_URL'] as string, DATABASE_POOL_SIZE: 2 });
    await db.initialize();
    // Completions from before certificates existed: no outbox rows, so only the bulk job issues for them.
    const code = `CERT-${randomUUID().slice(0, 8)}`;
    const [course] = (await db.query(`INSERT INTO course (code, title, summary, status, hours) VALUES ($1, 'Văn bản điện tử và chữ ký số', 'Khóa học thử', 'PUBLISHED', 4) RETURNING id`, [
      code,
    ])) as Array<{ id: string }>;
    courseId = course!.id;
    const [version] = (await db.query(`INSERT INTO course_version (course_id, version, snapshot, lesson_ids, required_lesson_ids) VALUES ($1, 1, '{"modules":[]}', '{}', '{}') RETURNING id`, [
      courseId,
    ])) as Array<{ id: string }>;
    await db.query(
      `WITH people AS (
         INSERT INTO app_user (full_name, email, audience)
         SELECT 'Võ Thị Hòa ' || i, lower($3) || '.' || i || '@bentre.gov.vn', 'OFFICIAL' FROM generate_series(1, $4) AS i RETURNING id
       )
       INSERT INTO enrollment (user_id, course_id, course_version_id, status, progress, completed_at)
       SELECT id, $1, $2, 'COMPLETED', 1, now() - interval '1 year' FROM people`,
      [courseId, version!.id, code, COMPLETIONS],
    );
  });
  afterAll(() => db?.destroy());

  it('lets an administrator issue for the completions and watch the progress bar fill, then lists the certificates and offers the ZIP', async () => {
    const page = await newPhonePage(suite.browser(), 30_000);
    await signInThroughPortal(page, suite.platform().url, 'admin@demo.hocso.vn');
    await page.goto(`${suite.platform().url}/teach/courses/${courseId}/certificates`);
    await page.getByRole('heading', { level: 1, name: 'Chứng chỉ của khóa học: Văn bản điện tử và chữ ký số' }).waitFor();
    await expect(page.getByTestId('course-certificates').textContent()).resolves.toContain('Khóa học chưa có chứng chỉ nào.');

    await page.getByRole('button', { name: 'Cấp cho các lượt hoàn thành chưa có chứng chỉ' }).click();
    const bar = page.getByRole('progressbar', { name: 'Tiến độ tác vụ chứng chỉ' });
    await bar.waitFor();
    await expect(bar.getAttribute('aria-valuemax')).resolves.toBe(String(COMPLETIONS));
    // While it runs, a second start is not offered.
    await page.locator('[data-testid="certificate-batch"][data-state="COMPLETED"]').waitFor({ timeout: 120_000 });
    await expect(page.getByRole('progressbar', { name: 'Tiến độ tác vụ chứng chỉ' }).getAttribute('aria-valuenow')).resolves.toBe(String(COMPLETIONS));
    await expect(page.getByTestId('certificate-batch-status').textContent()).resolves.toBe(`Đã xong · Xong ${COMPLETIONS}, lỗi 0 trên tổng số ${COMPLETIONS}`);
    await page.getByText(`${COMPLETIONS} chứng chỉ`).waitFor();
    await expect(page.getByTestId('course-certificate-row').count()).resolves.toBe(COMPLETIONS);
    await expect(page.getByTestId('issue-course-certificates').isEnabled()).resolves.toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // The ZIP link carries the file cookie: the browser's own request gets the archive.
    const href = await page.getByTestId('course-certificates-zip').getAttribute('href');
    expect(href).toBe(`/files/courses/${courseId}/certificates.zip`);
    const zip = await page.request.get(`${suite.platform().url}${href}`);
    expect(zip.status()).toBe(200);
    expect(zip.headers()['content-type']).toBe('application/zip');
    expect((await zip.body()).subarray(0, 2).toString()).toBe('PK');
    expect(await db.query(`SELECT count(*)::int AS n FROM certificate WHERE course_id = $1 AND status = 'ACTIVE'`, [courseId])).toEqual([{ n: COMPLETIONS }]);
    await page.context().close();
  });
});
