import { usePlatformInChromium } from './support/platform-in-chromium';
import type { Page } from 'playwright-core';
import { newPhonePage, signInThroughPortal } from './support/portal-session';

/** Signs the learner in and fills the submission form's fields but the evidence. */
async function startSubmission(page: Page, baseUrl: string, fields: { title: string; issuer: string; hours: string; issuedOn: string }): Promise<void> {
  await signInThroughPortal(page, baseUrl, 'learner@demo.hocso.vn');
  await page.goto(`${baseUrl}/external-certificates`);
  await page.getByTestId('external-title').fill(fields.title);
  await page.getByTestId('external-issuer').fill(fields.issuer);
  await page.getByTestId('external-hours').fill(fields.hours);
  await page.getByTestId('external-issued-on').fill(fields.issuedOn);
}

/** A real 1×1 PNG. */
const ONE_PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('external certificates in the portal, on a phone', () => {
  const chromium = usePlatformInChromium();

  it("a learner submits one; the unit manager sees the evidence beside the check, rejects it only with a reason, and the learner reads why", async () => {
    const title = `Kỹ năng số ${Date.now()}`;
    const learner = await newPhonePage(chromium.browser());
    await startSubmission(learner, chromium.platform().url, { title, issuer: 'Coursera', hours: '12', issuedOn: '2026-05-01' });
    await learner.getByTestId('external-credential-json').fill('{"không phải": JSON');
    await learner.getByTestId('external-submit').click();
    await learner.getByText('Nội dung không phải JSON hợp lệ', { exact: false }).first().waitFor();
    await learner.getByTestId('external-credential-json').fill('');
    await learner.getByTestId('external-evidence-url').fill('https://coursera.org/verify/ABC123');
    await learner.getByTestId('external-submit').click();
    await learner.getByTestId('my-external-certificates').getByText(title).waitFor();
    await expect(learner.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);

    const manager = await newPhonePage(chromium.browser());
    await signInThroughPortal(manager, chromium.platform().url, 'manager@demo.hocso.vn');
    await manager.goto(`${chromium.platform().url}/admin/external-certificates`);
    const item = manager.getByTestId('external-review-item').filter({ hasText: title });
    await item.waitFor();
    await expect(item.textContent()).resolves.toContain('https://coursera.org/verify/ABC123');
    await expect(item.textContent()).resolves.toContain('Không có chứng chỉ số để kiểm tra');
    await item.getByTestId('external-reject').click();
    await item.getByText('Cần ghi lý do từ chối', { exact: false }).first().waitFor();
    await item.getByTestId('external-review-reason').fill('Minh chứng không mở được');
    await item.getByTestId('external-reject').click();
    await item.waitFor({ state: 'detached' });

    await learner.reload();
    const mine = learner.getByTestId('my-external-certificates').locator('li').filter({ hasText: title });
    await expect(mine.textContent()).resolves.toContain('Bị từ chối');
    await expect(mine.textContent()).resolves.toContain('Minh chứng không mở được');
    await learner.context().close();
    await manager.context().close();
  });

  it('a learner uploads a photo as the evidence (a disguised file is refused first); the manager sees it inline beside the check', async () => {
    const title = `Tin học văn phòng ${Date.now()}`;
    const learner = await newPhonePage(chromium.browser());
    await startSubmission(learner, chromium.platform().url, { title, issuer: 'Trung tâm Tin học tỉnh', hours: '20', issuedOn: '2026-04-01' });
    await learner.getByTestId('external-evidence-file').setInputFiles({ name: 'anh-chung-chi.png', mimeType: 'image/png', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
    await expect(learner.getByTestId('external-evidence-file-error').textContent()).resolves.toBe(
      'Tệp minh chứng phải là PDF, JPEG hoặc PNG thật (đuôi .pdf, .jpg, .jpeg, .png và nội dung đúng loại đó)',
    );
    await learner.getByTestId('external-evidence-file').setInputFiles({ name: 'ảnh chứng chỉ.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG });
    await expect(learner.getByTestId('external-evidence-file-current').textContent()).resolves.toBe('Đã tải lên: ảnh chứng chỉ.png');
    await learner.getByTestId('external-submit').click();
    const mine = learner.getByTestId('my-external-certificates').locator('li').filter({ hasText: title });
    await mine.getByTestId('external-evidence-link').waitFor();
    await expect(learner.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);

    const manager = await newPhonePage(chromium.browser());
    await signInThroughPortal(manager, chromium.platform().url, 'manager@demo.hocso.vn');
    await manager.goto(`${chromium.platform().url}/admin/external-certificates`);
    const item = manager.getByTestId('external-review-item').filter({ hasText: title });
    await item.waitFor();
    const image = item.getByRole('img', { name: 'Ảnh minh chứng: ảnh chứng chỉ.png' });
    await image.waitFor();
    // Loaded through the file cookie: the browser decoded a real image.
    await expect(image.evaluate((element) => new Promise<number>((resolve) => {
      const img = element as HTMLImageElement;
      if (img.complete) resolve(img.naturalWidth);
      else img.addEventListener('load', () => resolve(img.naturalWidth), { once: true });
    }))).resolves.toBe(1);
    await expect(item.textContent()).resolves.toContain('Không có chứng chỉ số để kiểm tra');
    await learner.context().close();
    await manager.context().close();
  });
});
