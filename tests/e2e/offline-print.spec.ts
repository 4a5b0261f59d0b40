import { expect, test } from '@playwright/test';
import { lessonPages } from './pages.ts';

test('after one visit the course reads offline', async ({ page, context }) => {
  const [first, second] = lessonPages();
  await page.goto(first);
  // The service worker precaches the whole course while installing.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await context.setOffline(true);
  await page.goto(second);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('math').first()).toBeVisible();
  // Its own styles came from the cache too: the page is laid out, not bare HTML.
  const sidebarWidth = await page
    .getByRole('navigation', { name: 'Main' })
    .evaluate((el) => el.getBoundingClientRect().width);
  expect(sidebarWidth).toBeGreaterThan(100);
  await context.setOffline(false);
});

test('a lesson prints cleanly: no navigation, its content and widgets kept', async ({ page }) => {
  const lesson = lessonPages()[1];
  await page.goto(lesson);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Search' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  await expect(page.getByRole('link', { name: /Next/ })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Weighted-sum calculator' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reset' }).first()).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // A whole lesson runs to several pages; a broken print style gives one or two.
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThan(2);
});
