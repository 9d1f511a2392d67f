/**
 * Finds a Chromium to drive: CHROMIUM_PATH, Debian's /usr/bin/chromium, or one
 * Playwright manages. Fails with what to do when there is none, since Playwright
 * cannot download a browser on a machine without internet.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

/** Launch flags for a sandboxed, offline, headless Chromium. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Path of a Chromium binary, or an error saying how to get one. */
export function findChromium(): string {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no managed browser here; the system ones above are the options.
  }
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path as string));
  if (!found) {
    throw new Error(
      "No Chromium found for the browser tests. Install Debian's: `apt-get install -y chromium` (as .ci/run does), " +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}
