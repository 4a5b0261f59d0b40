import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const KEY = 'nn-course:progress:v1';
const NOTICE = { name: 'About your saved progress' };
const L3 = 'lessons/03-weights-bias-activations';
const GOOD = {
  poll: 'init-zero-weights-zero-biases',
  lesson: L3,
  answer: 'b',
  correct: true,
  at: Date.UTC(2026, 10, 30, 9),
};
// One readable attempt and one without an answer, correct flag or time.
const DAMAGED = JSON.stringify({ version: 1, attempts: [GOOD, { poll: 'x', lesson: L3 }] });

/** Puts `raw` under the progress key before the first page of this test runs (once). */
async function seedOnce(page: Page, raw: string) {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, raw],
  );
}

test('damaged progress is announced on every page until dismissed; the kept copy downloads and restores', async ({
  page,
}) => {
  await seedOnce(page, DAMAGED);
  // The first page has no poll at all.
  await page.goto('/reference/glossary/');
  const notice = page.getByRole('note', NOTICE);
  await expect(notice).toContainText('Your saved progress could not be read');
  // Another page, with nothing left to recover, still tells.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link').first().click();
  await expect(notice).toContainText('Your saved progress could not be read');

  await page.goto('/progress/');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveCount(1); // said once, not again inside the page
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: 'Download the kept copy' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^nn-course-progress-kept-\d{4}-\d\d-\d\d\.json$/);
  expect(readFileSync(await download.path(), 'utf8')).toBe(DAMAGED);

  await notice.getByRole('button', { name: 'Restore what can be read' }).click();
  await expect(notice.getByRole('status')).toHaveText(
    'Restored 1 answer from the kept copy (1 damaged answer left out).',
  );
  const row = page
    .getByRole('region', { name: 'Weights, bias and activation functions' })
    .getByRole('row', { name: /It is possible to train a network well/ });
  await expect(row).toContainText('correct, first try');

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await page.goto('/reference/glossary/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('note', NOTICE)).toHaveCount(0);
});

test('an import larger than the room left in storage says it could not be saved', async ({
  page,
}) => {
  await page.goto('/progress/');
  await expect(page.getByRole('button', { name: 'Export to a file' })).toBeVisible();
  // Simulate a nearly full storage: fill it with another site's data until only about 20 000 characters are left.
  await page.evaluate(() => {
    let n = 0;
    for (const size of [1_000_000, 100_000, 10_000]) {
      try {
        for (;;) localStorage.setItem(`filler-${n++}`, 'x'.repeat(size));
      } catch {
        /* full at this grain: go finer */
      }
    }
    localStorage.removeItem(`filler-${n - 2}`); // free one 10 000-character block
    localStorage.removeItem(`filler-${n - 3}`);
  });
  const attempts = Array.from({ length: 2000 }, (_, i) => ({ ...GOOD, at: GOOD.at + i }));
  await page.getByLabel('Import a progress file').setInputFiles({
    name: 'big.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'nn-course-progress', version: 1, attempts })),
  });
  await expect(page.getByText('The file holds 2000 answers to 1 question in 1 lesson')).toBeVisible();
  await page.getByRole('button', { name: 'Replace my progress' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'could not be saved' })).toContainText(
    'Nothing was imported; your saved progress is unchanged.',
  );
  await expect(page.getByText(/Imported\. You now have/)).toHaveCount(0);
  const row = page
    .getByRole('region', { name: 'Weights, bias and activation functions' })
    .getByRole('row', { name: /It is possible to train a network well/ });
  await expect(row).toContainText('not tried');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  await page.evaluate(() => localStorage.clear());
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('"Last answered" is reached by scrolling the table region, by keyboard too', async ({
    page,
  }) => {
    await seedOnce(page, JSON.stringify({ version: 1, attempts: [GOOD] }));
    await page.goto('/progress/');
    const region = page.getByRole('region', { name: 'Lesson 3: questions and results' });
    const last = region.getByRole('columnheader', { name: 'Last answered' });
    await expect(region.getByRole('row', { name: /possible to train a network well/ })).toContainText(
      'correct, first try',
    );
    // How far the column's right edge lies beyond the region's (the region is taller
    // than the screen, so this is measured sideways only).
    const overhang = () =>
      last.evaluate((th) => {
        const region = th.closest('[role="region"]')!;
        return th.getBoundingClientRect().right - region.getBoundingClientRect().right;
      });
    expect(await overhang()).toBeGreaterThan(1);
    await region.focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(overhang).toBeLessThanOrEqual(1);
  });

  test('the notice fits the screen, its buttons are reachable, and axe finds nothing', async ({
    page,
  }) => {
    await seedOnce(page, DAMAGED);
    await page.goto('/reference/glossary/');
    const notice = page.getByRole('note', NOTICE);
    await expect(notice.getByRole('button', { name: 'Dismiss' })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    for (const name of ['Download the kept copy', 'Restore what can be read', 'Dismiss']) {
      const box = (await notice.getByRole('button', { name }).boundingBox())!;
      expect(box.height, name).toBeGreaterThanOrEqual(44);
    }
    const results = await new AxeBuilder({ page })
      .include('.nn-page-notice')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
