import { expect, test, type Locator, type Page } from '@playwright/test';

// Expected numbers were computed independently in Python (plain loops, math.exp,
// max-shifted softmax) from the seed-5 weights that the first test reads off the page.
const lesson = '/lessons/04-layers-feed-forward/';

async function openWidget(page: Page) {
  await page.goto(lesson);
  const widget = page.getByRole('region', { name: 'Forward pass in matrices' });
  await widget.scrollIntoViewIfNeeded();
  // The island hydrates when visible; a click only counts once it has.
  await expect(async () => {
    await widget.getByRole('button', { name: 'Show all steps' }).click();
    await expect(widget.getByRole('status')).toContainText('softmax', { timeout: 500 });
  }).toPass();
  await widget.getByRole('button', { name: 'Reset' }).click();
  await expect(widget.getByRole('status')).toHaveText('Start: input x = 1, 0.5, −1.');
  return widget;
}

const table = (widget: Locator, caption: string) =>
  widget.getByRole('table', { name: caption, exact: true });
const cells = (widget: Locator, caption: string) => table(widget, caption).getByRole('cell');
const M = (s: string) => s.replaceAll('-', '−');

test('default seed and inputs: W¹, b¹, W², b² as in Python, and Z¹, H¹, Z², P match it', async ({
  page,
}) => {
  const widget = await openWidget(page);
  await expect(cells(widget, 'W¹ (4×3)')).toHaveText(
    ['0.4', '0.5', '-0.5', '0.2', '-0.8', '0.2', '0.4', '-0.1', '0.8', '-0.5', '0.5', '0.4'].map(M),
  );
  await expect(cells(widget, 'b¹ (4×1)')).toHaveText(['0.2', '-0.5', '0', '-0.2'].map(M));
  await expect(cells(widget, 'W² (2×4)')).toHaveText(
    ['0.8', '-0.4', '0.5', '0.4', '-0.5', '-1', '0.6', '-0.6'].map(M),
  );
  await expect(cells(widget, 'b² (2×1)')).toHaveText(['-0.2', '-0.4'].map(M));
  // Nothing is computed before the first step.
  await expect(cells(widget, 'Z¹ (4×1)')).toHaveText(
    ['?', '?', '?', '?'].map((q) => `${q}not computed yet`),
  );
  await widget.getByRole('button', { name: 'Show all steps' }).click();
  await expect(cells(widget, 'Z¹ (4×1)')).toHaveText(['1.35', '-0.9', '-0.45', '-0.85'].map(M));
  await expect(cells(widget, 'H¹ (4×1)')).toHaveText(['0.7941', '0.2891', '0.3894', '0.2994']);
  await expect(cells(widget, 'Z² (2×1)')).toHaveText(['0.6341', '-1.032'].map(M));
  await expect(cells(widget, 'P (2×1)')).toHaveText(['0.8411', '0.1589']);
  await expect(widget.getByRole('status')).toHaveText(
    'Step 7 of 7, softmax: output probabilities 0.8411 and 0.1589.',
  );
});

test('stepping highlights the row of W in use and writes out its dot product', async ({ page }) => {
  const widget = await openWidget(page);
  const next = widget.getByRole('button', { name: 'Next step' });
  await next.click();
  await next.click();
  const w1Rows = table(widget, 'W¹ (4×3)').getByRole('row');
  await expect(w1Rows.nth(1)).toHaveAttribute('aria-current', 'true');
  for (const i of [0, 2, 3]) await expect(w1Rows.nth(i)).not.toHaveAttribute('aria-current');
  await expect(table(widget, 'b¹ (4×1)').getByRole('row').nth(1)).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(widget.getByTestId('fp-working')).toHaveText(
    'z¹₂ = 0.2·1 + (−0.8)·0.5 + 0.2·(−1) + (−0.5) = −0.9, then h¹₂ = σ(−0.9) = 0.2891',
  );
  // Only the first two hidden units are known so far.
  await expect(cells(widget, 'Z¹ (4×1)')).toHaveText([
    '1.35',
    '−0.9',
    '?not computed yet',
    '?not computed yet',
  ]);
  // Steps 3, 4, 5: the first output unit, a row of W².
  await next.click();
  await next.click();
  await next.click();
  await expect(table(widget, 'W² (2×4)').getByRole('row').nth(0)).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(table(widget, 'W¹ (4×3)').locator('tr[aria-current]')).toHaveCount(0);
  await expect(widget.getByTestId('fp-working')).toContainText(
    'z²₁ = 0.8·0.7941 + (−0.4)·0.2891 + 0.5·0.3894 + 0.4·0.2994 + (−0.2) = 0.6341',
  );
  await widget.getByRole('button', { name: 'Previous step' }).click();
  await expect(w1Rows.nth(3)).toHaveAttribute('aria-current', 'true');
  await expect(widget.getByRole('status')).toHaveText(
    'Step 4 of 7, hidden unit 4: z¹₄ = −0.85, h¹₄ = 0.2994.',
  );
});

test('editing x₁ or the activation recomputes everything', async ({ page }) => {
  const widget = await openWidget(page);
  await widget.getByRole('button', { name: 'Show all steps' }).click();
  await widget.getByLabel('x₁').fill('-2');
  await expect(cells(widget, 'Z¹ (4×1)')).toHaveText(['0.15', '-1.5', '-1.65', '0.65'].map(M));
  await expect(cells(widget, 'P (2×1)')).toHaveText(['0.8388', '0.1612']);
  await widget.getByLabel('x₁').fill('1');
  await widget.getByLabel('hidden activation g').selectOption({ label: 'ReLU' });
  await expect(cells(widget, 'H¹ (4×1)')).toHaveText(['1.35', '0', '0', '0']);
  await expect(cells(widget, 'P (2×1)')).toHaveText(['0.876', '0.124']);
  // A bad value gets a message and changes nothing.
  await widget.getByLabel('x₂').fill('abc');
  await expect(widget.getByLabel('x₂')).toHaveAttribute('aria-invalid', 'true');
  await expect(widget.getByText('“abc” is not a number')).toBeVisible();
  await expect(cells(widget, 'P (2×1)')).toHaveText(['0.876', '0.124']);
  // Another seed, other weights.
  await widget.getByLabel('seed').fill('6');
  await expect(cells(widget, 'W¹ (4×3)').first()).not.toHaveText('0.4');
});

test('works from the keyboard alone', async ({ page }) => {
  const widget = await openWidget(page);
  await widget.getByLabel('x₁').focus();
  await page.keyboard.press('ArrowUp');
  await expect(widget.getByLabel('x₁')).toHaveValue('1.1');
  await widget.getByRole('button', { name: 'Next step' }).focus();
  await page.keyboard.press('Enter');
  await expect(widget.getByTestId('fp-working')).toHaveText(
    'z¹₁ = 0.4·1.1 + 0.5·0.5 + (−0.5)·(−1) + 0.2 = 1.39, then h¹₁ = σ(1.39) = 0.8006',
  );
  for (let i = 0; i < 6; i++) await page.keyboard.press('Enter');
  // Next stays focused (never disabled), so the keyboard reader is not thrown out at the end.
  await expect(widget.getByRole('button', { name: 'Next step' })).toBeFocused();
  await expect(widget.getByRole('button', { name: 'Next step' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expect(cells(widget, 'P (2×1)')).toHaveText(['0.841', '0.159']);
  await page.keyboard.press('Shift+Tab');
  await expect(widget.getByRole('button', { name: 'Previous step' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(widget.getByRole('status')).toContainText('Step 6 of 7');
  await widget.getByRole('button', { name: 'Reset' }).focus();
  await page.keyboard.press('Enter');
  await expect(widget.getByLabel('x₁')).toHaveValue('1');
  await expect(widget.getByRole('status')).toHaveText('Start: input x = 1, 0.5, −1.');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('fits 390 px: the matrices wrap inside their box, Z and H on screen, never the page wider', async ({
    page,
  }) => {
    const widget = await openWidget(page);
    await widget.getByRole('button', { name: 'Next step' }).tap();
    await expect(widget.getByRole('status')).toContainText('Step 1 of 7');
    const box = await widget.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    for (const layer of ['Layer 1 as matrices', 'Layer 2 as matrices']) {
      const group = widget.getByRole('group', { name: layer });
      const [sw, cw] = await group.evaluate((el) => [el.scrollWidth, el.clientWidth]);
      expect(sw).toBeLessThanOrEqual(cw); // nothing hidden to the right
    }
    for (const name of [/^Z¹/, /^H¹/, /^Z²/, /^P\b/]) {
      const m = widget.getByRole('table', { name }).first();
      await m.scrollIntoViewIfNeeded();
      const b = (await m.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(390);
    }
    for (const name of ['Previous step', 'Next step', 'Reset']) {
      const b = await widget.getByRole('button', { name }).boundingBox();
      expect(b!.height).toBeGreaterThanOrEqual(44);
    }
  });
});

test.describe('the ReLU task, at 390 px and by keyboard alone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  // By hand, seed 5: z¹₁ = 0.4x₁ + 0.5x₂ − 0.5x₃ + 0.2 = 1.35 at the start; x₃ = 2 gives −0.15.
  test('with ReLU hidden units, x₃ = 2 switches hidden unit 1 off', async ({ page }) => {
    await page.goto(lesson);
    const widget = page.getByRole('region', { name: 'Forward pass in matrices' });
    await widget.scrollIntoViewIfNeeded();
    await expect(async () => {
      await widget.getByRole('button', { name: 'Next step' }).focus();
      await page.keyboard.press('Enter');
      await expect(widget.getByRole('status')).toContainText('hidden unit 1', { timeout: 500 });
    }).toPass({ timeout: 30_000 });
    const g = widget.getByLabel('hidden activation g');
    await g.focus();
    await page.keyboard.press('ArrowDown'); // tanh
    await page.keyboard.press('ArrowDown'); // ReLU
    await expect(g).toHaveValue('relu');
    await expect(widget.getByTestId('fp-working')).toContainText('h¹₁ = ReLU(1.35) = 1.35');
    const poll = page.getByRole('form', { name: /until hidden unit 1 is switched off/ });
    const check = poll.getByRole('button', { name: 'Check' });
    // The poll hydrates when it comes into view, as it does when a reader tabs to it.
    await poll.scrollIntoViewIfNeeded();
    await expect(check).toBeEnabled();
    await check.focus();
    await page.keyboard.press('Enter');
    await expect(poll.getByRole('status')).toContainText(
      'Not quite. Hidden unit 1 is still on: its weighted sum is 1.35 > 0, so it outputs 1.35.',
    );
    await widget.getByLabel('x₃').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2');
    await expect(widget.getByTestId('fp-working')).toContainText('h¹₁ = ReLU(−0.15) = 0');
    await check.focus();
    await page.keyboard.press('Enter');
    await expect(poll.getByRole('status')).toContainText(
      'Correct. Hidden unit 1 is off: its weighted sum is −0.15, and ReLU outputs 0 for every z ≤ 0.',
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});
