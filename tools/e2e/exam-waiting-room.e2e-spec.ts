import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import { graphqlApi } from './support/graphql-api';
import { openExamsOf } from './support/open-exams';
import { usePlatformInChromium } from './support/platform-in-chromium';
import { newPhonePage, signInThroughPortal } from './support/portal-session';
import { chooseInMainNavigation } from './support/main-navigation';

/**
 * The exam's waiting room on a phone, in Vietnamese: while the platform admits one start at a time and another
 * learner's start holds that place (its INSERT waits for a table lock the test holds), pressing "Bắt đầu" shows
 * the place in line and a countdown instead of an error; once the place frees, the page starts by itself.
 */
describe('the exam waiting room in Chromium', () => {
  const suite = usePlatformInChromium({
    EXAM_START_CONCURRENCY: '1',
    EXAM_START_MAX_WAIT_MS: '1',
    // The held start waits for the test's lock while the phone is driven; the default 10 s is tight on a busy machine.
    DATABASE_LOCK_TIMEOUT_MS: '60000',
  });
  const api = graphqlApi(() => suite.platform().url);
  const tag = randomBytes(3).toString('hex');
  const { bankWithQuestions, openExam } = openExamsOf(api, tag);

  /** Polled from the transaction holding the lock: its statistics snapshot is cleared before each look. */
  async function untilAStartWaitsForTheLock(db: Client): Promise<void> {
    for (let tries = 0; tries < 600; tries += 1) {
      await db.query('SELECT pg_stat_clear_snapshot()');
      const { rows } = await db.query<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND ltrim(query, E' \\n') LIKE 'INSERT INTO exam_attempt%'`,
      );
      if ((rows[0]?.waiting ?? 0) > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('no start reached its INSERT');
  }

  it('shows the place and a countdown while the start waits, then enters the exam by itself', async () => {
    const trainer = await api.tokenOf('trainer@demo.hocso.vn');
    const title = `Thi cùng giờ ${tag}`;
    const examId = await openExam(trainer, await bankWithQuestions(trainer), title);
    const citizen = await api.tokenOf('citizen@demo.hocso.vn');

    const page = await newPhonePage(suite.browser(), 30_000);
    await signInThroughPortal(page, suite.platform().url, 'learner@demo.hocso.vn');
    await chooseInMainNavigation(page, 'nav-exams');
    await page.getByTestId('open-exam').filter({ hasText: title }).getByTestId('open-exam-link').click();
    await page.getByTestId('exam-start').waitFor();

    const db = new Client({ connectionString: process.env['DATABASE_URL'] });
    await db.connect();
    let citizenStarted: Promise<unknown> | undefined;
    try {
      await db.query('BEGIN');
      await db.query('LOCK TABLE exam_attempt IN EXCLUSIVE MODE');
      citizenStarted = api.call('mutation ($id: ID!) { startAttempt(examId: $id) { id } }', { id: examId }, citizen);
      await untilAStartWaitsForTheLock(db);

      await page.getByTestId('exam-start').click();
      const room = page.getByTestId('exam-waiting-room');
      await room.waitFor();
      await expect(room.getByRole('heading').textContent()).resolves.toBe('Phòng chờ vào thi');
      await expect(page.getByTestId('exam-waiting-room-place').textContent()).resolves.toMatch(/^Đang có nhiều người vào thi cùng lúc\. Bạn ở vị trí khoảng \d+\.$/);
      await expect(page.getByTestId('exam-waiting-room-countdown').textContent()).resolves.toMatch(/^(Tự thử lại sau \d+ giây|Đang thử vào thi…)$/);
      await expect(page.getByTestId('exam-waiting-room-retry').textContent()).resolves.toBe('Thử lại ngay');
      const screens = path.resolve('tmp/test-reports');
      await mkdir(screens, { recursive: true });
      await page.screenshot({ path: path.join(screens, 'exam-waiting-room-390x844.png'), fullPage: true });
    } finally {
      await db.query('ROLLBACK');
      await db.end();
    }
    await citizenStarted;

    await page.getByTestId('attempt-page').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('question-number').textContent()).resolves.toBe('Câu 1/5');
    await page.close();
  });
});
