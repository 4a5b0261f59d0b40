import { expect, test, type Page } from '@playwright/test';

// Independent answers (Python, math module): σ(0) = 0.5, σ'(0) = 0.25; ReLU(−1) = 0, ReLU'(−1) = 0;
// leaky ReLU (slope 0.1) at −2: −0.2 and 0.1; σ(2) = 0.880797, σ'(2) = 0.104994.
// The stack (x = 1, w = 1, b = 0.5; z = w·h + b, g ← g·w·g'(z) layer by layer):
//   n = 5:  sigmoid 0.000121468, tanh 0.000426744, ReLU 1
//   n = 10: sigmoid 1.722e−8,    tanh 2.376e−7,    ReLU 1

async function openExplorer(page: Page) {
  await page.goto('/lessons/03-weights-bias-activations/');
  const ex = page.getByRole('region', { name: 'Activation explorer' });
  await ex.scrollIntoViewIfNeeded();
  await expect(async () => {
    await ex.getByLabel('activation', { exact: true }).selectOption({ label: 'tanh' });
    await expect(ex.getByTestId('ae-df')).toHaveText('1', { timeout: 500 });
  }).toPass();
  await ex.getByLabel('activation', { exact: true }).selectOption({ label: 'sigmoid (logistic)' });
  return ex;
}

test('sigmoid at z = 0 reads f = 0.5 and f′ = 0.25', async ({ page }) => {
  const ex = await openExplorer(page);
  await expect(ex.getByTestId('ae-f')).toHaveText('0.5');
  await expect(ex.getByTestId('ae-df')).toHaveText('0.25');
  await expect(ex.getByRole('status').filter({ hasText: 'f(z) =' })).toHaveText(
    'sigmoid (logistic) at z = 0: f(z) = 0.5, f′(z) = 0.25',
  );
});

test('ReLU at −1 reads 0 and 0; leaky ReLU at −2 reads −0.2 and 0.1, and its slope is adjustable', async ({
  page,
}) => {
  const ex = await openExplorer(page);
  await ex.getByLabel('activation', { exact: true }).selectOption({ label: 'ReLU' });
  await ex.getByRole('slider', { name: 'cursor z' }).fill('-1');
  await expect(ex.getByTestId('ae-z')).toHaveText('−1');
  await expect(ex.getByTestId('ae-f')).toHaveText('0');
  await expect(ex.getByTestId('ae-df')).toHaveText('0');
  await ex.getByLabel('activation', { exact: true }).selectOption({ label: 'leaky ReLU' });
  await ex.getByRole('slider', { name: 'cursor z' }).fill('-2');
  await expect(ex.getByTestId('ae-f')).toHaveText('−0.2');
  await expect(ex.getByTestId('ae-df')).toHaveText('0.1');
  await ex.getByRole('slider', { name: 'slope for z < 0' }).fill('0.3');
  await expect(ex.getByTestId('ae-f')).toHaveText('−0.6');
  await expect(ex.getByTestId('ae-df')).toHaveText('0.3');
});

test('maxout with the lecture pieces z and −0.5z − 1, then a third piece', async ({ page }) => {
  const ex = await openExplorer(page);
  await ex.getByLabel('activation', { exact: true }).selectOption({ label: 'maxout' });
  await ex.getByRole('slider', { name: 'cursor z' }).fill('-2');
  await expect(ex.getByTestId('ae-f')).toHaveText('0'); // max(−2, 0)
  await expect(ex.getByTestId('ae-df')).toHaveText('−0.5');
  await expect(ex.getByRole('status').filter({ hasText: 'f(z) =' })).toContainText(
    'piece 2 on top',
  );
  await ex.getByLabel('pieces k').selectOption('3 pieces');
  await ex.getByRole('slider', { name: 'cursor z' }).fill('-0.8');
  await expect(ex.getByTestId('ae-f')).toHaveText('−0.5'); // max(−0.8, −0.6, −0.5)
  await expect(ex.getByTestId('ae-df')).toHaveText('0');
  await ex.getByLabel('b3').fill('-1');
  await expect(ex.getByTestId('ae-f')).toHaveText('−0.6');
});

test('the stack panel: after 5 layers sigmoid 0.0001215, tanh 0.0004267, ReLU 1', async ({
  page,
}) => {
  const ex = await openExplorer(page);
  await expect(ex.getByTestId('ae-stack-summary')).toHaveText(
    'after 5 layers: sigmoid 0.0001215, tanh 0.0004267, ReLU 1',
  );
  await ex.getByRole('slider', { name: 'layers n' }).fill('10');
  await expect(ex.getByTestId('ae-stack-sigmoid')).toHaveText('1.722e−8');
  await expect(ex.getByTestId('ae-stack-tanh')).toHaveText('2.376e−7');
  await expect(ex.getByTestId('ae-stack-relu')).toHaveText('1');
  await ex.getByLabel('input x').fill('-1');
  await ex.getByLabel('bias b').fill('0');
  await expect(ex.getByTestId('ae-stack-relu')).toHaveText('0 (no gradient)'); // a dead ReLU chain
});

test('the stack panel keeps tiny gradients apart from zero and 3¹⁰ exact', async ({ page }) => {
  const ex = await openExplorer(page);
  await ex.getByRole('slider', { name: 'layers n' }).fill('10');
  await ex.getByLabel('weight w').fill('3');
  // tanh: 2.669e−20 and ReLU 3¹⁰ = 59049 (tests/unit/widgets/activation-explorer.test.ts by hand).
  await expect(ex.getByTestId('ae-stack-tanh')).toHaveText('2.669e−20');
  await expect(ex.getByTestId('ae-stack-relu')).toHaveText('59049');
  await ex.getByLabel('input x').fill('-5');
  await ex.getByLabel('bias b').fill('-3');
  await expect(ex.getByTestId('ae-stack-sigmoid')).toHaveText('2.272e−15');
});

test('keyboard alone: arrow keys on the plot move the cursor', async ({ page }) => {
  const ex = await openExplorer(page);
  await ex.getByLabel('activation', { exact: true }).focus();
  await page.keyboard.press('Tab'); // the cursor slider
  await page.keyboard.press('ArrowRight');
  await expect(ex.getByTestId('ae-z')).toHaveText('0.1');
  const plot = ex.getByRole('img', { name: /sigmoid \(logistic\) and its derivative/ });
  await plot.focus();
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageDown');
  for (let i = 0; i < 19; i++) await page.keyboard.press('ArrowRight'); // 0.1 → 2
  await expect(ex.getByTestId('ae-z')).toHaveText('2');
  await expect(ex.getByTestId('ae-f')).toHaveText('0.8808');
  await expect(ex.getByTestId('ae-df')).toHaveText('0.105');
  await page.keyboard.press('Home');
  await expect(ex.getByTestId('ae-z')).toHaveText('−5');
  await ex.getByRole('button', { name: 'Reset', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(ex.getByTestId('ae-z')).toHaveText('0');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('fits the screen, and a tap on the plot moves the cursor', async ({ page }) => {
    const ex = await openExplorer(page);
    expect((await ex.boundingBox())!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    const plot = ex.getByRole('img', { name: /and its derivative/ });
    await plot.scrollIntoViewIfNeeded();
    const p = (await plot.boundingBox())!;
    // viewBox 480 × 300, z ∈ [−5, 5] drawn on 44…468: z = 2 sits at x = 340.8.
    await page.touchscreen.tap(p.x + (340.8 / 480) * p.width, p.y + p.height / 2);
    await expect(ex.getByTestId('ae-z')).toHaveText('2');
    await expect(ex.getByTestId('ae-f')).toHaveText('0.8808');
  });
});

test.describe('the fewest-layers task, at 390 px and by keyboard alone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  // Python (math.exp), x = 1, w = 1, b = 0.5: the sigmoid stack gives 3.508e−6 after 7 layers,
  // 5.961e−7 after 8 and 1.013e−7 after 9, so 8 is the fewest below 10⁻⁶; ReLU passes 1.
  test('10 layers are more than needed; 8 are the fewest', async ({ page }) => {
    await page.goto('/lessons/03-weights-bias-activations/');
    const ex = page.getByRole('region', { name: 'Activation explorer' });
    await ex.scrollIntoViewIfNeeded();
    const layers = ex.getByRole('slider', { name: 'layers n' });
    // A key only counts once the island has hydrated (one before that moves the bare
    // slider), so press Home, then End: the two land on 10 wherever the slider was.
    await expect(async () => {
      await layers.focus();
      await page.keyboard.press('Home');
      await page.keyboard.press('End');
      await expect(ex.getByTestId('ae-stack-summary')).toContainText('after 10 layers', {
        timeout: 500,
      });
    }).toPass({ timeout: 30_000 });
    const poll = page.getByRole('form', { name: /Find the fewest layers/ });
    const check = poll.getByRole('button', { name: 'Check' });
    // The poll hydrates when it comes into view, as it does when a reader tabs to it.
    await poll.scrollIntoViewIfNeeded();
    await expect(check).toBeEnabled();
    await check.focus();
    await page.keyboard.press('Enter');
    await expect(poll.getByRole('status')).toContainText(
      'Not quite. The sigmoid gradient is below 10⁻⁶, but 9 layers already give 1.013e−7',
    );
    await layers.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(ex.getByTestId('ae-stack-sigmoid')).toHaveText('5.961e−7');
    await expect(ex.getByTestId('ae-stack-relu')).toHaveText('1');
    await check.focus();
    await page.keyboard.press('Enter');
    await expect(poll.getByRole('status')).toContainText(
      'Correct. 8 layers is the fewest: the sigmoid gradient falls from 3.508e−6 after 7 layers to 5.961e−7, while ReLU passes exactly 1.',
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});
