import { createDataSource } from '@hocso/server-core';
import { completeTestCourse, createTestCourseVersion } from '@hocso/server-core/testing';
import type { DataSource } from 'typeorm';
import { waitUntil } from '../exam-load';
import { usePlatformInChromium } from './support/platform-in-chromium';
import { DEMO_PASSWORD, newPhonePage, signInThroughPortal } from './support/portal-session';
import { chooseInMainNavigation } from './support/main-navigation';

async function gql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

describe('certificates in the portal (Chromium at 390×844)', () => {
  const suite = usePlatformInChromium({ OUTBOX_RELAY_INTERVAL_MS: '200' });
  let db: DataSource;
  let serial: string;

  beforeAll(async () => {
    db = createDataSource({ DATABASE_URL: process.env['DATABASE_URL'] as string, DATABASE_POOL_SIZE: 2 });
    await db.initialize();
    const [learner] = (await db.query(`SELECT id FROM app_user WHERE email = 'learner@demo.hocso.vn'`)) as Array<{ id: string }>;
    const enrollmentId = await completeTestCourse(db, learner!.id, await createTestCourseVersion(db, { title: 'Chữ ký số và dịch vụ công trực tuyến', hours: 6 }));
    const [row] = await waitUntil(
      () => db.query('SELECT serial FROM certificate WHERE enrollment_id = $1 AND pdf_storage_key IS NOT NULL', [enrollmentId]) as Promise<Array<{ serial: string }>>,
      (rows) => rows.length === 1,
      60_000,
    );
    serial = row!.serial;
  });
  afterAll(() => db?.destroy());

  it('shows the learner the certificate in "Chứng chỉ của tôi", with its PDF, and the bell counts the notification', async () => {
    const page = await newPhonePage(suite.browser());
    await signInThroughPortal(page, suite.platform().url, 'learner@demo.hocso.vn');
    await page.getByTestId('notification-count').waitFor();
    await chooseInMainNavigation(page, 'nav-my-certificates');
    const card = page.locator(`[data-testid="certificate-card"][data-serial="${serial}"]`);
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('Chữ ký số và dịch vụ công trực tuyến');
    // The link is the absolute pdfUrl of PUBLIC_URL (the platform here runs on another host name than it names).
    await expect(card.getByTestId('certificate-download').getAttribute('href')).resolves.toMatch(new RegExp(`/certificates/${serial}\\.pdf$`));
    const pdf = await fetch(`${suite.platform().url}/certificates/${serial}.pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    await page.context().close();
  });

  it('shows anyone, without signing in, every field and the live status of a serial, then its revocation and reason', async () => {
    const page = await newPhonePage(suite.browser());
    await page.goto(`${suite.platform().url}/verify/${serial}`);
    const result = page.locator('[data-testid="verify-result"][data-state="ACTIVE"]');
    await result.waitFor();
    const text = (await result.textContent()) ?? '';
    for (const expected of ['Chứng chỉ hợp lệ', serial, 'Chữ ký số và dịch vụ công trực tuyến', 'Số giờ học', '6']) expect(text).toContain(expected);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByTestId('verify-file-link').waitFor();

    const { login } = await gql<{ login: { accessToken: string } }>(suite.platform().url, 'mutation ($p: String!) { login(input: { email: "admin@demo.hocso.vn", password: $p }) { accessToken } }', { p: DEMO_PASSWORD });
    const [{ id }] = (await db.query('SELECT id FROM certificate WHERE serial = $1', [serial])) as Array<{ id: string }>;
    await gql(suite.platform().url, 'mutation ($id: ID!) { revokeCertificate(id: $id, reason: "Kết quả thi bị hủy do gian lận") { id } }', { id }, login.accessToken);
    await page.reload();
    await page.locator('[data-testid="verify-result"][data-state="REVOKED"]').waitFor();
    await expect(page.getByTestId('verify-revoked-reason').textContent()).resolves.toBe('Lý do: Kết quả thi bị hủy do gian lận');

    await page.goto(`${suite.platform().url}/verify/BT-1999-000001`);
    await page.locator('[data-testid="verify-result"][data-state="NOT_FOUND"]').waitFor();
    await expect(page.getByRole('heading', { level: 2 }).first().textContent()).resolves.toBe('Không tìm thấy chứng chỉ');
    await page.context().close();
  });
});
