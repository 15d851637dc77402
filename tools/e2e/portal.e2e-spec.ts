import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type MailJob, QUEUES } from '@hocso/contracts';
import { Queue } from 'bullmq';
import type { Page } from 'playwright-core';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { cspHeaderValue, PORTAL_CSP } from '../../apps/api/src/security/content-security-policy';
import { usePlatformInChromium } from './support/platform-in-chromium';
import { DEMO_PASSWORD, newPhonePage, signInThroughPortal } from './support/portal-session';
import { chooseInMainNavigation } from './support/main-navigation';

const screens = path.resolve('tmp/test-reports');

describe('portal in Chromium', () => {
  const suite = usePlatformInChromium();

  const newPage = () => newPhonePage(suite.browser());
  const signIn = (page: Page, email: string, password: string) => signInThroughPortal(page, suite.platform().url, email, password);

  it('serves the built portal under its Content-Security-Policy, with no inline script', async () => {
    const response = await fetch(`${suite.platform().url}/catalogue`, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-security-policy')).toBe(cspHeaderValue(PORTAL_CSP));
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      // A data block (the route preloads) is never run: it must hold JSON only.
      if (/\btype="application\/json"/.test(attributes)) {
        expect(attributes).not.toMatch(/\bsrc=/);
        expect(() => JSON.parse(body) as unknown).not.toThrow();
        continue;
      }
      expect(attributes).toMatch(/\bsrc="\/assets\/[^"]+\.js"/);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });

  it('signs up, signs out, signs in, sees the four tracks and signs out again', async () => {
    const page = await newPage();
    await page.goto(suite.platform().url);
    await page.getByTestId('track-card').nth(3).waitFor();
    const codes = await page.getByTestId('track-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-track-code')));
    expect(codes.sort()).toEqual(['leaders', 'officials', 'sme', 'village-heads']);

    const email = `nguoi.dan.${randomUUID().slice(0, 8)}@gmail.com`;
    await chooseInMainNavigation(page, 'nav-signup');
    await page.getByTestId('signup-fullname').fill('Nguyễn Thị Mai');
    await page.getByTestId('signup-email').fill(email);
    await page.getByTestId('signup-password').fill('hoc-so-2026');
    await page.getByTestId('signup-submit').click();
    await expect(page.getByTestId('current-user').textContent()).resolves.toContain('Nguyễn Thị Mai');

    await chooseInMainNavigation(page, 'nav-signout');
    await page.getByTestId('nav-signin').waitFor({ state: 'attached' });

    await signIn(page, email, 'hoc-so-2026');
    await expect(page.getByTestId('current-user').textContent()).resolves.toContain('Nguyễn Thị Mai');
    await page.getByTestId('track-card').nth(3).waitFor();
    await expect(page.getByTestId('track-card').count()).resolves.toBe(4);
    await expect(page.getByTestId('nav-admin').count()).resolves.toBe(0);

    await chooseInMainNavigation(page, 'nav-signout');
    await page.getByTestId('nav-signin').waitFor({ state: 'attached' });
    await page.context().close();
  });

  it('keeps the header of an administrator inside a phone screen, with every entry and sign-out in the menu', async () => {
    const page = await newPage();
    await signIn(page, 'admin@demo.hocso.vn', DEMO_PASSWORD);
    const overflow = () => page.evaluate(() => ({ page: document.documentElement.scrollWidth, header: document.querySelector('header')?.scrollWidth ?? 0 }));
    await expect(overflow()).resolves.toEqual({ page: 390, header: 390 });
    await expect(page.getByTestId('nav-signout').isVisible()).resolves.toBe(false);
    const toggle = page.getByTestId('nav-menu-toggle');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    for (const entry of ['nav-courses', 'nav-my-learning', 'nav-admin', 'nav-question-banks', 'nav-signout']) {
      await expect(page.getByTestId(entry).isVisible()).resolves.toBe(true);
    }
    await expect(overflow()).resolves.toEqual({ page: 390, header: 390 });
    await mkdir(screens, { recursive: true });
    await page.screenshot({ path: path.join(screens, 'header-menu-390x844.png') });
    await page.getByTestId('nav-courses').click();
    await page.waitForURL(/\/courses$/);
    await expect(page.getByTestId('nav-signout').isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('asks a new account to confirm its email, and confirms it from the mailed link once its owner has signed in', async () => {
    const page = await newPage();
    await page.goto(suite.platform().url);
    const email = `xac.nhan.${randomUUID().slice(0, 8)}@gmail.com`;
    await chooseInMainNavigation(page, 'nav-signup');
    await page.getByTestId('signup-audience').waitFor();
    const audiences = await page.getByTestId('signup-audience').locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(audiences).toEqual(['CITIZEN', 'SME']);
    await page.getByTestId('signup-fullname').fill('Phạm Văn Xác');
    await page.getByTestId('signup-email').fill(email);
    await page.getByTestId('signup-password').fill('hoc-so-2026');
    await page.getByTestId('signup-submit').click();
    await expect(page.getByTestId('email-confirmation-notice').textContent()).resolves.toContain(email);

    // The worker sent the link (to its log, without SMTP); the mail job keeps its text.
    const queue = new Queue<MailJob>(QUEUES.mail, { connection: { url: process.env['REDIS_URL'] }, prefix: process.env['QUEUE_PREFIX'] });
    const jobs = await queue.getJobs(['completed', 'waiting', 'active', 'delayed']);
    await queue.close();
    const link = /\/confirm-email\?token=[\w-]{43}/.exec(jobs.find((job) => job.data.to === email)?.data.text ?? '')?.[0];
    expect(link).toBeDefined();

    // Opened on another device, the link first asks to sign in, then confirms.
    const other = await newPage();
    await other.goto(`${suite.platform().url}${link}`);
    await other.getByTestId('signin-email').fill(email);
    await other.getByTestId('signin-password').fill('hoc-so-2026');
    await other.getByTestId('signin-submit').click();
    await other.getByTestId('confirm-email-done').waitFor();
    await expect(other.getByTestId('email-confirmation-notice').count()).resolves.toBe(0);
    await other.goto(suite.platform().url);
    await other.getByTestId('current-user').waitFor();
    await expect(other.getByTestId('email-confirmation-notice').count()).resolves.toBe(0);
    await other.context().close();
    await page.context().close();
  });

  it("lets a unit manager set a person's audience in their unit from the users page", async () => {
    const page = await newPage();
    await signIn(page, 'manager@demo.hocso.vn', DEMO_PASSWORD);
    await chooseInMainNavigation(page, 'nav-admin');
    await page.getByTestId('admin-nav-users').click();
    await page.getByTestId('users-search').fill('learner@demo.hocso.vn');
    await page.getByTestId('users-search-submit').click();
    const card = page.getByTestId('user-card').filter({ hasText: 'learner@demo.hocso.vn' });
    await card.getByTestId('manage-membership').click();
    for (const audience of ['LEADER', 'OFFICIAL']) {
      await card.getByTestId('membership-audience').selectOption(audience);
      await card.getByTestId('membership-submit').click();
      await card.getByRole('status').filter({ hasText: 'Đã lưu đơn vị và đối tượng.' }).waitFor();
      await expect(card.locator('p.hs-muted').textContent()).resolves.toContain(audience === 'LEADER' ? 'Lãnh đạo' : 'Cán bộ');
    }
    await page.context().close();
  });

  it('offers a unit manager no change of the org tree and only the unit manager role to grant, which is all the server lets them do; an administrator everything', async () => {
    const manager = await newPage();
    await signIn(manager, 'manager@demo.hocso.vn', DEMO_PASSWORD);
    await chooseInMainNavigation(manager, 'nav-admin');
    await manager.getByTestId('admin-nav-orgunits').click();
    await manager.locator('.hs-tree__label', { hasText: 'Tỉnh Bến Tre' }).first().click();
    const details = manager.getByTestId('org-unit-details');
    await details.waitFor();
    await expect(details.locator('form').count()).resolves.toBe(0);
    await expect(details.getByTestId('org-unit-delete').count()).resolves.toBe(0);
    await expect(manager.getByTestId('org-unit-create-root').count()).resolves.toBe(0);

    await manager.getByTestId('admin-nav-users').click();
    await manager.getByTestId('users-search').fill('learner@demo.hocso.vn');
    await manager.getByTestId('users-search-submit').click();
    const card = manager.getByTestId('user-card').filter({ hasText: 'learner@demo.hocso.vn' });
    await card.getByTestId('manage-membership').waitFor();
    // A unit manager may make someone of their subtree a unit manager of it, nothing more: no Admin, no Learner to revoke.
    await card.getByTestId('manage-roles').click();
    await expect(card.getByTestId('grant-role-select').locator('option').allTextContents()).resolves.toEqual(['Quản lý đơn vị']);
    await expect(card.getByTestId('user-role-revoke').count()).resolves.toBe(0);
    await manager.context().close();

    const admin = await newPage();
    await signIn(admin, 'admin@demo.hocso.vn', DEMO_PASSWORD);
    await chooseInMainNavigation(admin, 'nav-admin');
    await admin.getByTestId('admin-nav-orgunits').click();
    await admin.getByTestId('org-unit-create-root').waitFor();
    await admin.locator('.hs-tree__label', { hasText: 'Tỉnh Bến Tre' }).first().click();
    await admin.getByTestId('org-unit-details').getByTestId('org-unit-delete').waitFor();
    await admin.getByTestId('admin-nav-users').click();
    await admin.getByTestId('users-search').fill('learner@demo.hocso.vn');
    await admin.getByTestId('users-search-submit').click();
    await admin.getByTestId('user-card').filter({ hasText: 'learner@demo.hocso.vn' }).getByTestId('manage-roles').waitFor();
    await admin.context().close();
  });

  it('shows a clear error for a wrong password', async () => {
    const page = await newPage();
    await page.goto(suite.platform().url);
    await chooseInMainNavigation(page, 'nav-signin');
    await page.getByTestId('signin-email').fill('admin@demo.hocso.vn');
    await page.getByTestId('signin-password').fill('sai-mat-khau-1');
    await page.getByTestId('signin-submit').click();
    await expect(page.getByTestId('form-error').textContent()).resolves.toMatch(/\S/);
    await page.context().close();
  });

  it('lets an admin import 1,000 officials and watch the progress bar reach 100 %', async () => {
    const page = await newPage();
    await page.goto(suite.platform().url);
    await signIn(page, 'admin@demo.hocso.vn', DEMO_PASSWORD);
    await chooseInMainNavigation(page, 'nav-admin');
    await page.getByTestId('admin-nav-imports').click();

    const tag = randomUUID().slice(0, 6);
    const rows = Array.from({ length: 1000 }, (_, i) =>
      i === 10
        ? `Sai Email,khong-phai-email,,BT-CHAUTHANH-TANTHACH,OFFICIAL,`
        : i === 20
          ? `Sai Don Vi,sai.${tag}@bentre.gov.vn,,KHONG-CO,OFFICIAL,`
          : `Cán Bộ ${i},can.bo.${i}.${tag}@bentre.gov.vn,09${String(10000000 + i)},BT-CHAUTHANH-TANTHACH,OFFICIAL,Chuyên viên`,
    );
    const csv = `\uFEFFfull_name,email,phone,org_unit_code,audience,position\n${rows.join('\n')}\n`;
    await page.getByTestId('import-file').setInputFiles({ name: 'can-bo-chau-thanh.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByTestId('import-submit').click();
    // The dry run first: what would happen, nothing written yet, and the rejected rows as a file to correct.
    await expect(page.getByTestId('import-preview-counts').textContent()).resolves.toBe('1.000 dòng: 998 tạo mới, 0 cập nhật, 2 bị từ chối.');
    await expect(page.getByTestId('import-preview-rejected-row').allTextContents()).resolves.toHaveLength(2);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-preview-download-rejected').click()]);
    const { readFile } = await import('node:fs/promises');
    const rejectedCsv = await readFile(await download.path(), 'utf8');
    expect(rejectedCsv.startsWith('\uFEFFfull_name,email,phone,org_unit_code,audience,position,rejection_reason\r\n')).toBe(true);
    expect(rejectedCsv).toContain('Sai Email,khong-phai-email,,BT-CHAUTHANH-TANTHACH,OFFICIAL,,"Cột email:');
    await page.getByTestId('import-confirm').click();

    const progress = page.getByTestId('import-progress');
    await progress.waitFor();
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if ((await page.getByTestId('import-status').getAttribute('data-status')) === 'COMPLETED') break;
      await page.waitForTimeout(50);
    }
    await expect(page.getByTestId('import-status').getAttribute('data-status')).resolves.toBe('COMPLETED');
    await expect(progress.getAttribute('aria-valuenow')).resolves.toBe('100');
    const rejected = await page.getByTestId('import-rejected-row').allTextContents();
    expect(rejected).toHaveLength(2);
    expect(rejected[0]).toContain('12');
    expect(rejected[1]).toContain('KHONG-CO');
    await page.context().close();
  });

  it('pages through the rejected rows of an import: the first 100, then the rest on request', async () => {
    const page = await newPage();
    await page.goto(suite.platform().url);
    await signIn(page, 'admin@demo.hocso.vn', DEMO_PASSWORD);
    await chooseInMainNavigation(page, 'nav-admin');
    await page.getByTestId('admin-nav-imports').click();
    const rows = Array.from({ length: 150 }, (_, i) => `Sai Email ${i},khong-phai-email-${i},,BT-CHAUTHANH-TANTHACH,OFFICIAL,`);
    const csv = `full_name,email,phone,org_unit_code,audience,position\n${rows.join('\n')}\n`;
    await page.getByTestId('import-file').setInputFiles({ name: 'sai-het.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByTestId('import-submit').click();
    // Every row is rejected: the preview offers no import, only another file.
    await expect(page.getByTestId('import-preview-counts').textContent()).resolves.toBe('150 dòng: 0 tạo mới, 0 cập nhật, 150 bị từ chối.');
    await expect(page.getByTestId('import-confirm').count()).resolves.toBe(0);
    await page.getByTestId('import-preview-cancel').click();
    const valid = `Đúng Một,dung.${randomUUID().slice(0, 6)}@bentre.gov.vn,,BT-CHAUTHANH-TANTHACH,OFFICIAL,`;
    await page.getByTestId('import-file').setInputFiles({ name: 'sai-het.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csv}${valid}\n`, 'utf8') });
    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-confirm').click();
    await page.locator('[data-testid="import-status"][data-status="COMPLETED"]').waitFor({ timeout: 60_000 });
    await page.getByTestId('import-rejected-more').waitFor();
    await expect(page.getByTestId('import-rejected-row').count()).resolves.toBe(100);
    await expect(page.getByTestId('import-rejected-shown').textContent()).resolves.toContain('100');
    await page.getByTestId('import-rejected-more').click();
    await page.getByTestId('import-rejected-row').nth(149).waitFor();
    await expect(page.getByTestId('import-rejected-row').count()).resolves.toBe(150);
    await expect(page.getByTestId('import-rejected-more').count()).resolves.toBe(0);
    await expect(page.getByTestId('import-rejected-row').last().textContent()).resolves.toContain('151');
    await page.getByTestId('import-download-rejected').waitFor();
    await page.context().close();
  });
});
