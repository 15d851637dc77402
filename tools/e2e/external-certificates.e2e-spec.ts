import { usePlatformInChromium } from './support/platform-in-chromium';
import { newPhonePage, signInThroughPortal } from './support/portal-session';

describe('external certificates in the portal, on a phone', () => {
  const chromium = usePlatformInChromium();

  it("a learner submits one; the unit manager sees the evidence beside the check, rejects it only with a reason, and the learner reads why", async () => {
    const title = `Kỹ năng số ${Date.now()}`;
    const learner = await newPhonePage(chromium.browser());
    await signInThroughPortal(learner, chromium.platform().url, 'learner@demo.hocso.vn');
    await learner.goto(`${chromium.platform().url}/external-certificates`);
    await learner.getByTestId('external-title').fill(title);
    await learner.getByTestId('external-issuer').fill('Coursera');
    await learner.getByTestId('external-hours').fill('12');
    await learner.getByTestId('external-issued-on').fill('2026-05-01');
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
});
