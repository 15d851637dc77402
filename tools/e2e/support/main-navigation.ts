import type { Page } from 'playwright-core';

/**
 * Chooses an entry of the main navigation as a person would: on a phone the navigation is behind the menu
 * button, so it is opened first.
 */
export async function chooseInMainNavigation(page: Page, testId: string): Promise<void> {
  const entry = page.getByTestId(testId);
  const toggle = page.getByTestId('nav-menu-toggle');
  // The app may finish its first render after the page's load event: wait until it shows one or the other.
  await entry.or(toggle).first().waitFor();
  if (!(await entry.isVisible()) && (await toggle.isVisible())) {
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }
  await entry.click();
}
