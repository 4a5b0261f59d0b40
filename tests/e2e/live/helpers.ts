// Shared steps of the live-poll specs: open a class as the presenter, join as learners.
import { expect, type Browser, type Page } from '@playwright/test';

/** Opens a class with the lecture's polls (ticked by default) and returns its join code. */
export async function openClass(page: Page): Promise<string> {
  await page.goto('/live/host/');
  await page.getByRole('button', { name: 'Open the class' }).click();
  const link = page.getByRole('link', { name: /\/live\/\?code=/ });
  await expect(link).toBeVisible({ timeout: 20_000 });
  const code = new URL((await link.getAttribute('href'))!).searchParams.get('code')!;
  expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
  return code;
}

/** A learner in its own browser context who joined by the code link under `name`. */
export async function joinAs(browser: Browser, code: string, name: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/live/?code=${code}`);
  await page.getByLabel(/^Your name/).fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByText('Waiting for the teacher to open a poll…')).toBeVisible({
    timeout: 30_000,
  });
  return page;
}

/** Picks the option named `option` and sends it; waits until the server has it. */
export async function answer(page: Page, option: string): Promise<void> {
  await page.getByRole('radio', { name: option }).check();
  await page.getByRole('button', { name: 'Send my answer' }).click();
  await expect(page.getByText('Your answer is in.', { exact: false })).toBeVisible({
    timeout: 30_000,
  });
}

/** The histogram's bars. */
export function bars(page: Page) {
  return page.getByRole('list', { name: 'Answers per choice' }).getByRole('listitem');
}

/** Waits until the histogram's bars are named exactly `expected` ("A: 3 answers", …). */
export async function expectBars(page: Page, expected: string[]): Promise<void> {
  await expect
    .poll(() => bars(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))))
    .toEqual(expected);
}
