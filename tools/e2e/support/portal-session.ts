import type { Browser, Page } from 'playwright-core';

export const DEMO_PASSWORD = 'HocSo@2026';

/** A fresh browser context at phone size (most users are on phones), in Vietnamese. */
export async function newPhonePage(browser: Browser, timeoutMs = 15_000): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN', acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(timeoutMs);
  return page;
}

/** Signs in through the portal's form from the home page and waits for the signed-in header. */
export async function signInThroughPortal(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(baseUrl);
  await page.getByTestId('nav-signin').click();
  await page.getByTestId('signin-email').fill(email);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('current-user').waitFor();
}
