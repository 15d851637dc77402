import { execFileSync } from 'node:child_process';
import { randomInt, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { decodedMail, waitForMessage } from './support/outbox-files';
import { usePlatformInChromium } from './support/platform-in-chromium';
import { graphqlApi } from './support/graphql-api';
import { chooseInMainNavigation } from './support/main-navigation';
import { newPhonePage, signInThroughPortal } from './support/portal-session';

const outbox = mkdtempSync(path.join(os.tmpdir(), 'hocso-outbox-'));
const mailDir = path.join(outbox, 'mail');
const smsDir = path.join(outbox, 'sms');

/** A mobile number nobody else in the run uses: as typed, and as the SMS file names it. */
function newMobile(): { typed: string; international: string; e164: string } {
  const digits = String(randomInt(0, 10_000_000)).padStart(7, '0');
  return { typed: `098 ${digits.slice(0, 3)} ${digits.slice(3)}`, international: `+84 98 ${digits}`, e164: `+8498${digits}` };
}

describe('accounts by phone or email in Chromium (390×844, Vietnamese), mail and SMS read from the demo outbox', () => {
  const suite = usePlatformInChromium({ MAIL_DIR: mailDir, SMS_DIR: smsDir });
  afterAll(() => rmSync(outbox, { recursive: true, force: true }));
  const url = () => suite.platform().url;

  async function signUp(page: Page, fullName: string, identifier: string, password: string): Promise<void> {
    await page.goto(url());
    await chooseInMainNavigation(page, 'nav-signup');
    await page.getByTestId('signup-fullname').fill(fullName);
    await page.getByTestId('signup-email').fill(identifier);
    await page.getByTestId('signup-password').fill(password);
    await page.getByTestId('signup-submit').click();
    await expect(page.getByTestId('current-user').textContent()).resolves.toContain(fullName);
  }

  it('signs up with a phone, signs in with another spelling of it, resets a forgotten password with the SMS code, and the other device is signed out', async () => {
    const phone = newMobile();
    const laptop = await newPhonePage(suite.browser());
    await signUp(laptop, 'Trần Thị Lan', phone.typed, 'hoc-so-2026');
    await expect(laptop.getByTestId('email-confirmation-notice').count()).resolves.toBe(0);

    const page = await newPhonePage(suite.browser());
    await page.goto(url());
    await chooseInMainNavigation(page, 'nav-signin');
    await page.getByLabel('Email hoặc số điện thoại').waitFor();
    await page.getByTestId('signin-email').fill(phone.international);
    await page.getByTestId('signin-password').fill('sai-mat-khau-1');
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('form-error').filter({ hasText: 'Email, số điện thoại hoặc mật khẩu không đúng' }).waitFor();

    await page.getByTestId('signin-forgot').click();
    await page.getByTestId('forgot-password-identifier').fill(phone.typed);
    await page.getByTestId('forgot-password-submit').click();
    await page.getByTestId('code-phone').waitFor();
    await expect(page.getByTestId('code-phone').inputValue()).resolves.toBe(phone.typed);
    const sms = await waitForMessage(smsDir, phone.e164);
    const code = /\b(\d{6})\b/.exec(sms)?.[1] as string;
    expect(code).toMatch(/^\d{6}$/);

    // A wrong code is refused on its field; the right one sets the password and signs in.
    await page.getByTestId('code-code').fill(code === '000000' ? '111111' : '000000');
    await page.getByTestId('code-password').fill('mat-khau-moi-2026');
    await page.getByTestId('code-confirm').fill('mat-khau-moi-2026');
    await page.getByTestId('code-submit').click();
    await page.locator('.hs-field__error').filter({ hasText: 'Mã không đúng, đã hết hạn hoặc đã được dùng' }).waitFor();
    await page.getByTestId('code-code').fill(code);
    await page.getByTestId('code-submit').click();
    await expect(page.getByTestId('current-user').textContent()).resolves.toContain('Trần Thị Lan');

    // The laptop's session ended with the reset.
    await laptop.reload();
    await laptop.getByTestId('nav-signin').waitFor({ state: 'attached' });
    await signInThroughPortal(laptop, url(), phone.e164, 'mat-khau-moi-2026');
    await laptop.context().close();
    await page.context().close();
  });

  it('mails a one-time link for a forgotten password of an email account, and says the same for an unknown address', async () => {
    const email = `quen.mat.khau.${randomUUID().slice(0, 8)}@gmail.com`;
    const first = await newPhonePage(suite.browser());
    await signUp(first, 'Lê Văn Quên', email, 'hoc-so-2026');
    await first.context().close();

    const page = await newPhonePage(suite.browser());
    await page.goto(`${url()}/sign-in`);
    await page.getByTestId('signin-forgot').click();
    const unknown = `khong.co.${randomUUID().slice(0, 8)}@gmail.com`;
    await page.getByTestId('forgot-password-identifier').fill(unknown);
    await page.getByTestId('forgot-password-submit').click();
    const answerForUnknown = await page.getByTestId('forgot-password-mailed').textContent();
    await page.getByTestId('forgot-password-identifier').fill(email);
    await page.getByTestId('forgot-password-submit').click();
    await page.getByTestId('forgot-password-mailed').waitFor();
    await expect(page.getByTestId('forgot-password-mailed').textContent()).resolves.toBe(answerForUnknown);

    const mail = decodedMail(await waitForMessage(mailDir, email, (eml) => decodedMail(eml).includes('/set-password?token=')));
    expect(mail).toContain('Có người vừa yêu cầu đặt lại mật khẩu HocSo của bạn');
    expect(mail).toContain('hết hạn sau 60 phút');
    const link = /\/set-password\?token=[\w-]{43}/.exec(mail)?.[0] as string;
    await page.goto(`${url()}${link}`);
    await page.getByTestId('set-password-password').fill('mat-khau-moi-2026');
    await page.getByTestId('set-password-confirm').fill('mat-khau-moi-2026');
    await page.getByTestId('set-password-submit').click();
    await expect(page.getByTestId('current-user').textContent()).resolves.toContain('Lê Văn Quên');
    await page.context().close();
  });

  const api = graphqlApi(url);

  it('onboards an official who has only a phone: CSV, printed activation sheet, activation on the phone; the manager sends a reset code by SMS', async () => {
    const phone = newMobile();
    const hamlet = 'BT-CHAUTHANH-TANTHACH-A1';
    const name = `Huỳnh Văn Ấp ${randomUUID().slice(0, 4)}`;
    const managerToken = await api.tokenOf('manager@demo.hocso.vn');
    const csv = `full_name,email,phone,org_unit_code,audience,position\r\n${name},,${phone.typed},${hamlet},VILLAGE_HEAD,Tổ trưởng\r\n`;
    const { startOfficialImport } = await api.call<{ startOfficialImport: { id: string } }>(
      'mutation ($input: StartOfficialImportInput!) { startOfficialImport(input: $input) { id } }',
      { input: { fileName: 'to-truong.csv', contentBase64: Buffer.from(csv).toString('base64') } },
      managerToken,
    );
    for (let status = ''; status !== 'COMPLETED'; ) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      status = (await api.call<{ officialImport: { status: string; createdCount: number } }>('query ($id: ID!) { officialImport(id: $id) { status createdCount } }', { id: startOfficialImport.id }, managerToken)).officialImport.status;
      expect(status).not.toBe('FAILED');
    }

    const manager = await newPhonePage(suite.browser());
    await signInThroughPortal(manager, url(), 'manager@demo.hocso.vn');
    await chooseInMainNavigation(manager, 'nav-admin');
    await manager.getByTestId('admin-nav-imports').click();
    const sheet = manager.getByTestId('activation-sheet');
    await sheet.getByRole('button', { name: 'Chọn đơn vị' }).click();
    // The district's sheet holds its hamlets' people; the province opened with the keyboard shows the districts.
    await sheet.getByRole('treeitem', { name: /Tỉnh Bến Tre/ }).first().press('ArrowRight');
    await sheet.getByRole('treeitem', { name: /Huyện Châu Thành/ }).first().waitFor();
    await sheet.getByTestId('org-unit-picker-filter').fill('Châu Thành');
    await sheet.locator('[data-testid="org-unit-picker-match"][data-code="BT-CHAUTHANH"]').click();
    const [download] = await Promise.all([manager.waitForEvent('download'), sheet.getByTestId('activation-sheet-print').click()]);
    await sheet.getByTestId('activation-sheet-done').waitFor();
    const pdfFile = path.join(outbox, 'sheet.pdf');
    await download.saveAs(pdfFile);
    const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    const card = text.slice(text.indexOf(name));
    expect(card).toContain(`0${phone.e164.slice(3, 6)} ${phone.e164.slice(6, 9)} ${phone.e164.slice(9)}`);
    const code = /Mã kích hoạt:\s+(\d{4} \d{4})/.exec(card)?.[1] as string;
    expect(code).toMatch(/^\d{4} \d{4}$/);

    const official = await newPhonePage(suite.browser());
    await official.goto(`${url()}/activate?phone=${encodeURIComponent(phone.e164)}`);
    await official.getByTestId('code-code').fill(code);
    await official.getByTestId('code-password').fill('kich-hoat-2026');
    await official.getByTestId('code-confirm').fill('kich-hoat-2026');
    await official.getByTestId('code-submit').click();
    await expect(official.getByTestId('current-user').textContent()).resolves.toContain(name);
    await official.context().close();

    await manager.getByTestId('admin-nav-users').click();
    await manager.getByTestId('users-search').fill(phone.e164);
    await manager.getByTestId('users-search-submit').click();
    const person = manager.getByTestId('user-card').filter({ hasText: name });
    await person.getByTestId('send-password-reset').click();
    await person.getByTestId('send-password-reset-done').filter({ hasText: 'Đã gửi mã đặt lại mật khẩu qua SMS' }).waitFor();
    expect(await waitForMessage(smsDir, phone.e164)).toMatch(/HocSo: ma dat lai mat khau cua ban la \d{6}/);
    await manager.context().close();
  });
});
