import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

const CANDIDATES = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  (candidate): candidate is string => !!candidate,
);

/** Debian's Chromium, driven by playwright-core: no browser is ever downloaded. */
export function launchChromium(): Promise<Browser> {
  const executablePath = CANDIDATES.find((candidate) => existsSync(candidate));
  if (!executablePath) throw new Error('Chromium not found: install Debian\'s "chromium" package (or set CHROMIUM_PATH)');
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
