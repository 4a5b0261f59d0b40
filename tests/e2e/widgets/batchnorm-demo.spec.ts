import { expect, test, type Locator, type Page } from '@playwright/test';

// Independent numbers (by hand and python3):
// (1, 2, 3, 6): μ = 12/4 = 3, σ² = (4 + 1 + 0 + 9)/4 = 3.5, x̂(6) = 3/√(3.5 + 1e-5) = 1.6036;
//   with γ = 2, β = 1: y(6) = 2·1.6036 + 1 = 4.2071, mean of y = 1, variance 4·3.5/3.50001 = 4.0000.
// (1, 3, 4, 8): μ = 4, σ² = 6.5; with γ = 2, β = 1, y(8) = 2·4/√6.50001 + 1 = 4.1379.
// The seeded batch (mulberry32 seed 4, Box–Muller, 32 draws, mean 4, spread 2), replicated in
//   Python: μ = 3.6837, σ² = 5.0525, largest x = 9.0070 → x̂ = 2.3682; mean 5 shifts μ to 4.6837.

async function open(page: Page): Promise<Locator> {
  await page.goto('/lessons/08-dropout-and-batch-norm/');
  const widget = page.getByRole('region', { name: 'Batch-norm demo' });
  await widget.scrollIntoViewIfNeeded();
  // The island hydrates when visible; moving β only counts once it has.
  const beta = widget.getByRole('slider', { name: /β/ });
  await expect(async () => {
    await beta.fill('0.5');
    await expect(widget.getByTestId('bn-out-mean')).toHaveText('0.5', { timeout: 1000 });
  }).toPass();
  await beta.fill('0');
  await expect(widget.getByTestId('bn-out-mean')).toHaveText('0');
  return widget;
}

const num = (widget: Locator, id: string) => widget.getByTestId(id);

test('the seeded batch: μ_B and σ²_B as computed independently; γ = 2, β = 1 give mean 1', async ({
  page,
}) => {
  const widget = await open(page);
  await expect(num(widget, 'bn-mean')).toHaveText('3.684');
  await expect(num(widget, 'bn-var')).toHaveText('5.053');
  await expect(num(widget, 'bn-x')).toHaveText('9.007');
  await expect(num(widget, 'bn-xhat')).toHaveText('2.368');
  await expect(
    widget.getByRole('img', { name: /Before: the unit's pre-activations/ }),
  ).toBeVisible();
  // The two histograms carry visible titles, above each plot.
  for (const title of ["Before: the unit's pre-activations over the batch", 'After: y = γ·x̂ + β']) {
    const caption = widget.locator('figcaption', { hasText: title });
    await expect(caption).toBeVisible();
    const [c, plot] = [await caption.boundingBox(), await caption.locator('+ svg').boundingBox()];
    expect(c!.y + c!.height).toBeLessThanOrEqual(plot!.y + 1);
  }
  await widget.getByRole('slider', { name: /Mean of the batch/ }).fill('5');
  await expect(num(widget, 'bn-mean')).toHaveText('4.684');
  await expect(num(widget, 'bn-var')).toHaveText('5.053');
  await widget.getByRole('slider', { name: /γ/ }).fill('2');
  await widget.getByRole('slider', { name: /β/ }).fill('1');
  await expect(num(widget, 'bn-out-mean')).toHaveText('1');
  await expect(num(widget, 'bn-out-var')).toHaveText('4');
  await expect(widget.getByRole('status').filter({ hasText: 'Batch of 32' })).toContainText(
    'With γ = 2 and β = 1 the output has mean 1 and variance 4',
  );
});

test('your own batch (1, 2, 3, 6) gives the hand numbers; a bad item is named and changes nothing', async ({
  page,
}) => {
  const widget = await open(page);
  await widget.getByLabel('Batch', { exact: true }).selectOption({ label: 'Your own numbers' });
  const field = widget.getByRole('textbox', { name: /Your batch/ });
  await expect(field).toHaveValue('1, 2, 3, 6');
  await expect(num(widget, 'bn-mean')).toHaveText('3');
  await expect(num(widget, 'bn-var')).toHaveText('3.5');
  await expect(num(widget, 'bn-x')).toHaveText('6');
  await expect(num(widget, 'bn-xhat')).toHaveText('1.604');
  await widget.getByRole('slider', { name: /γ/ }).fill('2');
  await widget.getByRole('slider', { name: /β/ }).fill('1');
  await expect(num(widget, 'bn-y')).toHaveText('4.207');
  await expect(num(widget, 'bn-out-mean')).toHaveText('1');
  await expect(num(widget, 'bn-out-var')).toHaveText('4');
  await field.fill('1, 2, x');
  await expect(widget.getByText(/Item 3 \("x"\) is not a number/)).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(num(widget, 'bn-mean')).toHaveText('3');
  await field.fill('1, 3, 4, 8');
  await expect(num(widget, 'bn-mean')).toHaveText('4');
  await expect(num(widget, 'bn-var')).toHaveText('6.5');
  await expect(num(widget, 'bn-y')).toHaveText('4.138');
  await widget.getByRole('button', { name: 'Reset' }).click();
  await expect(num(widget, 'bn-mean')).toHaveText('3.684');
  await expect(num(widget, 'bn-out-mean')).toHaveText('0');
});

test('training: batch norm lets the deep sigmoid network learn; without it the loss stays near log 2', async ({
  page,
}) => {
  const widget = await open(page);
  const status = widget.getByRole('status').filter({ hasText: 'epochs' });
  await expect(status).toContainText('After 0 of 60 epochs');
  await widget.getByRole('button', { name: 'Train both' }).click();
  await expect(status).toContainText('After 60 of 60 epochs', { timeout: 30_000 });
  const plain = Number(await num(widget, 'bn-plain-train').innerText());
  const bn = Number(await num(widget, 'bn-bn-train').innerText());
  expect(plain).toBeGreaterThan(0.65); // log 2 = 0.693: guessing
  expect(bn).toBeLessThan(0.2);
  await expect(num(widget, 'bn-plain-train')).toHaveText('0.6927');
  await expect(num(widget, 'bn-bn-test')).toHaveText('0.1083');
  await widget.getByRole('button', { name: 'Reset' }).click();
  await expect(status).toContainText('After 0 of 60 epochs');
  await expect(widget.getByRole('button', { name: 'Train both' })).toBeEnabled();
});

test('keyboard only: γ and β by arrow keys', async ({ page }) => {
  const widget = await open(page);
  await widget.getByRole('slider', { name: /γ/ }).focus();
  for (let k = 0; k < 10; k++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await expect(widget.getByRole('slider', { name: /β/ })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(num(widget, 'bn-out-mean')).toHaveText('1');
  await expect(num(widget, 'bn-out-var')).toHaveText('4');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('fits 390 px, with touch-sized controls', async ({ page }) => {
    const widget = await open(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    const box = await widget.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    for (const name of ['Train both', 'Reset']) {
      expect(
        (await widget.getByRole('button', { name }).boundingBox())!.height,
      ).toBeGreaterThanOrEqual(44);
    }
    for (const name of [/γ/, /β/, /Mean of the batch/]) {
      expect(
        (await widget.getByRole('slider', { name }).boundingBox())!.height,
      ).toBeGreaterThanOrEqual(44);
    }
    await widget.getByRole('button', { name: 'Train both' }).tap();
    await expect(widget.getByRole('status').filter({ hasText: 'epochs' })).toContainText(
      'After 60 of 60 epochs',
      { timeout: 30_000 },
    );
    await expect(num(widget, 'bn-bn-test')).toHaveText('0.1083');
  });
});

test.describe('the γ and β task, on a phone and by keyboard', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  // By hand: y = γ·x̂ + β has mean β and standard deviation γ (x̂ has mean 0 and spread 1).
  test('γ = 0.5 and β = 2 give mean 2 and standard deviation 0.5: graded right', async ({
    page,
  }) => {
    const widget = await open(page);
    const poll = page.getByRole('form', { name: /mean 2 and standard deviation 0.5/ });
    const check = poll.getByRole('button', { name: 'Check' });
    // The poll is an island of its own: a disabled Check cannot take focus, so bring it into view to hydrate.
    await poll.scrollIntoViewIfNeeded();
    await expect(check).toBeEnabled({ timeout: 30_000 });
    await check.focus();
    await page.keyboard.press('Enter');
    await expect(poll.getByRole('status')).toContainText('The mean of y is 0, not 2');
    await widget.getByRole('slider', { name: /γ/ }).focus();
    for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Tab');
    await expect(widget.getByRole('slider', { name: /β/ })).toBeFocused();
    for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowRight');
    await expect(num(widget, 'bn-out-mean')).toHaveText('2');
    await expect(num(widget, 'bn-out-var')).toHaveText('0.25');
    await expect(num(widget, 'bn-out-sd')).toHaveText('0.5');
    await check.focus();
    await page.keyboard.press('Enter');
    await expect(poll.getByRole('status')).toContainText('Correct.');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});
