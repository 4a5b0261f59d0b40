// Finds a Chromium for the browser tests: CHROMIUM_PATH, then the system's
// /usr/bin/chromium, then Playwright's own download. Returns null if none.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The path of a usable Chromium, and where it came from; null when there is none. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { path: fromEnv, source: 'CHROMIUM_PATH' };
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(path)) return { path, source: 'system' };
  }
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    if (path && existsSync(path)) return { path, source: 'playwright' };
  } catch {
    // playwright-core missing or its browser not downloaded: fall through.
  }
  return null;
}

/** What to tell a person who has no Chromium. */
export const noChromiumHelp = `No Chromium found for the browser tests. Get one either way, then run npm test again:
  - Debian or Ubuntu:   sudo apt-get install chromium
  - anywhere else:      npx playwright install chromium
Or point CHROMIUM_PATH at a Chromium or Chrome you already have.`;
