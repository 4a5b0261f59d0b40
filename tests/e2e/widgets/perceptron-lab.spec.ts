import { expect, test, type Locator, type Page } from '@playwright/test';

// Independent answers: an exact-fraction Python simulation of the rule
// w ← w + α(t − y)x, b ← b + α(t − y) with the lecture's step (0.5 at z = 0),
// rows in the order (0,0), (0,1), (1,0), (1,1), α = 0.2, from w = (0.5, 0.5), b = 0.2:
//   AND: epoch 1 makes 3 mistakes → w = (0.3, 0.3), b = −0.4; epoch 2 is clean (converged after 2).
//   OR:  epochs 1 and 2 make 1 mistake each (the second has (0,0) exactly on the line),
//        epoch 3 is clean → converged after 3 epochs with w = (0.5, 0.5), b = −0.1.
//   XOR: the weights after epoch 9 equal those after epoch 8 (w = (−0.2, 0), b = 0.1),
//        4 mistakes in epoch 9; then 2 of 4 points are correct.

// The live region that says the whole state is the lab's last status (the sliders' <output>s come first).
async function openLab(page: Page) {
  await page.goto('/lessons/02-perceptron/');
  const lab = page.getByRole('region', { name: 'Perceptron lab' });
  await lab.scrollIntoViewIfNeeded();
  await expect(async () => {
    await lab.getByLabel('b, typed').fill('-1.5');
    await expect(lab.getByTestId('pl-correct')).toHaveText('3 of 4 correct', { timeout: 500 });
  }).toPass();
  await lab.getByRole('button', { name: 'Reset' }).click();
  await expect(lab.getByTestId('pl-correct')).toHaveText('1 of 4 correct');
  return lab;
}

async function tableRows(lab: Locator) {
  const rows = lab.getByRole('table').getByRole('row');
  const out: string[][] = [];
  for (let i = 1; i < 5; i++) out.push(await rows.nth(i).getByRole('cell').allInnerTexts());
  return out;
}

test('weights 1, 1 and bias −1.5 compute AND: 4 of 4 correct, the right outputs in the table', async ({
  page,
}) => {
  const lab = await openLab(page);
  await lab.getByLabel('w1, typed').fill('1');
  await lab.getByLabel('w2, typed').fill('1');
  await lab.getByLabel('b, typed').fill('-1.5');
  await expect(lab.getByTestId('pl-correct')).toHaveText('4 of 4 correct');
  expect(await tableRows(lab)).toEqual([
    ['0', '0', '−1.5', '0', '0', 'yes'],
    ['0', '1', '−0.5', '0', '0', 'yes'],
    ['1', '0', '−0.5', '0', '0', 'yes'],
    ['1', '1', '0.5', '1', '1', 'yes'],
  ]);
  await expect(lab.getByRole('status').last()).toContainText(
    'AND: 4 of 4 correct with w1 1, w2 1, b −1.5.',
  );
  // The same weights are OR's with b = −0.5, and a sign unit says −1 for "off".
  await lab.getByLabel('gate').selectOption('OR');
  await expect(lab.getByTestId('pl-correct')).toHaveText('2 of 4 correct');
  await lab.getByLabel('b, typed').fill('-0.5');
  await lab.getByLabel('activation f').selectOption({ label: 'sign (signum)' });
  await expect(lab.getByTestId('pl-correct')).toHaveText('4 of 4 correct');
  expect((await tableRows(lab)).map((r) => r[3])).toEqual(['−1', '1', '1', '1']);
});

test('one epoch of the rule on AND reproduces the lesson: 3 mistakes, then w = (0.3, 0.3), b = −0.4', async ({
  page,
}) => {
  const lab = await openLab(page);
  await lab.getByRole('button', { name: 'Train one epoch' }).click();
  await expect(lab.getByTestId('pl-train')).toHaveText('Epoch 1: 3 mistakes. Weights updated.');
  await expect(lab.getByLabel('w1, typed')).toHaveValue('0.3');
  await expect(lab.getByLabel('w2, typed')).toHaveValue('0.3');
  await expect(lab.getByLabel('b, typed')).toHaveValue('-0.4');
  await lab.getByRole('button', { name: 'Train one epoch' }).click();
  await expect(lab.getByTestId('pl-train')).toHaveText(
    'Epoch 2: 0 mistakes. Converged after 2 epochs: all four points correct.',
  );
  await expect(lab.getByTestId('pl-correct')).toHaveText('4 of 4 correct');
});

test('OR converges from the reset weights after 3 epochs', async ({ page }) => {
  const lab = await openLab(page);
  await lab.getByLabel('gate').selectOption('OR');
  await lab.getByRole('button', { name: 'Train until it converges' }).click();
  await expect(lab.getByTestId('pl-train')).toHaveText(
    'Epoch 3: 0 mistakes. Converged after 3 epochs: all four points correct.',
  );
  await expect(lab.getByLabel('b, typed')).toHaveValue('-0.1');
  await expect(lab.getByTestId('pl-correct')).toHaveText('4 of 4 correct');
  await expect(lab.getByRole('status').last()).toContainText('Converged after 3 epochs');
});

test('XOR never converges: the rule cycles', async ({ page }) => {
  const lab = await openLab(page);
  await lab.getByLabel('gate').selectOption('XOR');
  await lab.getByRole('button', { name: 'Train until it converges' }).click();
  await expect(lab.getByTestId('pl-train')).toHaveText(
    'Epoch 9: 4 mistakes. No line separates XOR: the weights after epoch 9 are the same as after epoch 8, ' +
      'so the rule repeats forever and never converges (4 mistakes in every epoch).',
  );
  await expect(lab.getByTestId('pl-correct')).toHaveText('2 of 4 correct');
  await expect(lab.getByLabel('w1, typed')).toHaveValue('-0.2');
  await expect(lab.getByLabel('b, typed')).toHaveValue('0.1');
  // Why 4 mistakes beside 2 of 4 correct, in one line.
  await expect(
    lab.getByText(/mistakes are counted as it runs, each before the update/),
  ).toBeVisible();
});

test('stepping one example at a time, by keyboard, walks the lesson’s AND table', async ({
  page,
}) => {
  const lab = await openLab(page);
  const step = lab.getByRole('button', { name: 'Train one example' });
  await step.focus();
  await page.keyboard.press('Enter');
  await expect(lab.getByTestId('pl-train')).toHaveText(
    'Epoch 1, example 1 of 4, (0, 0): output 1, target 0: a mistake, so w1, w2, b become 0.5, 0.5, 0. 1 mistake so far in this epoch.',
  );
  await expect(lab.getByLabel('b, typed')).toHaveValue('0');
  // The table marks the row the rule visits next: (0, 1).
  await expect(lab.getByRole('row', { name: /next example/ })).toContainText('1');
  await expect(lab.getByRole('button', { name: 'Finish this epoch' })).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(lab.getByTestId('pl-train')).toContainText('example 3 of 4, (1, 0)');
  await expect(lab.getByLabel('w1, typed')).toHaveValue('0.3');
  await page.keyboard.press('Enter');
  await expect(lab.getByTestId('pl-train')).toHaveText(
    'Epoch 1, example 4 of 4, (1, 1): output 1, target 1: right, nothing changes. Epoch 1: 3 mistakes. Weights updated.',
  );
  await expect(lab.getByRole('row', { name: /next example/ })).toHaveCount(0);
  await expect(lab.getByLabel('b, typed')).toHaveValue('-0.4');
  await lab.getByRole('button', { name: 'Train one epoch' }).click();
  await expect(lab.getByTestId('pl-train')).toHaveText(
    'Epoch 2: 0 mistakes. Converged after 2 epochs: all four points correct.',
  );
});

test('a typed value out of range gets a message and is not used', async ({ page }) => {
  const lab = await openLab(page);
  await lab.getByLabel('w1, typed').fill('50');
  await expect(lab.getByText('Use a value from')).toBeVisible();
  await expect(lab.getByRole('status').last()).toContainText('w1 0.5');
});

test('works from the keyboard alone', async ({ page }) => {
  const lab = await openLab(page);
  await lab.getByRole('slider', { name: 'bias b' }).focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft'); // 0.2 → −0.6
  await expect(lab.getByLabel('b, typed')).toHaveValue('-0.6');
  await expect(lab.getByTestId('pl-correct')).toHaveText('4 of 4 correct'); // w = (0.5, 0.5), b = −0.6 is AND
  await page.keyboard.press('Tab'); // into the typed bias
  await page.keyboard.press('ArrowUp'); // −0.5 puts (0, 1) and (1, 0) exactly on the line: output 0.5
  await expect(lab.getByLabel('b, typed')).toHaveValue('-0.5');
  await expect(lab.getByTestId('pl-correct')).toHaveText('2 of 4 correct');
  // Python (exact fractions): epoch 1 makes 1 mistake at (0, 1) → w = (0.5, 0.4), b = −0.6; epoch 2 is clean.
  await lab.getByRole('button', { name: 'Train one epoch' }).focus();
  await page.keyboard.press('Enter');
  await expect(lab.getByTestId('pl-train')).toHaveText('Epoch 1: 1 mistake. Weights updated.');
  await expect(lab.getByLabel('w2, typed')).toHaveValue('0.4');
  await page.keyboard.press('Enter');
  await expect(lab.getByTestId('pl-train')).toHaveText(
    'Epoch 2: 0 mistakes. Converged after 2 epochs: all four points correct.',
  );
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(lab.getByRole('button', { name: 'Reset' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(lab.getByTestId('pl-train')).toHaveText('Not trained yet (epoch 0).');
  await expect(lab.getByLabel('b, typed')).toHaveValue('0.2');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('fits the screen, and a tap on the plane moves your point', async ({ page }) => {
    const lab = await openLab(page);
    const box = (await lab.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    const plane = lab.getByRole('img', { name: /Input plane for AND/ });
    await plane.scrollIntoViewIfNeeded();
    const p = (await plane.boundingBox())!;
    // The plot's viewBox is 400 × 400 with x1, x2 ∈ [−0.5, 1.5] drawn on 44…388 and 366…10: (0, 0) is at (130, 277).
    await page.touchscreen.tap(p.x + (130 / 400) * p.width, p.y + (277 / 400) * p.height);
    await expect(lab.getByTestId('pl-z')).toHaveText('0.2');
    await expect(lab.getByTestId('pl-y')).toHaveText('1');
    await lab.getByRole('button', { name: 'Train one epoch' }).tap();
    await expect(lab.getByTestId('pl-train')).toHaveText('Epoch 1: 3 mistakes. Weights updated.');
    const train = (await lab.getByRole('button', { name: 'Train one epoch' }).boundingBox())!;
    expect(train.height).toBeGreaterThanOrEqual(44);
  });
});

test.describe('the OR task, at 390 px and by keyboard alone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('setting b = −0.2 by typing makes the lab compute OR, and Check says so', async ({
    page,
  }) => {
    await page.goto('/lessons/02-perceptron/');
    const lab = page.getByRole('region', { name: 'Perceptron lab' });
    await lab.scrollIntoViewIfNeeded();
    const typedB = lab.getByLabel('b, typed');
    const typeB = async (text: string) => {
      await typedB.focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(text);
    };
    // Typing only counts once the island has hydrated. w = (0.5, 0.5), b = −0.2 gives
    // z = −0.2, 0.3, 0.3, 0.8: outputs 0, 1, 1, 1, which is 2 of 4 for AND (the gate shown).
    await expect(async () => {
      await typeB('-0.2');
      await expect(lab.getByTestId('pl-correct')).toHaveText('2 of 4 correct', { timeout: 500 });
    }).toPass({ timeout: 30_000 });
    const poll = page.getByRole('form', { name: /so that the perceptron computes OR/ });
    const check = poll.getByRole('button', { name: 'Check' });
    // The poll hydrates when it comes into view, as it does when a reader tabs to it.
    await poll.scrollIntoViewIfNeeded();
    await expect(check).toBeEnabled();
    // First the lab's start, b = 0.2: (0, 0) has z = 0.2 > 0, so the output is 1, not OR's 0.
    await typeB('0.2');
    await check.focus();
    await page.keyboard.press('Enter');
    await expect(poll.getByRole('status')).toContainText(
      'Not quite. At x = (0, 0) the weighted sum is 0.2 and the output 1, but OR gives 0.',
    );
    await typeB('-0.2');
    await check.focus();
    await page.keyboard.press('Enter');
    await expect(poll.getByRole('status')).toContainText(
      'Correct. All four input pairs give the outputs of OR.',
    );
    await expect(poll.getByText('2 attempts')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});
