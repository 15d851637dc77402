import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { usePlatformInChromium } from './support/platform-in-chromium';
import { newPhonePage, signInThroughPortal } from './support/portal-session';
import { chooseInMainNavigation } from './support/main-navigation';

/** Four good questions of four types, and one whose answer block is never closed. */
const GIFT = [
  '// Nhập từ Moodle: kỹ năng số cơ bản',
  '$CATEGORY: top/Kỹ năng số/An toàn thông tin',
  '',
  '::Mật khẩu mạnh:: Mật khẩu nào an toàn nhất? {',
  '  =Tr0ng-M4t-Kh4u-D4i!',
  '  ~123456',
  '  ~matkhau',
  '}',
  '',
  '::HTTPS luôn an toàn:: Trang web có HTTPS luôn an toàn tuyệt đối. {FALSE}',
  '',
  '::Câu hỏng:: Câu hỏi này thiếu dấu đóng ngoặc {=Đúng ~Sai',
  '',
  '::Tường lửa:: Thiết bị ngăn truy cập trái phép vào mạng máy tính gọi là gì? {=tường lửa =firewall}',
  '',
  '::Cộng số:: 2 + 2 bằng bao nhiêu? {#4:0}',
  '',
].join('\n');
const BROKEN_LINE = GIFT.split('\n').findIndex((line) => line.startsWith('::Câu hỏng::')) + 1;

describe('question bank in Chromium', () => {
  const suite = usePlatformInChromium();


  const newPage = () => newPhonePage(suite.browser());
  const signIn = (page: Page, email: string) => signInThroughPortal(page, suite.platform().url, email);

  async function waitForRows(page: Page, count: number): Promise<void> {
    await page.waitForFunction((expected) => document.querySelectorAll('[data-testid="question-row"]').length === expected, count);
  }

  it('creates a bank, imports a GIFT file with one broken question, sees the rest and exports them', async () => {
    const page = await newPage();
    await signIn(page, 'trainer@demo.hocso.vn');
    await chooseInMainNavigation(page, 'nav-question-banks');

    const title = `Kỹ năng số cơ bản ${randomUUID().slice(0, 6)}`;
    await page.getByTestId('bank-title-input').fill(title);
    await page.getByTestId('bank-create-submit').click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByTestId('questions-empty').waitFor();

    // A file that is not UTF-8 is refused before anything is sent.
    await page.getByTestId('import-open').click();
    await page.getByTestId('import-file-input').setInputFiles({
      name: 'cau-hoi-cu.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('::Q:: Tin h\xf2c {T}', 'latin1'),
    });
    await expect(page.getByTestId('import-file-error').textContent()).resolves.toContain('UTF-8');

    await page.getByTestId('import-file-input').setInputFiles({ name: 'ky-nang-so.gift', mimeType: 'text/plain', buffer: Buffer.from(GIFT, 'utf8') });
    await page.getByTestId('import-file-loaded').waitFor();
    await expect(page.getByTestId('import-format').inputValue()).resolves.toBe('GIFT');
    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-result').waitFor();

    await expect(page.getByTestId('import-imported').getAttribute('data-count')).resolves.toBe('4');
    const errors = page.getByTestId('import-error');
    await expect(errors.count()).resolves.toBe(1);
    await expect(errors.first().getAttribute('data-line')).resolves.toBe(String(BROKEN_LINE));
    await expect(errors.first().textContent()).resolves.toContain(String(BROKEN_LINE));
    await page.getByTestId('import-close').click();

    await waitForRows(page, 4);
    const types = await page.getByTestId('question-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-question-type')));
    expect(types.sort()).toEqual(['NUMERIC', 'SHORT_ANSWER', 'SINGLE_CHOICE', 'TRUE_FALSE']);
    const names = await page.getByTestId('question-link').allTextContents();
    expect(names).not.toContain('Câu hỏng');
    await expect(page.getByTestId('category-tree').textContent()).resolves.toContain('An toàn thông tin');

    // Searching without accents narrows the list once typing pauses, and the search is kept in the URL.
    await page.getByTestId('question-search').fill('tuong lua');
    await waitForRows(page, 1);
    await expect(page.getByTestId('question-link').allTextContents()).resolves.toEqual(['Tường lửa']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('tuong lua');
    await page.getByTestId('question-search').fill('');
    await waitForRows(page, 4);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-gift-bank').click()]);
    expect(download.suggestedFilename()).toMatch(/\.gift\.txt$/);
    const exported = await readFile(await download.path(), 'utf8');
    for (const name of ['Mật khẩu mạnh', 'HTTPS luôn an toàn', 'Tường lửa', 'Cộng số']) expect(exported).toContain(name);
    expect(exported).not.toContain('Câu hỏng');
    expect(exported).toContain('Tr0ng-M4t-Kh4u-D4i!');

    // A new question in the editor: the live preview hides the key until asked.
    await page.getByTestId('question-new').click();
    await page.getByTestId('question-editor').waitFor();
    await page.getByTestId('question-prompt').fill('Khi nhận email lạ yêu cầu mật khẩu, bạn nên làm gì?');
    const optionTexts = page.getByTestId('option-text');
    await optionTexts.nth(0).fill('Báo cho bộ phận CNTT');
    await optionTexts.nth(1).fill('Trả lời email');
    await page.getByTestId('preview-option').nth(1).waitFor();
    await expect(page.getByTestId('preview-option-grade').count()).resolves.toBe(0);
    await page.getByTestId('preview-key-toggle').check();
    await expect(page.getByTestId('preview-option-grade').first().textContent()).resolves.toBe('100%');
    await page.getByTestId('question-save').click();
    await waitForRows(page, 5);
    await page.context().close();
  });

  it('previews a pasted question with its colours but without an overlay over the page', async () => {
    const page = await newPage();
    await signIn(page, 'trainer@demo.hocso.vn');
    await chooseInMainNavigation(page, 'nav-question-banks');
    await page.getByTestId('bank-title-input').fill(`Câu hỏi dán vào ${randomUUID().slice(0, 6)}`);
    await page.getByTestId('bank-create-submit').click();
    await page.getByTestId('questions-empty').waitFor();
    await page.getByTestId('question-new').click();
    await page.getByTestId('question-editor').waitFor();
    await page
      .getByTestId('question-prompt')
      .fill(
        '<p style="color: #cc0000; font-weight: bold">Mật khẩu nào an toàn?</p>' +
          '<div class="hs-header" style="position: fixed; inset: 0; z-index: 9999; width: 100vw; height: 100vh; background-color: #ffffff">Phiên đã hết hạn, đăng nhập lại</div>',
      );
    const preview = page.locator('.hs-qb-text', { hasText: 'Mật khẩu nào an toàn?' });
    await preview.waitFor();
    const rendered = await preview.evaluate((root) => {
      const paragraph = root.querySelector('p') as HTMLElement;
      const overlay = [...root.querySelectorAll('div')].find((element) => element.textContent === 'Phiên đã hết hạn, đăng nhập lại') as HTMLElement;
      const box = overlay.getBoundingClientRect();
      return {
        color: getComputedStyle(paragraph).color,
        weight: getComputedStyle(paragraph).fontWeight,
        position: getComputedStyle(overlay).position,
        className: overlay.getAttribute('class'),
        background: getComputedStyle(overlay).backgroundColor,
        coversScreen: box.width >= window.innerWidth && box.height >= window.innerHeight,
      };
    });
    // The style attributes that stay apply under the portal's CSP (style-src-attr), the rest is gone.
    expect(rendered).toEqual({ color: 'rgb(204, 0, 0)', weight: '700', position: 'static', className: null, background: 'rgb(255, 255, 255)', coversScreen: false });
    await page.context().close();
  });

  it("shows a private bank's images to its owner (the browser sends the session's file cookie), and to nobody else", async () => {
    const page = await newPage();
    await signIn(page, 'trainer@demo.hocso.vn');
    await chooseInMainNavigation(page, 'nav-question-banks');
    await page.getByTestId('bank-title-input').fill(`Ảnh riêng ${randomUUID().slice(0, 6)}`);
    await page.getByTestId('bank-create-submit').click();
    await page.getByTestId('questions-empty').waitFor();
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    const xml = `<?xml version="1.0" encoding="UTF-8"?><quiz><question type="truefalse"><name><text>Cờ</text></name>
      <questiontext format="html"><text><![CDATA[<p>Đây là lá cờ? <img src="@@PLUGINFILE@@/co.png" alt="cờ"></p>]]></text>
      <file name="co.png" path="/" encoding="base64">${png}</file></questiontext>
      <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>`;
    await page.getByTestId('import-open').click();
    await page.getByTestId('import-file-input').setInputFiles({ name: 'co.xml', mimeType: 'application/xml', buffer: Buffer.from(xml, 'utf8') });
    await page.getByTestId('import-file-loaded').waitFor();
    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-result').waitFor();
    await page.getByTestId('import-close').click();
    await page.getByTestId('question-link').first().click();
    const image = page.locator('.hs-qb-text img[alt="cờ"]').first();
    await image.waitFor();
    await page.waitForFunction((element) => (element as HTMLImageElement).complete, await image.elementHandle());
    await expect(image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).resolves.toBe(1);
    const source = await image.evaluate((element) => (element as HTMLImageElement).src);

    // Another browser, signed out or signed in as someone else, gets nothing.
    const stranger = await newPage();
    await expect(stranger.goto(source).then((response) => response?.status())).resolves.toBe(404);
    await signIn(stranger, 'learner@demo.hocso.vn');
    await expect(stranger.goto(source).then((response) => response?.status())).resolves.toBe(404);
    await stranger.context().close();
    await page.context().close();
  });

  it('shows a large bank fifty questions at a time and loads the next ones on demand', async () => {
    const page = await newPage();
    await signIn(page, 'trainer@demo.hocso.vn');
    await chooseInMainNavigation(page, 'nav-question-banks');
    const title = `Ngân hàng lớn ${randomUUID().slice(0, 6)}`;
    await page.getByTestId('bank-title-input').fill(title);
    await page.getByTestId('bank-create-submit').click();
    await page.getByTestId('questions-empty').waitFor();

    const gift = ['$CATEGORY: top/Ôn tập', ...Array.from({ length: 61 }, (_, index) => `::Câu ${index + 1}:: Câu hỏi số ${index + 1}? {T}`)].join('\n\n');
    await page.getByTestId('import-open').click();
    await page.getByTestId('import-file-input').setInputFiles({ name: 'on-tap.gift', mimeType: 'text/plain', buffer: Buffer.from(gift, 'utf8') });
    await page.getByTestId('import-file-loaded').waitFor();
    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-result').waitFor();
    await page.getByTestId('import-close').click();

    await waitForRows(page, 50);
    await expect(page.getByTestId('question-list').getAttribute('data-total-count')).resolves.toBe('61');
    await page.getByTestId('question-load-more').click();
    await waitForRows(page, 61);
    await expect(page.getByTestId('question-load-more').count()).resolves.toBe(0);
    const names = await page.getByTestId('question-link').allTextContents();
    expect(new Set(names).size).toBe(61);
    await page.context().close();
  });
});
