import { expect, test, type Locator, type Page } from '@playwright/test';

// Every expected number below comes from an independent python3 run of the
// surfaces' formulas (src/engine/surfaces.ts) and the patience rule:
//   bowl f = x² + y², start (−1.5, 1.2): loss 3.69.
//   α = 5: first step (13.5, −10.8), loss 298.89; leaves |x|, |y| ≤ 1e6 at iteration 7, loss 8.4415e13.
//   α = 0.1, tol 1e−6, patience 10: converged at iteration 44, loss 1.0938e−8.
//   banana f = (1 − x)² + 10(y − x²)², start (−1, 2), α = 0.01: ∇f = (36, 20), loss 14;
//   first step (−1.36, 1.8), loss 5.5942016; |∇f| there 7.4843.
const lesson = '/lessons/06-gradient-descent/';

// The slider's <output> is a status too; the lab's own status is the sentence about the run.
const status = (lab: Locator) =>
  lab.getByRole('status').filter({
    hasText: /^(ready|playing|descending|oscillating|diverg|unbounded|converged|stopped)/,
  });
const alphaField = (lab: Locator) => lab.getByLabel('learning rate α', { exact: true });

async function openLab(page: Page): Promise<Locator> {
  await page.goto(lesson);
  const lab = page.getByRole('region', { name: 'Gradient descent lab' });
  await lab.scrollIntoViewIfNeeded();
  // The island hydrates when visible; a typed value only counts once it has.
  await expect(async () => {
    await lab.getByLabel('start x').fill('-1.4');
    await expect(status(lab)).toContainText('loss 3.4', { timeout: 500 });
  }).toPass();
  await lab.getByLabel('start x').fill('-1.5');
  await expect(status(lab)).toHaveText('ready: loss 3.69 at the start; press Step or Play');
  return lab;
}

test('on the bowl, α = 5 is reported as diverging, then diverged, and never shows NaN', async ({
  page,
}) => {
  const lab = await openLab(page);
  await alphaField(lab).fill('5');
  await lab.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(lab.getByTestId('gdl-x')).toHaveText('13.5');
  await expect(lab.getByTestId('gdl-y')).toHaveText('−10.8');
  await expect(status(lab)).toHaveText(
    'diverging: the loss grew to 298.9 at iteration 1 — lower the learning rate',
  );
  await lab.getByRole('button', { name: 'Run until it stops' }).click();
  await expect(status(lab)).toContainText('diverged: the loss grew to 8.442e+13');
  await expect(status(lab)).toContainText('left the region |x|, |y| ≤ 1e+6 at iteration 7, at (');
  await expect(lab.getByTestId('gdl-iteration')).toHaveText('7');
  await expect(lab).not.toContainText('NaN');
  await expect(lab.getByRole('button', { name: 'Play' })).toBeDisabled();
});

test('on the bowl, α = 1.2 stops because the loss rose for 10 iterations, at about (−43, 35)', async ({
  page,
}) => {
  const lab = await openLab(page);
  await alphaField(lab).fill('1.2');
  await lab.getByRole('button', { name: 'Run until it stops' }).click();
  // Each step multiplies (x, y) by 1 − 2α = −1.4: (−1.5, 1.2)·1.4¹⁰ = (−43.4, 34.7).
  await expect(status(lab)).toHaveText(
    'diverged: the loss rose for 10 iterations in a row, from 3.69 at the start to 3087 at iteration 10; the point is at (−43.4, 34.7) — lower the learning rate',
  );
  await expect(status(lab)).not.toContainText('left the region');
});

test('a small α converges by patience and says why, after the iteration count python gives', async ({
  page,
}) => {
  const lab = await openLab(page);
  await alphaField(lab).fill('0.1');
  await lab.getByRole('button', { name: 'Play' }).click();
  await expect(status(lab)).toHaveText(
    'converged: no improvement beyond 1e−6 for 10 iterations; stopped at iteration 44 with loss 1.094e−8',
  );
  await expect(lab.getByTestId('gdl-iteration')).toHaveText('44');
  // Patience is adjustable: 3 instead of 10 stops 7 iterations earlier.
  await lab.getByLabel('patience (iterations)').fill('3');
  await lab.getByRole('button', { name: 'Run until it stops' }).click();
  await expect(status(lab)).toContainText('for 3 iterations; stopped at iteration 37');
});

test('the first step from a typed start lands where python says (banana, α = 0.01)', async ({
  page,
}) => {
  const lab = await openLab(page);
  await lab.getByLabel('loss surface').selectOption({ label: 'Banana (Rosenbrock-like)' });
  await lab.getByLabel('start x').fill('-1');
  await lab.getByLabel('start y').fill('2');
  await alphaField(lab).fill('0.01');
  await expect(lab.getByTestId('gdl-loss')).toHaveText('14');
  await expect(lab.getByTestId('gdl-grad-norm')).toHaveText('41.18'); // |(36, 20)|
  await lab.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(lab.getByTestId('gdl-iteration')).toHaveText('1');
  await expect(lab.getByTestId('gdl-x')).toHaveText('−1.36');
  await expect(lab.getByTestId('gdl-y')).toHaveText('1.8');
  await expect(lab.getByTestId('gdl-loss')).toHaveText('5.5942');
  await expect(lab.getByTestId('gdl-grad-norm')).toHaveText('7.484');
});

/** The page point of data (x, y) on the bowl's plot: viewBox 400 × 380, plot area x 44…388, y 346…10, data −2…2. */
async function pointOf(plot: Locator, x: number, y: number) {
  await plot.scrollIntoViewIfNeeded();
  const box = (await plot.boundingBox())!;
  const px = 44 + ((x + 2) / 4) * 344;
  const py = 346 - ((y + 2) / 4) * 336;
  return { x: box.x + (px / 400) * box.width, y: box.y + (py / 380) * box.height };
}

test('clicking the plot moves the start', async ({ page }) => {
  const lab = await openLab(page);
  const plot = lab.getByRole('img', { name: /Contour plot of Round bowl/ });
  const p = await pointOf(plot, 1, -1);
  await page.mouse.click(p.x, p.y);
  await expect(lab.getByLabel('start x')).toHaveValue('1');
  await expect(lab.getByLabel('start y')).toHaveValue('-1');
  await expect(status(lab)).toHaveText('ready: loss 2 at the start; press Step or Play');
  // Hovering without pressing does not move it.
  const q = await pointOf(plot, 0.5, 0.5);
  await page.mouse.move(q.x, q.y);
  await expect(lab.getByLabel('start x')).toHaveValue('1');
});

test('works from the keyboard alone: slider keys, Step and Reset', async ({ page }) => {
  const lab = await openLab(page);
  const slider = lab.getByRole('slider', { name: /learning rate α \(log scale\)/ });
  await slider.focus();
  await page.keyboard.press('ArrowRight'); // 10^(−1 + 0.05) = 0.112 → 0.11
  await expect(alphaField(lab)).toHaveValue('0.11');
  await alphaField(lab).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('0.25');
  await lab.getByRole('button', { name: 'Step', exact: true }).focus();
  await page.keyboard.press('Enter');
  // (1 − 2·0.25)·(−1.5, 1.2) = (−0.75, 0.6), loss 0.9225
  await expect(lab.getByTestId('gdl-x')).toHaveText('−0.75');
  await expect(lab.getByTestId('gdl-loss')).toHaveText('0.9225');
  await page.keyboard.press('Space');
  await expect(lab.getByTestId('gdl-iteration')).toHaveText('2');
  await lab.getByRole('button', { name: 'Reset' }).focus();
  await page.keyboard.press('Enter');
  await expect(lab.getByTestId('gdl-iteration')).toHaveText('0');
  await expect(lab.getByTestId('gdl-loss')).toHaveText('3.69');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the lab fits the screen and a tap on the plot moves the start', async ({ page }) => {
    const lab = await openLab(page);
    const box = (await lab.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    const plot = lab.getByRole('img', { name: /Contour plot of Round bowl/ });
    const p = await pointOf(plot, -1, 1);
    await page.touchscreen.tap(p.x, p.y);
    await expect(lab.getByLabel('start x')).toHaveValue('-1');
    await expect(lab.getByLabel('start y')).toHaveValue('1');
    await lab.getByRole('button', { name: 'Step', exact: true }).tap();
    // α = 0.1: (0.8·(−1), 0.8·1), loss 1.28
    await expect(lab.getByTestId('gdl-loss')).toHaveText('1.28');
    for (const name of ['Play', 'Step', 'Reset']) {
      const b = (await lab.getByRole('button', { name, exact: true }).boundingBox())!;
      expect(b.height).toBeGreaterThanOrEqual(44);
    }
  });
});

test.describe('the valley task, on a phone and by keyboard', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  // By hand: on the valley y ← (1 − 10α)·y, so α = 0.15 converges and any α > 0.2 diverges.
  test('a learning rate at which descent on the valley diverges is graded right', async ({
    page,
  }) => {
    const lab = await openLab(page);
    const surface = lab.getByLabel('loss surface');
    await surface.focus();
    await page.keyboard.press('ArrowDown');
    await expect(surface).toHaveValue('valley');
    await expect(alphaField(lab)).toHaveValue('0.15');
    const poll = page.getByRole('form', { name: /find a learning rate at which descent/ });
    const check = poll.getByRole('button', { name: 'Check' });
    // The poll is an island of its own: a disabled Check cannot take focus, so bring it into view to hydrate.
    await poll.scrollIntoViewIfNeeded();
    await expect(check).toBeEnabled({ timeout: 30_000 });
    await check.focus();
    await page.keyboard.press('Enter');
    await expect(poll.getByRole('status')).toContainText('settles at the minimum');
    await alphaField(lab).focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('0.3');
    await page.keyboard.press('Tab');
    await check.focus();
    await page.keyboard.press('Enter');
    await expect(poll.getByRole('status')).toContainText('Correct.');
    await expect(poll.getByRole('status')).toContainText(
      'With α = 0.3, descent on the valley diverges',
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});
