import { expect, test, type Locator, type Page } from '@playwright/test';

// Independent numbers: a Python replica of mulberry32 (the engine's generator, seed 3) that skips
// the 168 draws of the diagram network's initial weights predicts the dropped units: at p = 0.5
// iteration 1 drops units 2, 3, 4, 5, 7, 8 of hidden layer 1 and 1, 3, 5, 8 of hidden layer 2,
// iteration 2 drops 2, 3, 4, 5 and 7; at p = 0.2 iteration 1 drops 7, 8 and 5, 8.
// 1/(1 − 0.5) = 2, 1/(1 − 0.2) = 1.25. The training numbers are pinned from
// tests/unit/widgets/dropout-demo.test.ts; rate 0 must equal no dropout exactly.

async function open(page: Page): Promise<Locator> {
  await page.goto('/lessons/08-dropout-and-batch-norm/');
  const widget = page.getByRole('region', { name: 'Dropout demo' });
  await widget.scrollIntoViewIfNeeded();
  return widget;
}

/** Presses Next iteration once the island has hydrated (the first press only counts after that). */
async function firstIteration(widget: Locator, press: (b: Locator) => Promise<void>) {
  const next = widget.getByRole('button', { name: 'Next iteration' });
  await expect(async () => {
    await press(next);
    await expect(widget.getByTestId('dd-iteration')).not.toHaveText('Iteration 0', {
      timeout: 1000,
    });
  }).toPass();
  await expect(widget.getByTestId('dd-iteration')).toHaveText('Iteration 1');
}

const drops = (widget: Locator, layer: number) => widget.getByTestId(`dd-dropped-${layer}`);

test('the same seed drops the same units, and p sets the scale 1/(1 − p)', async ({ page }) => {
  const widget = await open(page);
  await firstIteration(widget, (b) => b.click());
  await expect(drops(widget, 1)).toHaveText('hidden layer 1 drops 2, 3, 4, 5, 7, 8;');
  await expect(drops(widget, 2)).toHaveText('hidden layer 2 drops 1, 3, 5, 8.');
  await expect(widget.getByRole('img', { name: /2-8-8-1 network/ })).toBeVisible();
  await expect(widget.getByTestId('dd-scale')).toHaveText('1/(1 − 0.5) = 2');
  await widget.getByRole('button', { name: 'Next iteration' }).click();
  await expect(drops(widget, 1)).toHaveText('hidden layer 1 drops 2, 3, 4, 5;');
  await expect(drops(widget, 2)).toHaveText('hidden layer 2 drops 7.');
  await expect(widget.getByRole('status').filter({ hasText: 'Iteration 2' })).toContainText(
    'hidden layer 1 keeps 4 of 8 units, hidden layer 2 keeps 7 of 8 units; survivors are scaled by 2',
  );
  // Reset: the same seed gives the same masks again.
  await widget.getByRole('button', { name: 'Reset' }).click();
  await expect(widget.getByTestId('dd-iteration')).toHaveText('Iteration 0');
  await widget.getByRole('button', { name: 'Next iteration' }).click();
  await expect(drops(widget, 1)).toHaveText('hidden layer 1 drops 2, 3, 4, 5, 7, 8;');
  await widget.getByRole('slider', { name: /Drop rate p/ }).fill('0.2');
  await expect(widget.getByTestId('dd-scale')).toHaveText('1/(1 − 0.2) = 1.25');
  await widget.getByRole('button', { name: 'Next iteration' }).click();
  await expect(drops(widget, 1)).toHaveText('hidden layer 1 drops 7, 8;');
  await expect(drops(widget, 2)).toHaveText('hidden layer 2 drops 5, 8.');
});

test('rate 0 gives exactly the curves of no dropout; rate 0.5 lowers the test loss', async ({
  page,
}) => {
  const widget = await open(page);
  await firstIteration(widget, (b) => b.click());
  await widget.getByRole('slider', { name: /Drop rate p/ }).fill('0');
  await widget.getByRole('button', { name: 'Next iteration' }).click();
  await expect(drops(widget, 1)).toHaveText('hidden layer 1 drops none;');
  await expect(drops(widget, 2)).toHaveText('hidden layer 2 drops none.');
  await widget.getByRole('button', { name: 'Train both' }).click();
  const status = widget.getByRole('status').filter({ hasText: 'epochs' });
  await expect(status).toContainText('After 300 of 300 epochs', { timeout: 20_000 });
  for (const which of ['train', 'test']) {
    await expect(widget.getByTestId(`dd-drop-${which}`)).toHaveText(
      await widget.getByTestId(`dd-plain-${which}`).innerText(),
    );
  }
  await expect(widget.getByTestId('dd-plain-train')).toHaveText('0.0587');
  await expect(widget.getByTestId('dd-plain-test')).toHaveText('0.937');
  // Back to p = 0.5 (Reset), train again: dropout overfits less.
  await widget.getByRole('button', { name: 'Reset' }).click();
  await expect(status).toContainText('After 0 of 300 epochs');
  await widget.getByRole('button', { name: 'Train both' }).click();
  await expect(status).toContainText('After 300 of 300 epochs', { timeout: 20_000 });
  await expect(widget.getByTestId('dd-plain-test')).toHaveText('0.937');
  await expect(widget.getByTestId('dd-drop-test')).toHaveText('0.562');
  await expect(widget.getByTestId('dd-drop-train')).toHaveText('0.152');
});

test('keyboard only, with reduced motion: nothing runs until Train both, then it finishes at once', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const widget = await open(page);
  await firstIteration(widget, async (b) => {
    await b.focus();
    await page.keyboard.press('Enter');
  });
  const slider = widget.getByRole('slider', { name: /Drop rate p/ });
  await slider.focus();
  for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowLeft');
  await expect(widget.getByTestId('dd-scale')).toHaveText('1/(1 − 0.2) = 1.25');
  await page.keyboard.press('Tab');
  await expect(widget.getByRole('button', { name: 'Next iteration' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(drops(widget, 1)).toHaveText('hidden layer 1 drops 7, 8;');
  const status = widget.getByRole('status').filter({ hasText: 'epochs' });
  await page.waitForTimeout(500);
  await expect(status).toContainText('After 0 of 300 epochs');
  await widget.getByRole('button', { name: 'Train both' }).focus();
  await page.keyboard.press('Enter');
  await expect(status).toContainText('After 300 of 300 epochs');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('fits 390 px, with touch-sized controls', async ({ page }) => {
    const widget = await open(page);
    await firstIteration(widget, (b) => b.tap());
    await expect(drops(widget, 1)).toHaveText('hidden layer 1 drops 2, 3, 4, 5, 7, 8;');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    const box = await widget.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    for (const name of ['Next iteration', 'Train both', 'Reset']) {
      expect(
        (await widget.getByRole('button', { name }).boundingBox())!.height,
      ).toBeGreaterThanOrEqual(44);
    }
    expect(
      (await widget.getByRole('slider', { name: /Drop rate p/ }).boundingBox())!.height,
    ).toBeGreaterThanOrEqual(44);
    await widget.getByRole('button', { name: 'Train both' }).tap();
    await expect(widget.getByRole('status').filter({ hasText: 'epochs' })).toContainText(
      'After 300 of 300 epochs',
      { timeout: 20_000 },
    );
    await expect(widget.getByTestId('dd-drop-test')).toHaveText('0.562');
  });
});

test.describe('the rate-0 task, on a phone and by keyboard', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('rate 0, trained, is graded right; rate 0.5 untrained is not', async ({ page }) => {
    const widget = await open(page);
    await firstIteration(widget, async (b) => {
      await b.focus();
      await page.keyboard.press('Enter');
    });
    const poll = page.getByRole('form', {
      name: /that dropout at rate 0 is the same as no dropout/,
    });
    const check = poll.getByRole('button', { name: 'Check' });
    // The poll is an island of its own: a disabled Check cannot take focus, so bring it into view to hydrate.
    await poll.scrollIntoViewIfNeeded();
    await expect(check).toBeEnabled({ timeout: 30_000 });
    await check.focus();
    await page.keyboard.press('Enter');
    await expect(poll.getByRole('status')).toContainText('train at least 50');
    const slider = widget.getByRole('slider', { name: /Drop rate p/ });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(widget.getByTestId('dd-scale')).toHaveText('1/(1 − 0) = 1');
    await widget.getByRole('button', { name: 'Train both' }).focus();
    await page.keyboard.press('Enter');
    const status = widget.getByRole('status').filter({ hasText: 'epochs' });
    await expect(status).toContainText('After 300 of 300 epochs', { timeout: 30_000 });
    await check.focus();
    await page.keyboard.press('Enter');
    await expect(poll.getByRole('status')).toContainText('Correct.', { timeout: 20_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});
