import { expect, test } from '@playwright/test';

// Served as static pages (astro preview), there is no class server to sign in to.
test('/class/ says plainly that classes need the class server, and keeps nothing from a link', async ({
  page,
}) => {
  await page.goto('/class/#code=ABC234&token=q3Zx8W_-abcdefghijklmnopqrstuvwxyz012345678');
  await expect(page.getByRole('heading', { name: 'Classes need the class server' })).toBeVisible();
  await expect(page.getByText('npm start')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('nn-class:session:v1'))).toBeNull();
  // Lesson pages stay as they are: no class banner without a sign-in.
  await page.goto('/lessons/02-perceptron/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Your class assignment' })).toHaveCount(0);
});
