import type { BrowserContext, Page } from 'playwright-core';
import { usePlatformInChromium } from './support/platform-in-chromium';
import { newPhonePage, signInThroughPortal } from './support/portal-session';
import { chooseInMainNavigation } from './support/main-navigation';

const OPEN_TABS = 5;

describe('portal sessions across tabs in Chromium', () => {
  const suite = usePlatformInChromium();
  const url = () => suite.platform().url;

  /** A browser profile signed in as `email`, with no tab open. */
  async function signedInProfile(email: string, setup?: (context: BrowserContext) => Promise<unknown>): Promise<BrowserContext> {
    const page = await newPhonePage(suite.browser());
    const context = page.context();
    await setup?.(context);
    await signInThroughPortal(page, url(), email);
    await page.close();
    return context;
  }

  /** Counts the refreshes the profile's tabs send, whichever tab sends them. */
  function countRefreshes(context: BrowserContext): () => number {
    let count = 0;
    context.on('request', (request) => {
      if (request.url().endsWith('/graphql') && (request.postData() ?? '').includes('"operationName":"RefreshToken"')) count += 1;
    });
    return () => count;
  }

  /** As after the browser slept past the access token's lifetime: only the refresh token is of use. */
  async function forgetAccessToken(context: BrowserContext): Promise<void> {
    const page = await context.newPage();
    await page.goto(`${url()}/health`);
    await page.evaluate(() => localStorage.removeItem('hocso.accessToken'));
    await page.close();
  }

  async function openTabsAtOnce(context: BrowserContext): Promise<Page[]> {
    return Promise.all(
      Array.from({ length: OPEN_TABS }, async () => {
        const tab = await context.newPage();
        tab.setDefaultTimeout(15_000);
        await tab.goto(url());
        return tab;
      }),
    );
  }

  const signedInNames = (tabs: Page[]) =>
    Promise.all(
      tabs.map(async (tab) => {
        await tab.getByTestId('current-user').waitFor({ timeout: 10_000 });
        return tab.getByTestId('current-user').textContent();
      }),
    );

  it('keeps five tabs opened at once signed in: one tab refreshes and the others take its result', async () => {
    const context = await signedInProfile('learner@demo.hocso.vn');
    const refreshes = countRefreshes(context);
    await forgetAccessToken(context);

    const tabs = await openTabsAtOnce(context);
    const names = await signedInNames(tabs);
    expect(new Set(names).size).toBe(1);
    expect(names[0]).toMatch(/\S/);
    expect(refreshes()).toBe(1);

    // Again, with the rotated token: every tab reloaded at the same moment.
    await forgetAccessToken(context);
    await Promise.all(tabs.map((tab) => tab.reload()));
    await expect(signedInNames(tabs)).resolves.toEqual(names);
    expect(refreshes()).toBe(2);

    // Signing out in one tab signs every tab out.
    await chooseInMainNavigation(tabs[0], 'nav-signout');
    await Promise.all(tabs.map((tab) => tab.getByTestId('nav-signin').waitFor({ state: 'attached' })));
    await context.close();
  });

  it('keeps five tabs opened at once signed in where the browser has no Web Locks', async () => {
    const context = await signedInProfile('citizen@demo.hocso.vn', (profile) =>
      profile.addInitScript(() => {
        Object.defineProperty(Navigator.prototype, 'locks', { configurable: true, get: () => undefined });
      }),
    );
    const refreshes = countRefreshes(context);
    await forgetAccessToken(context);

    const tabs = await openTabsAtOnce(context);
    await expect(tabs[0].evaluate(() => 'locks' in navigator && navigator.locks !== undefined)).resolves.toBe(false);
    const names = await signedInNames(tabs);
    expect(new Set(names).size).toBe(1);
    expect(refreshes()).toBeGreaterThanOrEqual(1);

    // The session survived whatever raced: a new tab later is still signed in.
    await forgetAccessToken(context);
    const later = await context.newPage();
    await later.goto(url());
    await expect(signedInNames([later])).resolves.toEqual([names[0]]);
    await context.close();
  });
});
