import { randomBytes, randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { englishSentences } from './support/english-sentences';
import { graphqlApi } from './support/graphql-api';
import { usePlatformInChromium } from './support/platform-in-chromium';
import { DEMO_PASSWORD, newPhonePage, signInThroughPortal } from './support/portal-session';
import { chooseInMainNavigation } from './support/main-navigation';

/** A letter only Vietnamese writes: the error on screen is a Vietnamese sentence, not a code or a blank. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

/**
 * The portal's error paths walked in Vietnamese, as a province's users meet them: sign-up and sign-in,
 * org units, the onboarding CSV, a GIFT import, a course review, a refused file, a missing page or id (an
 * action the caller may not do is not offered at all). Every screen is read whole and must hold no English
 * sentence; the same check on the English screen finds the server's English, so it can fail.
 */
describe('error paths of the portal in Vietnamese', () => {
  const suite = usePlatformInChromium();
  const tag = randomBytes(3).toString('hex');

  const newPage = () => newPhonePage(suite.browser(), 20_000);
  const signIn = (page: Page, email: string, password = DEMO_PASSWORD) => signInThroughPortal(page, suite.platform().url, email, password);

  async function expectNoEnglish(page: Page): Promise<void> {
    expect({ url: page.url(), english: englishSentences(await page.locator('body').innerText()) }).toEqual({ url: page.url(), english: [] });
  }

  /** Waits for the error to be shown, checks it is Vietnamese and that nothing on the screen is English. */
  async function expectVietnameseError(page: Page, error: Locator, expected: RegExp): Promise<string> {
    await error.waitFor();
    const text = (await error.innerText()).trim();
    expect(text).toMatch(expected);
    expect(text).toMatch(VIETNAMESE);
    await expectNoEnglish(page);
    return text;
  }

  const { call: api, tokenOf } = graphqlApi(() => suite.platform().url);

  /** A draft course of the demo trainer with one module holding one text lesson. */
  async function draftCourse(token: string, code: string): Promise<{ id: string }> {
    const { createCourse } = await api<{ createCourse: { id: string } }>(
      'mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }',
      { input: { code, title: `An toàn thông tin ${code}`, summary: 'Nhận biết lừa đảo trực tuyến và bảo vệ tài khoản.', hours: 1 } },
      token,
    );
    const { addModule } = await api<{ addModule: { id: string } }>(
      'mutation ($input: AddModuleInput!) { addModule(input: $input) { id } }',
      { input: { courseId: createCourse.id, title: 'Nhận diện lừa đảo' } },
      token,
    );
    await api(
      'mutation ($input: AddLessonInput!) { addLesson(input: $input) { id } }',
      { input: { moduleId: addModule.id, kind: 'TEXT', title: 'Tin nhắn giả mạo', body: 'Không bấm vào liên kết lạ.' } },
      token,
    );
    return createCourse;
  }

  it('signs up: an email already taken and a weak password', async () => {
    const page = await newPage();
    await page.goto(`${suite.platform().url}/sign-up`);
    await page.getByTestId('signup-fullname').fill('Nguyễn Thị Mai');
    await page.getByTestId('signup-email').fill('citizen@demo.hocso.vn');
    await page.getByTestId('signup-password').fill('hoc-so-2026');
    await page.getByTestId('signup-submit').click();
    await expectVietnameseError(page, page.getByTestId('form-error'), /email/i);

    await page.getByTestId('signup-email').fill(`mai.${tag}@gmail.com`);
    await page.getByTestId('signup-password').fill('abc');
    await page.getByTestId('signup-submit').click();
    await expectVietnameseError(page, page.getByTestId('form-error'), /Mật khẩu/);
    await page.context().close();
  });

  it('signs in: a wrong password, then too many of them', async () => {
    const email = `lan.${tag}@gmail.com`;
    await api('mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }', { input: { fullName: 'Trần Thị Lan', email, password: 'hoc-so-2026' } });
    const page = await newPage();
    await page.goto(`${suite.platform().url}/sign-in`);
    await page.getByTestId('signin-email').fill(email);
    const error = page.getByTestId('form-error');
    let text = '';
    for (let attempt = 1; attempt <= 15 && !/thử lại sau/i.test(text); attempt += 1) {
      await page.getByTestId('signin-password').fill(`sai-mat-khau-${attempt}`);
      const answered = page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('"operationName":"Login"'));
      await page.getByTestId('signin-submit').click();
      await answered;
      text = await expectVietnameseError(page, error, attempt === 1 ? /mật khẩu không đúng/i : /./);
    }
    expect(text).toMatch(/thử lại sau \d+ phút/i);
    // The message was written in Vietnamese by the server: it goes when the screen switches to English.
    await page.getByTestId('lang-switch').click();
    await error.waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('manages org units: a code already used, a unit that still has members; a unit manager is not offered the delete', async () => {
    const admin = await newPage();
    await signIn(admin, 'admin@demo.hocso.vn');
    await admin.goto(`${suite.platform().url}/admin/org-units`);
    await admin.locator('.hs-tree__label', { hasText: 'Tỉnh Bến Tre' }).first().waitFor();
    await admin.locator('summary').first().click();
    const create = admin.getByTestId('create-org-unit-form').first();
    const [code, name, kind] = [create.getByRole('textbox').nth(0), create.getByRole('textbox').nth(1), create.getByRole('combobox').or(create.getByRole('textbox').nth(2)).first()];
    await code.fill('BT');
    await name.fill('Tỉnh trùng mã');
    await kind.fill('PROVINCE');
    await create.getByRole('button').click();
    await expectVietnameseError(admin, create.getByTestId('form-error'), /"BT"/);

    await admin.locator('.hs-tree__label', { hasText: 'Tỉnh Bến Tre' }).first().click();
    const details = admin.getByTestId('org-unit-details');
    await details.waitFor();
    await details.getByTestId('org-unit-delete').click();
    await details.getByTestId('org-unit-delete-confirm').click();
    await expectVietnameseError(admin, details.getByTestId('form-error'), /Tỉnh Bến Tre.*thành viên/);
    await admin.context().close();

    // A unit manager is not offered the delete that only administrators may do (allowedActions).
    const manager = await newPage();
    await signIn(manager, 'manager@demo.hocso.vn');
    await manager.goto(`${suite.platform().url}/admin/org-units`);
    await manager.locator('.hs-tree__label', { hasText: 'Tỉnh Bến Tre' }).first().click();
    const managed = manager.getByTestId('org-unit-details');
    await managed.waitFor();
    await expect(managed.getByTestId('org-unit-delete').count()).resolves.toBe(0);
    await manager.context().close();
  });

  it('imports officials: a file that is not UTF-8, then rejected rows; on the English screen the same rows are English', async () => {
    const page = await newPage();
    await signIn(page, 'admin@demo.hocso.vn');
    await page.goto(`${suite.platform().url}/admin/imports`);
    const header = 'full_name,email,phone,org_unit_code,audience,position';
    await page.getByTestId('import-file').setInputFiles({
      name: 'can-bo-latin1.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${header}\nNguy\xe9n V\xe3n A,a.${tag}@bentre.gov.vn,,BT,OFFICIAL,\n`, 'latin1'),
    });
    await page.getByTestId('import-submit').click();
    await expectVietnameseError(page, page.getByTestId('form-error'), /UTF-8/);

    const rows = [
      `Cán Bộ Một,mot.${tag}@bentre.gov.vn,,BT-CHAUTHANH-TANTHACH,OFFICIAL,Chuyên viên`,
      `Sai Email,khong-phai-email,,BT-CHAUTHANH-TANTHACH,OFFICIAL,`,
      `Sai Đơn Vị,sai.${tag}@bentre.gov.vn,,KHONG-CO,OFFICIAL,`,
      `Lặp Lại,MOT.${tag}@bentre.gov.vn,,BT-CHAUTHANH-TANTHACH,OFFICIAL,`,
      `Đối Tượng Lạ,la.${tag}@bentre.gov.vn,,BT-CHAUTHANH-TANTHACH,NGUOI-LA,`,
    ];
    await page.getByTestId('import-file').setInputFiles({
      name: 'can-bo-chau-thanh.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${header}\n${rows.join('\n')}\n`, 'utf8'),
    });
    await page.getByTestId('import-submit').click();
    const previewed = page.getByTestId('import-preview-rejected-row');
    await previewed.nth(3).waitFor();
    for (const row of await previewed.allInnerTexts()) expect(row).toMatch(VIETNAMESE);
    await page.getByTestId('import-confirm').click();
    await page.locator('[data-testid="import-status"][data-status="COMPLETED"]').waitFor({ timeout: 60_000 });
    const rejected = page.getByTestId('import-rejected-row');
    await rejected.nth(3).waitFor();
    const vietnamese = await rejected.allInnerTexts();
    expect(vietnamese).toHaveLength(4);
    for (const row of vietnamese) expect(row).toMatch(VIETNAMESE);
    expect(vietnamese[1]).toContain('KHONG-CO');
    await expectNoEnglish(page);

    await page.getByTestId('lang-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await rejected.filter({ hasText: 'Unknown org unit code "KHONG-CO"' }).waitFor();
    expect(englishSentences(await page.locator('body').innerText())).toEqual(
      expect.arrayContaining([expect.stringContaining('is not a valid email address'), expect.stringContaining('Unknown org unit code "KHONG-CO"')]),
    );
    await page.getByTestId('lang-switch').click();
    await rejected.filter({ hasText: 'Không có đơn vị nào mang mã "KHONG-CO"' }).waitFor();
    await expectNoEnglish(page);
    await page.context().close();
  });

  it('imports a GIFT file whose broken questions are reported in Vietnamese with their lines', async () => {
    const page = await newPage();
    await signIn(page, 'trainer@demo.hocso.vn');
    await chooseInMainNavigation(page, 'nav-question-banks');
    const title = `Nhập lỗi ${tag}`;
    await page.getByTestId('bank-title-input').fill(title);
    await page.getByTestId('bank-create-submit').click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const gift = [
      '::Tốt:: Cổng dịch vụ công có địa chỉ dichvucong.gov.vn. {TRUE}',
      '',
      '::Thiếu ngoặc:: Câu hỏi này thiếu dấu đóng ngoặc {=Đúng ~Sai',
      '',
      '::Số sai:: Hai cộng hai bằng mấy? {#bốn}',
      '',
      '::Không đáp án đúng:: Chọn một {~a ~b}',
      '',
    ].join('\n');
    await page.getByTestId('import-open').click();
    await page.getByTestId('import-file-input').setInputFiles({ name: 'loi.gift', mimeType: 'text/plain', buffer: Buffer.from(gift, 'utf8') });
    await page.getByTestId('import-file-loaded').waitFor();
    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-result').waitFor();
    const errors = page.getByTestId('import-error');
    await expect(errors.count()).resolves.toBe(3);
    for (const text of await errors.allInnerTexts()) expect(text).toMatch(VIETNAMESE);
    await expect(errors.nth(1).innerText()).resolves.toContain('"bốn" không phải là số');
    await expectNoEnglish(page);
    await page.context().close();
  });

  it('returns a course from review without the comment it needs', async () => {
    const token = await tokenOf('trainer@demo.hocso.vn');
    const course = await draftCourse(token, `XET-${tag.toUpperCase()}`);
    await api('mutation ($id: ID!) { submitCourseForReview(courseId: $id) { id } }', { id: course.id }, token);
    const page = await newPage();
    await signIn(page, 'admin@demo.hocso.vn');
    await page.goto(`${suite.platform().url}/admin/reviews`);
    const item = page.locator(`[data-testid="review-item"][data-course-id="${course.id}"]`);
    await item.getByTestId('review-return').click();
    await expectVietnameseError(page, item.getByTestId('form-error'), /cần sửa gì/);
    await page.context().close();
  });

  it('refuses a lesson file of a kind that cannot be attached', async () => {
    const token = await tokenOf('trainer@demo.hocso.vn');
    const course = await draftCourse(token, `TEP-${tag.toUpperCase()}`);
    const page = await newPage();
    await signIn(page, 'trainer@demo.hocso.vn');
    await page.goto(`${suite.platform().url}/teach/courses/${course.id}/edit`);
    const module = page.getByTestId('editor-module').first();
    await module.getByTestId('lesson-add-open').click();
    await module.getByTestId('lesson-add-kind').selectOption('FILE');
    await module.getByTestId('lesson-add-file').setInputFiles({ name: 'phan-mem.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ\x90\x00', 'latin1') });
    await expectVietnameseError(page, module.getByTestId('lesson-add-file-error'), /pdf/);
    await page.context().close();
  });

  it('shows a page that does not exist and ids that do not exist', async () => {
    const page = await newPage();
    await signIn(page, 'trainer@demo.hocso.vn');
    await page.goto(`${suite.platform().url}/khong-co-trang-nay`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectNoEnglish(page);
    const missing = randomUUID();
    await page.goto(`${suite.platform().url}/courses/${missing}`);
    await expectVietnameseError(page, page.getByRole('alert').filter({ hasText: missing }), /khóa học/);
    await page.goto(`${suite.platform().url}/teach/banks/${missing}`);
    await expectVietnameseError(page, page.getByRole('alert').filter({ hasText: missing }), /ngân hàng câu hỏi/);
    await page.context().close();
  });
});
