import { expect, test } from '@playwright/test';

// Served as static pages (astro preview), the live pages have no class server to talk to.
for (const path of ['/live/', '/live/host/']) {
  test(`${path} says plainly that live polls need the class server`, async ({ page }) => {
    await page.goto(path);
    await expect(
      page.getByRole('heading', { name: 'Live polls need the class server' }),
    ).toBeVisible();
    await expect(page.getByText('npm start')).toBeVisible();
  });
}
