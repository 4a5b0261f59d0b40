import { expect, test } from '@playwright/test';

// A query holding a word no page has finds nothing (Pagefind alone would answer
// with its longest indexed prefix); real words and words being typed still search.
test('a nonsense word finds nothing; "perceptron" finds lesson 2 first, also while typed', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  const box = dialog.getByRole('textbox', { name: 'Search' });
  const results = dialog.locator('.pagefind-ui__results');

  await box.fill('xyzzy');
  await expect(dialog.getByRole('status').filter({ hasText: 'No results for xyzzy' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(dialog.getByRole('link')).toHaveCount(0);

  await box.fill('perceptron');
  await expect(results.getByRole('link').first()).toHaveText(/The perceptron/, { timeout: 20_000 });
  await expect(dialog.getByText('No results for')).toHaveCount(0);

  // A word with a nonsense word beside it finds nothing either.
  await box.fill('perceptron xyzzy');
  await expect(dialog.getByText('No results for perceptron xyzzy')).toBeVisible();
  await expect(dialog.getByRole('link')).toHaveCount(0);

  // A word being typed, and a plural of a word of the course, still search.
  await box.fill('percep');
  await expect(results.getByRole('link').first()).toHaveText(/The perceptron/, { timeout: 20_000 });
  await box.fill('perceptrons');
  await expect(results.getByRole('link').first()).toBeVisible({ timeout: 20_000 });
});

test('offline after one visit, a nonsense word still finds nothing', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await context.setOffline(true);
  try {
    await page.reload();
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.getByRole('textbox', { name: 'Search' }).fill('xyzzy');
    await expect(dialog.getByText('No results for xyzzy')).toBeVisible({ timeout: 20_000 });
    await expect(dialog.getByRole('link')).toHaveCount(0);
  } finally {
    await context.setOffline(false);
  }
});
