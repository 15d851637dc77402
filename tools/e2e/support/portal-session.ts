import type { Browser, Page } from 'playwright-core';
import { chooseInMainNavigation } from './main-navigation';

export const DEMO_PASSWORD = 'HocSo@2026';

const cspViolations: string[] = [];

/**
 * What Chromium refused under the portal's Content-Security-Policy since the last call, on every page opened
 * with newPhonePage; the browser suites check it is empty after each test.
 */
export function takeCspViolations(): string[] {
  return cspViolations.splice(0);
}

/** A fresh browser context at phone size (most users are on phones), in Vietnamese. */
export async function newPhonePage(browser: Browser, timeoutMs = 15_000): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN', acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(timeoutMs);
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(`${page.url()}: ${message.text()}`);
  });
  return page;
}

/** Signs in through the portal's form from the home page and waits for the signed-in header. */
export async function signInThroughPortal(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(baseUrl);
  await chooseInMainNavigation(page, 'nav-signin');
  await page.getByTestId('signin-email').fill(email);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('current-user').waitFor();
}
