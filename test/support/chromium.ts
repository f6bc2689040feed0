import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; override with CHROMIUM_PATH for another build. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Launches headless Chromium for browser tests, or says why it cannot, so the caller can skip
 * with that reason instead of passing silently — except in CI (CI=true), where it throws so the
 * test file fails. Playwright's `launch` gives every browser a fresh
 * temporary profile (it creates the --user-data-dir itself, refuses one passed in args, and
 * deletes it on close), so no state leaks between tests or runs.
 * @example
 * const launched = await launchChromium();
 * if ('skip' in launched) console.warn(launched.skip); else await launched.browser.close();
 */
export async function launchChromium(): Promise<{ browser: Browser } | { skip: string }> {
  const launched = await tryLaunch();
  // in CI a missing browser is a broken machine, not a reason to pass: fail instead of skipping
  if ('skip' in launched && process.env.CI && process.env.CI !== 'false') throw new Error(`Chromium is required in CI: ${launched.skip}`);
  return launched;
}

async function tryLaunch(): Promise<{ browser: Browser } | { skip: string }> {
  if (!existsSync(CHROMIUM_PATH)) return { skip: `no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)` };
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, timeout: 60_000 });
    return { browser };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { skip: `Chromium at ${CHROMIUM_PATH} failed to launch: ${message}` };
  }
}
