import { expect, test } from '@playwright/test';

// Served as static pages (astro preview), the classes page has no class server to talk to.
test('/teachers/classes/ says plainly that classes need the class server', async ({ page }) => {
  await page.goto('/teachers/classes/');
  const notice = page.getByRole('region', { name: 'Classes need the class server' });
  await expect(notice).toBeVisible();
  await expect(notice.getByText('npm start', { exact: true })).toBeVisible();
  // No form that could not work is offered.
  await expect(page.getByRole('form', { name: 'Create a class' })).toHaveCount(0);
});
