import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page, Request } from 'playwright-core';
import { graphqlApi } from './support/graphql-api';
import { OPEN_EXAM_GIFT as GIFT, openExamsOf } from './support/open-exams';
import { usePlatformInChromium } from './support/platform-in-chromium';
import { newPhonePage, signInThroughPortal } from './support/portal-session';
import { chooseInMainNavigation } from './support/main-navigation';


const SHELL_CACHE = 'hocso-shell-v1';

interface SaveSent {
  slot: number;
  clientSeq: number;
}

describe('exams in Chromium', () => {
  const suite = usePlatformInChromium();
  const api = graphqlApi(() => suite.platform().url);
  const tag = randomBytes(3).toString('hex');


  const newPage = () => newPhonePage(suite.browser(), 20_000);
  const signIn = (page: Page, email: string) => signInThroughPortal(page, suite.platform().url, email);

  const { bankWithQuestions, openExam } = openExamsOf(api, tag);

  /** A citizen's attempt made over GraphQL: every question answered with its first choice, the essay written. */
  async function submittedAttempt(examId: string): Promise<string> {
    const citizen = await api.tokenOf('citizen@demo.hocso.vn');
    const { startAttempt } = await api.call<{ startAttempt: { id: string; questions: Array<{ slot: number; type: string; options: Array<{ id: string }> }> } }>(
      'mutation ($examId: ID!) { startAttempt(examId: $examId) { id questions { slot type options { id } } } }',
      { examId },
      citizen,
    );
    let clientSeq = 0;
    for (const question of startAttempt.questions) {
      const response = question.type === 'ESSAY' ? { text: 'Không chia sẻ mã OTP, dùng mật khẩu riêng cho từng tài khoản.' } : question.type === 'TRUE_FALSE' ? { boolean: false } : { optionIds: [question.options[0]?.id] };
      clientSeq += 1;
      await api.call('mutation ($input: SaveAnswerInput!) { saveAnswer(input: $input) { clientSeq } }', { input: { attemptId: startAttempt.id, slot: question.slot, clientSeq, ...response } }, citizen);
    }
    await api.call('mutation ($id: ID!) { submitAttempt(attemptId: $id) { state } }', { id: startAttempt.id }, citizen);
    return startAttempt.id;
  }

  function savesSentBy(page: Page): SaveSent[] {
    const sent: SaveSent[] = [];
    page.context().on('request', (request: Request) => {
      const body = request.postData() ?? '';
      if (!request.url().endsWith('/graphql') || !body.includes('"operationName":"SaveAnswer"')) return;
      const input = (JSON.parse(body) as { variables: { input: SaveSent } }).variables.input;
      sent.push({ slot: input.slot, clientSeq: input.clientSeq });
    });
    return sent;
  }

  async function answerCurrentQuestion(page: Page, optionIndex: number): Promise<number> {
    const question = page.getByTestId('attempt-question');
    const slot = Number(await question.getAttribute('data-slot'));
    await question.getByTestId('answer-option').nth(optionIndex).click();
    return slot;
  }

  const saveState = (page: Page) => page.getByTestId('save-status').getAttribute('data-state');

  it('lets a trainer make an exam from a question bank, with the count each rule can draw', async () => {
    const token = await api.tokenOf('trainer@demo.hocso.vn');
    const bankId = await bankWithQuestions(token);
    const page = await newPage();
    await signIn(page, 'trainer@demo.hocso.vn');
    await page.goto(`${suite.platform().url}/teach/banks/${bankId}`);
    await page.getByTestId('bank-exam-new').click();

    await page.getByTestId('exam-title').fill(`Kiểm tra an toàn thông tin ${tag}`);
    const rule = page.getByTestId('exam-rule').first();
    await rule.getByTestId('exam-rule-count').fill('9');
    await page.waitForFunction(() => document.querySelector('[data-testid="exam-rule-available"]')?.getAttribute('data-available') === '5');
    await expect(rule.getByTestId('exam-rule-available').textContent()).resolves.toMatch(/Không đủ câu/);
    await rule.getByTestId('exam-rule-category').selectOption({ label: 'Kỹ năng số/An toàn thông tin (5)' });
    await rule.getByTestId('exam-rule-count').fill('4');
    await page.getByTestId('exam-open-to-all').check();
    await page.getByTestId('exam-save').click();

    await page.waitForURL(/\/exams\/[0-9a-f-]+\/manage\/edit$/);
    await page.getByTestId('exam-tab-statistics').waitFor();
    await expect(page.getByTestId('exam-tab-day').count()).resolves.toBe(1);
    const { examsOfBank } = await api.call<{ examsOfBank: Array<{ questionCount: number; openToAll: boolean }> }>('query ($bankId: ID!) { examsOfBank(bankId: $bankId) { questionCount openToAll } }', { bankId }, token);
    expect(examsOfBank).toEqual([{ questionCount: 4, openToAll: true }]);
    await page.context().close();
  });

  it("follows an exam as its trainer: attempts, the essay to grade, statistics with the chart and the CSV, exam day", async () => {
    const trainer = await api.tokenOf('trainer@demo.hocso.vn');
    const bankId = await bankWithQuestions(trainer, `${GIFT}\n::Bảo vệ tài khoản:: Nêu hai cách bảo vệ tài khoản của bạn. {}\n`);
    const examId = await openExam(trainer, bankId, `Bài thi có tự luận ${tag}`, 6);
    const attemptId = await submittedAttempt(examId);

    const page = await newPage();
    await signIn(page, 'trainer@demo.hocso.vn');
    await page.goto(`${suite.platform().url}/teach/banks/${bankId}`);
    await page.getByTestId('bank-exam').getByRole('link').click();
    await page.getByTestId('exam-tab-attempts').click();
    await page.getByTestId('attempt-row').waitFor();
    await expect(page.getByTestId('attempt-row').textContent()).resolves.toContain('Chờ chấm tự luận');

    await page.getByTestId('exam-tab-grading').click();
    const essay = page.getByTestId('essay-card');
    await expect(essay.textContent()).resolves.toContain('Không chia sẻ mã OTP');
    await essay.getByTestId('essay-points').fill('0,5');
    await essay.getByTestId('essay-grade').click();
    await page.getByText('Không còn bài tự luận nào chờ chấm.').waitFor();

    await page.getByTestId('exam-tab-statistics').click();
    await page.getByTestId('score-histogram').waitFor();
    await expect(page.getByTestId('statistics-count').textContent()).resolves.toBe('1');
    await expect(page.locator('[data-testid="score-histogram"] rect').count()).resolves.toBe(10);
    await expect(page.getByTestId('statistics-question').count()).resolves.toBe(6);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('statistics-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    expect(csv.split('\n').length).toBeGreaterThan(6);

    await page.getByTestId('exam-tab-day').click();
    await page.getByTestId('exam-day-taker').waitFor();
    await expect(page.getByTestId('exam-day-taker').textContent()).resolves.toContain('Đã nộp');

    const citizen = await api.tokenOf('citizen@demo.hocso.vn');
    const { attempt } = await api.call<{ attempt: { state: string } }>('query ($id: ID!) { attempt(id: $id) { state } }', { id: attemptId }, citizen);
    expect(attempt.state).toBe('GRADED');
    await page.context().close();
  });

  it('keeps three answers given offline through a reload and sends them in order when the network returns; then submit and review', async () => {
    const trainer = await api.tokenOf('trainer@demo.hocso.vn');
    const title = `Thi trực tuyến kỹ năng số ${tag}`;
    const examId = await openExam(trainer, await bankWithQuestions(trainer), title);

    const page = await newPage();
    const context = page.context();
    const sent = savesSentBy(page);
    await signIn(page, 'citizen@demo.hocso.vn');
    await chooseInMainNavigation(page, 'nav-exams');
    await page.getByTestId('open-exam').filter({ hasText: title }).getByTestId('open-exam-link').click();
    await page.getByTestId('exam-start').click();
    await page.getByTestId('attempt-page').waitFor();
    const attemptId = await page.getByTestId('attempt-page').getAttribute('data-attempt-id');
    await expect(page.getByTestId('question-number').textContent()).resolves.toBe('Câu 1/5');
    await expect(page.getByTestId('countdown').textContent()).resolves.toMatch(/Còn lại\s*(29|30):\d\d/);

    // Online: the first answer is saved and the time of the save is shown.
    await answerCurrentQuestion(page, 1);
    await page.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.getAttribute('data-state') === 'saved');
    await expect(page.getByTestId('save-status').textContent()).resolves.toMatch(/^Đã lưu lúc \d\d:\d\d:\d\d$/);
    // The shell this page runs on is kept for a reload without network.
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
    await page.waitForFunction(async (cacheName) => {
      const keys = await (await caches.open(cacheName)).keys();
      return keys.some((key) => key.url.includes('/assets/attempt-page'));
    }, SHELL_CACHE);

    // Offline: three more answers wait on the phone.
    await context.setOffline(true);
    const offlineSlots: number[] = [];
    for (const option of [0, 0, 0]) {
      await page.getByTestId('question-next').click();
      offlineSlots.push(await answerCurrentQuestion(page, option));
    }
    await page.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.getAttribute('data-pending') === '3');
    await expect(saveState(page)).resolves.toBe('offline');
    const sentBeforeReload = sent.length;

    // A reload in airplane mode: the page opens from what the browser kept, answers included.
    await page.reload();
    await page.getByTestId('attempt-page').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.getAttribute('data-pending') === '3');
    const answered = await page.getByTestId('navigator-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-answered')));
    expect(answered).toEqual(['true', 'true', 'true', 'true', 'false']);
    expect(sent.length).toBe(sentBeforeReload);

    // The network returns: the three answers reach the server, in the order they were given.
    await context.setOffline(false);
    await page.waitForFunction(() => {
      const status = document.querySelector('[data-testid="save-status"]');
      return status?.getAttribute('data-state') === 'saved' && status.getAttribute('data-pending') === '0';
    });
    const replayed = sent.slice(sentBeforeReload).filter((save) => offlineSlots.includes(save.slot));
    expect(replayed.map((save) => save.slot)).toEqual(offlineSlots);
    expect(replayed.map((save) => save.clientSeq)).toEqual([...replayed.map((save) => save.clientSeq)].sort((a, b) => a - b));
    const citizen = await api.tokenOf('citizen@demo.hocso.vn');
    const { attempt } = await api.call<{ attempt: { answers: Array<{ slot: number; clientSeq: number }> } }>('query ($id: ID!) { attempt(id: $id) { answers { slot clientSeq } } }', { id: attemptId }, citizen);
    const stored = offlineSlots.map((slot) => attempt.answers.find((answer) => answer.slot === slot)?.clientSeq);
    expect(stored).toEqual(replayed.map((save) => save.clientSeq));

    // Another device resumes the same attempt with the answers the server holds.
    const tablet = await newPage();
    await signIn(tablet, 'citizen@demo.hocso.vn');
    await tablet.goto(`${suite.platform().url}/exams/${examId}`);
    await tablet.getByTestId('exam-resume').click();
    await expect(tablet.getByTestId('attempt-page').getAttribute('data-attempt-id')).resolves.toBe(attemptId);
    await expect(tablet.getByTestId('question-number').textContent()).resolves.toBe('Câu 5/5');
    const resumed = await tablet.getByTestId('navigator-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-answered')));
    expect(resumed).toEqual(['true', 'true', 'true', 'true', 'false']);
    await tablet.context().close();

    // Submit: the check lists the question left unanswered, then the review shows the result.
    await page.getByTestId('submit-open').click();
    await expect(page.getByTestId('submit-unanswered').textContent()).resolves.toContain('Câu 5');
    await page.getByTestId('submit-confirm').click();
    await page.getByTestId('attempt-review').waitFor();
    await expect(page.getByTestId('review-score').textContent()).resolves.toMatch(/%/);
    await expect(page.getByTestId('review-question').count()).resolves.toBe(5);
    await context.close();
  });
});
