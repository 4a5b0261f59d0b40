import { defineConfig, devices } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './scripts/find-chromium.mjs';

const chromium = findChromium();
// PORT lets several checkouts test side by side on one machine.
const port = Number(process.env.PORT ?? 4321);
// BASE_URL points the tests at a site that is already being served.
const baseURL = process.env.BASE_URL ?? `http://localhost:${port}`;
// The live-poll and class specs (tests/e2e/live/ and tests/e2e/classes/, *.class.spec.ts) need the class server, which serves
// dist/ and /api on its own port, on a fresh SQLite file in a temporary folder.
const livePort = Number(process.env.LIVE_PORT ?? port + 1);
const liveURL = process.env.LIVE_URL ?? `http://127.0.0.1:${livePort}`;
const liveData = join(tmpdir(), `nn-live-e2e-${livePort}`);
const classSpecs = /(live|classes)\/.*\.class\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Two cores run the server, two browsers and axe: give each test room.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: chromium?.path,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'site', testIgnore: classSpecs },
    { name: 'class-server', testMatch: classSpecs, use: { baseURL: liveURL } },
  ],
  webServer: [
    ...(process.env.BASE_URL
      ? []
      : [
          {
            // --ignore-lock: a preview the developer already runs does not block the tests.
            command: `node_modules/.bin/astro preview --port ${port} --ignore-lock`,
            url: `http://localhost:${port}/`,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
          },
        ]),
    ...(process.env.LIVE_URL
      ? []
      : [
          {
            // A fresh database each run: the folder is emptied first, so no class from a run before is found.
            command: `rm -rf ${liveData} && mkdir -p ${liveData} && node server/main.ts`,
            url: `${liveURL}/api/health`,
            env: { PORT: String(livePort), SQLITE_FILE: join(liveData, 'class.sqlite') },
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
          },
        ]),
  ],
});
