import { expect, test, type Page } from '@playwright/test';

// The table of contents marks the section being read (aria-current), on the desktop
// column and in the phone's bar, with the course's own script (src/components/toc/).
const LESSON = '/lessons/07-backpropagation/';

/** Scrolls the page so that the heading sits at the top of the reading area (as a jump to it does). */
async function scrollToHeading(page: Page, name: string) {
  const heading = page.getByRole('heading', { name, exact: true });
  await heading.evaluate((h) => h.scrollIntoView({ block: 'start' }));
}

test.describe('desktop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the "On this page" column marks the section scrolled to, and follows scrolling back', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const current = toc.locator('a[aria-current="true"]');
    await expect(current).toHaveText('Overview', { timeout: 20_000 });

    await toc.getByRole('link', { name: 'Backward pass', exact: true }).click();
    await expect(current).toHaveText('Backward pass');
    await expect(current).toHaveCount(1);
    await expect(toc.getByRole('link', { name: 'Backward pass' })).toHaveAttribute(
      'aria-current',
      'true',
    );

    // With the heading well below the header, the section before it is the one being read.
    const backward = page.getByRole('heading', { name: 'Backward pass', exact: true });
    await expect(async () => {
      await backward.evaluate((h) => window.scrollBy(0, h.getBoundingClientRect().top - 400));
      await expect(current).toHaveText('Forward pass', { timeout: 2_000 });
    }).toPass();

    // Scrolling down by hand past a heading.
    await scrollToHeading(page, 'The update');
    await expect(current).toHaveText('The update');

    await page.keyboard.press('Home');
    await expect(current).toHaveText('Overview');
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the bar names the section scrolled to, and its list marks it', async ({ page }) => {
    await page.goto(LESSON);
    const bar = page.locator('#starlight__on-this-page--mobile');
    await scrollToHeading(page, 'The chain rule for one unit');
    await expect(bar).toContainText('The chain rule for one unit', { timeout: 20_000 });

    await bar.click();
    const list = page.getByRole('navigation', { name: /On this page/ }).filter({ visible: true });
    const link = list.getByRole('link', { name: 'The chain rule for one unit', exact: true });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('aria-current', 'true');

    // Choosing a section closes the list and the bar names it.
    await list.getByRole('link', { name: 'The update', exact: true }).click();
    await expect(link).toBeHidden();
    await expect(bar).toContainText('The update');

    // Escape closes the list again, by keyboard.
    await bar.focus();
    await page.keyboard.press('Enter');
    await expect(link).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(link).toBeHidden();
  });
});
