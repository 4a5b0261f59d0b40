import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { lessonPages } from './pages.ts';

/** Visits a page until the service worker controls it (the precache is then complete), then goes offline. */
async function goOffline(page: Page, context: BrowserContext, path: string) {
  await page.goto(path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await context.setOffline(true);
}

test('after one visit the course reads offline', async ({ page, context }) => {
  const [first, second] = lessonPages();
  // The service worker precaches the whole course while installing.
  await goOffline(page, context, first);
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

test.describe('offline addresses', () => {
  test.afterEach(async ({ context }) => context.setOffline(false));

  test('a shared playground link with a query string opens offline, its settings applied', async ({
    page,
    context,
  }) => {
    await goOffline(page, context, lessonPages()[0]);
    const playground = lessonPages().find((p) => p.includes('putting-it-together'))!;
    await page.goto(`${playground}?dataset=circles&seed=7#training-playground`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const widget = page.getByRole('region', { name: 'Training playground' });
    await expect(widget.getByLabel('Data set')).toHaveValue('circles');
  });

  test('an address without its trailing slash opens the page; an unknown one the course 404', async ({
    page,
    context,
  }) => {
    await goOffline(page, context, '/');
    const lesson = lessonPages()[2];
    await page.goto(`${lesson.slice(0, -1)}?x=1`);
    await expect(page).toHaveURL(new RegExp(`${lesson}\\?x=1$`));
    await expect(page.getByText(`Lesson 3 of ${lessonPages().length}`)).toBeVisible();
    const response = await page.goto('/lessons/no-such-lesson/?dataset=xor');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: '404' })).toBeVisible();
    await expect(page.getByText('Page not found')).toBeVisible();
  });

  test('search works offline after one visit, with no script error', async ({ page, context }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await goOffline(page, context, lessonPages()[0]);
    await page.reload();
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.getByRole('textbox', { name: 'Search' }).fill('chain rule');
    await expect(dialog.getByRole('link', { name: /Backpropagation/ }).first()).toBeVisible({
      timeout: 20_000,
    });
    expect(errors).toEqual([]);
  });
});

test.describe('print', () => {
  // An A4 page's printable width at 96 px per inch (210 mm less 1 cm margins).
  test.use({ viewport: { width: 718, height: 1000 } });

  test('wide tables fit the page, headings stay with what follows', async ({ page }) => {
    await page.goto(lessonPages()[2]);
    await page.emulateMedia({ media: 'print' });
    // Lay out every block now, as printing does.
    await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
    const table = page.getByRole('region', { name: 'Table: Name' });
    const fits = await table.evaluate((box) => {
      const last = box.querySelector('thead th:last-child')!;
      return {
        last: last.textContent,
        overflow: box.scrollWidth - box.clientWidth,
        beyond: last.getBoundingClientRect().right - box.getBoundingClientRect().right,
      };
    });
    expect(fits).toEqual({ last: 'Typical use', overflow: 0, beyond: expect.any(Number) });
    expect(fits.beyond).toBeLessThanOrEqual(0.5);
    const heading = page.getByRole('heading', { level: 2 }).nth(1);
    expect(await heading.evaluate((h) => getComputedStyle(h).breakAfter)).toBe('avoid');
  });

  test('no widget prints its "?" state and no poll prints as an empty form', async ({ page }) => {
    await page.goto(lessonPages()[3]);
    await page.emulateMedia({ media: 'print' });
    const widget = page.getByRole('region', { name: 'Forward pass in matrices' });
    await expect(widget.getByRole('heading', { name: 'Forward pass in matrices' })).toBeVisible();
    await expect(widget.getByRole('group', { name: 'Layer 1 as matrices' })).toBeHidden();
    await expect(widget.getByText('Step 0 of', { exact: false })).toBeHidden();
    expect(await widget.evaluate((w) => getComputedStyle(w, '::after').content)).toContain(
      'Step through this widget in the online lesson',
    );
    const poll = page.getByRole('form').first();
    await expect(poll.getByRole('button', { name: 'Check' })).toBeHidden();
    await expect(poll.getByRole('radio').first()).toBeHidden();
    await expect(poll.locator('.poll-prompt')).toBeVisible();
    // The first option is a formula (3 × 4), written in MDX.
    await expect(poll.getByRole('listitem').first().locator('math')).toBeVisible();
  });
});
