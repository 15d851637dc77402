import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { type RunningPlatform, startPlatform } from './platform';
import { takeCspViolations } from './portal-session';

export interface PlatformInChromium {
  platform(): RunningPlatform;
  browser(): Browser;
}

/**
 * Call inside a `describe`: starts the platform and Chromium before its tests and stops both after them, and
 * fails each test in which the browser blocked anything under the Content-Security-Policy.
 */
export function usePlatformInChromium(extraEnv: NodeJS.ProcessEnv = {}): PlatformInChromium {
  let platform: RunningPlatform | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    platform = await startPlatform(extraEnv);
    browser = await launchChromium();
    // Room for a second start of the platform (startPlatform) and the migrations before each.
  }, 240_000);
  afterEach(() => expect(takeCspViolations()).toEqual([]));
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (!value) throw new Error('the platform and Chromium start in beforeAll');
    return value;
  };
  return { platform: () => started(platform), browser: () => started(browser) };
}
