import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { answer, joinAs, openClass } from './helpers.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axe(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  expect(summary, `axe found violations on ${what}`).toEqual([]);
}

const noSideScroll = (page: Page) =>
  expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth))
    .toBe(true);

for (const theme of ['light', 'dark'] as const) {
  test(`presenter (1280 px) and learner (390 px) pass axe in ${theme} mode, without sideways scroll`, async ({
    page,
    browser,
  }, info) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: theme });
    await page.setViewportSize({ width: 1280, height: 900 });
    const code = await openClass(page);
    await axe(page, 'the presenter before the first poll');

    const phone = await joinAs(browser, code, 'Ada');
    await phone.emulateMedia({ colorScheme: theme });
    await phone.setViewportSize({ width: 390, height: 844 });
    await axe(phone, 'the learner, waiting');
    await page.getByRole('button', { name: 'Open the first poll' }).click();
    await answer(phone, 'Statement 2 is true and Statement 1 is false.');
    await noSideScroll(phone);
    await axe(phone, 'the learner, answered');

    await page.getByRole('button', { name: 'Show results' }).click();
    await page.getByRole('button', { name: 'Reveal the answer' }).click();
    await expect(phone.getByText(/You were right/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'The answer:' })).toBeVisible();
    await axe(page, 'the presenter, revealed');
    await axe(phone, 'the learner, revealed');
    await noSideScroll(phone);
    await page.screenshot({ path: info.outputPath(`presenter-1280-${theme}.png`), fullPage: true });
    await phone.screenshot({ path: info.outputPath(`learner-390-${theme}.png`), fullPage: true });
    // A teacher may run the class from a phone too.
    await page.setViewportSize({ width: 390, height: 844 });
    await noSideScroll(page);
    await phone.context().close();
  });
}

/** Presses Tab until the focused element is the button named `name` (at most 60 presses). */
async function tabTo(page: Page, name: string) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (focused === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

test('the presenter can be run from the keyboard alone', async ({ page }) => {
  await openClass(page);
  await tabTo(page, 'Open the first poll');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Show results' })).toBeVisible();
  await tabTo(page, 'Show results');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Hide results' })).toBeVisible();
  await tabTo(page, 'Reveal the answer');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'The answer:' })).toBeVisible();
});
