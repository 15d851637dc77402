import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { graphqlApi } from './support/graphql-api';
import { chooseInMainNavigation } from './support/main-navigation';
import { usePlatformInChromium } from './support/platform-in-chromium';
import { DEMO_PASSWORD, newPhonePage, signInThroughPortal } from './support/portal-session';

/** The users page as administrators and unit managers use it, on a phone, in Vietnamese. */
describe('user administration in Chromium', () => {
  const suite = usePlatformInChromium();
  const api = graphqlApi(() => suite.platform().url);
  const newPage = () => newPhonePage(suite.browser());
  const openUsers = async (page: Page, email: string) => {
    await signInThroughPortal(page, suite.platform().url, email, DEMO_PASSWORD);
    await chooseInMainNavigation(page, 'nav-admin');
    await page.getByTestId('admin-nav-users').click();
  };
  const search = async (page: Page, text: string, status = 'ACTIVE') => {
    await page.getByTestId('users-search').fill(text);
    await page.getByTestId('users-status-filter').selectOption(status);
    await page.getByTestId('users-search-submit').click();
  };

  it('creates a person, finds "Nguyễn" typed without accents, corrects their details and exports the list', async () => {
    const tag = randomUUID().slice(0, 6);
    const page = await newPage();
    await openUsers(page, 'admin@demo.hocso.vn');
    await page.getByTestId('user-create').locator('summary').click();
    await page.getByTestId('create-user-fullname').fill(`Nguyễn Thị Thử ${tag}`);
    await page.getByTestId('create-user-email').fill(`thu.${tag}@bentre.gov.vn`);
    await page.getByTestId('create-user-submit').click();
    await page.getByTestId('create-user-form').getByRole('status').filter({ hasText: `Đã tạo tài khoản cho Nguyễn Thị Thử ${tag}` }).waitFor();

    await search(page, `nguyen thi thu ${tag}`);
    await expect(page.getByTestId('users-total').textContent()).resolves.toBe('1 người dùng');
    const card = page.getByTestId('user-card').filter({ hasText: `Nguyễn Thị Thử ${tag}` });
    await card.getByTestId('edit-details').click();
    await card.getByTestId('user-details-position').fill('Chuyên viên phòng Nội vụ');
    await card.getByTestId('user-details-email').fill('khong-phai-email');
    await card.getByTestId('user-details-submit').click();
    await expect(card.locator('.hs-field__error').first().textContent()).resolves.toContain('không phải là địa chỉ email hợp lệ');
    await card.getByTestId('user-details-email').fill(`thu.${tag}@bentre.gov.vn`);
    await card.getByTestId('user-details-submit').click();
    await card.getByRole('status').filter({ hasText: 'Đã lưu thông tin.' }).waitFor();
    await expect(card.locator('p.hs-muted').textContent()).resolves.toContain('Chuyên viên phòng Nội vụ');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('users-export').click()]);
    expect(download.suggestedFilename()).toBe('nguoi-dung.csv');
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const csv = await readFile(path, 'utf8');
    expect(csv.startsWith('\uFEFFfull_name,email,phone,org_unit_code,audience,position')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(2);
    expect(csv).toContain(`Nguyễn Thị Thử ${tag},thu.${tag}@bentre.gov.vn,`);
    await page.context().close();
  });

  it('deactivates a person after a confirmation: their open page is signed out, and they can sign in again once reactivated', async () => {
    const email = `khoa.${randomUUID().slice(0, 8)}@gmail.com`;
    await api.call('mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }', { input: { fullName: 'Trần Văn Khóa', email, password: 'hoc-so-2026' } });
    const person = await newPage();
    await signInThroughPortal(person, suite.platform().url, email, 'hoc-so-2026');

    const admin = await newPage();
    await openUsers(admin, 'admin@demo.hocso.vn');
    await search(admin, email);
    const card = admin.getByTestId('user-card').filter({ hasText: email });
    await card.getByTestId('user-deactivate').click();
    await card.getByText('Người này bị đăng xuất ngay trên mọi thiết bị').waitFor();
    await card.getByTestId('user-deactivate-confirm').click();
    await card.getByTestId('user-deactivated').waitFor();
    await expect(card.getByTestId('user-reactivate').count()).resolves.toBe(1);
    await expect(card.getByTestId('edit-details').count()).resolves.toBe(0);

    await person.reload();
    await person.getByTestId('nav-signin').waitFor({ state: 'attached' });
    await chooseInMainNavigation(person, 'nav-signin');
    await person.getByTestId('signin-email').fill(email);
    await person.getByTestId('signin-password').fill('hoc-so-2026');
    await person.getByTestId('signin-submit').click();
    await expect(person.getByTestId('form-error').textContent()).resolves.toContain('Tài khoản này đã bị khóa');

    await search(admin, email, 'DEACTIVATED');
    const deactivated = admin.getByTestId('user-card').filter({ hasText: email });
    await deactivated.getByTestId('user-reactivate').click();
    await deactivated.getByTestId('user-deactivate').waitFor();
    await expect(deactivated.getByTestId('user-deactivated').count()).resolves.toBe(0);
    await person.getByTestId('signin-submit').click();
    await person.getByTestId('current-user').waitFor();
    await person.context().close();
    await admin.context().close();
  });

  it('offers a unit manager only what they may do: no Admin to grant, no Learner to revoke, no top-level unit', async () => {
    const page = await newPage();
    await openUsers(page, 'manager@demo.hocso.vn');
    await search(page, 'learner@demo.hocso.vn');
    const card = page.getByTestId('user-card').filter({ hasText: 'learner@demo.hocso.vn' });
    await card.getByTestId('manage-roles').click();
    const options = await card.getByTestId('grant-role-select').locator('option').allTextContents();
    expect(options).toEqual(['Quản lý đơn vị']);
    await card.getByTestId('user-role-grant').first().waitFor();
    await expect(card.getByTestId('user-role-revoke').count()).resolves.toBe(0);
    await expect(card.getByTestId('user-deactivate').count()).resolves.toBe(1);
    await page.getByTestId('admin-nav-orgunits').click();
    await page.locator('.hs-tree__label').first().waitFor();
    await expect(page.getByTestId('org-unit-create-root').count()).resolves.toBe(0);
    await page.context().close();
  });
});
