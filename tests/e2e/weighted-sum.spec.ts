import { expect, test, type Page } from '@playwright/test';

const lesson = '/lessons/02-perceptron/';

async function openCalculator(page: Page) {
  await page.goto(lesson);
  const widget = page.getByRole('region', { name: 'Weighted-sum calculator' });
  await widget.scrollIntoViewIfNeeded();
  // The island hydrates when visible; typing only counts once it has. The
  // page already shows the start state, so wait for a change, then restore it.
  const status = widget.getByRole('status');
  await expect(async () => {
    await widget.getByLabel('bias b').fill('-1');
    await expect(status).toHaveText('weighted sum 1, output 1', { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await widget.getByLabel('bias b').fill('-1.5');
  await expect(status).toHaveText('weighted sum 0.5, output 1');
  return widget;
}

test('weights 1, 1 and bias −1.5 through a unit step compute AND', async ({ page }) => {
  const widget = await openCalculator(page);
  const x1 = widget.getByLabel('x1', { exact: true });
  const x2 = widget.getByLabel('x2', { exact: true });
  const cases = [
    [0, 0, '−1.5', '0'],
    [0, 1, '−0.5', '0'],
    [1, 0, '−0.5', '0'],
    [1, 1, '0.5', '1'],
  ] as const;
  for (const [a, b, z, y] of cases) {
    await x1.fill(String(a));
    await x2.fill(String(b));
    await expect(widget.getByTestId('wsc-z')).toHaveText(z);
    await expect(widget.getByTestId('wsc-y')).toHaveText(y);
    await expect(widget.getByRole('status')).toHaveText(`weighted sum ${z}, output ${y}`);
  }
});

test('the activation choice changes the output: sigmoid of 0 is 0.5', async ({ page }) => {
  const widget = await openCalculator(page);
  await widget.getByLabel('bias b').fill('-2');
  await widget.getByLabel('activation f').selectOption({ label: 'sigmoid (logistic)' });
  await expect(widget.getByTestId('wsc-z')).toHaveText('0');
  await expect(widget.getByTestId('wsc-y')).toHaveText('0.5');
  await widget.getByLabel('activation f').selectOption({ label: 'ReLU' });
  await widget.getByLabel('bias b').fill('-3');
  await expect(widget.getByTestId('wsc-y')).toHaveText('0');
});

test('a value that is not a number gets a message and the last good value stays in use', async ({
  page,
}) => {
  const widget = await openCalculator(page);
  const w1 = widget.getByLabel('weight w1');
  await w1.fill('abc');
  await expect(w1).toHaveAttribute('aria-invalid', 'true');
  await expect(widget.getByText('“abc” is not a number')).toBeVisible();
  await expect(widget.getByTestId('wsc-z')).toHaveText('0.5');
  await w1.fill('.5e1');
  await expect(w1).not.toHaveAttribute('aria-invalid');
  await expect(widget.getByTestId('wsc-z')).toHaveText('4.5');
  await w1.fill('1000');
  await expect(widget.getByText('Use a value from')).toBeVisible();
});

test('the sum is written as people write it: 1 − 1 + 0.75 + 0.5', async ({ page }) => {
  const widget = await openCalculator(page);
  await widget.getByLabel('weight w2').fill('-1');
  await widget.getByRole('button', { name: 'Add an input' }).click();
  await widget.getByLabel('x3', { exact: true }).fill('1');
  await widget.getByLabel('weight w3').fill('0.75');
  await widget.getByLabel('bias b').fill('0.5');
  await expect(widget.getByText('1 − 1 + 0.75 + 0.5 =')).toBeVisible();
  await expect(widget.getByTestId('wsc-z')).toHaveText('1.25');
});

test('the NAND task is not graded while a field shows an error', async ({ page }) => {
  const widget = await openCalculator(page);
  await widget.getByLabel('weight w1').fill('-1');
  await widget.getByLabel('weight w2').fill('-1');
  await widget.getByLabel('bias b').fill('1.5');
  await widget.getByLabel('bias b').fill('1.5x'); // in error: the model still holds 1.5
  const poll = page.getByRole('form', { name: /so that it computes NAND instead/ });
  await poll.scrollIntoViewIfNeeded();
  await expect(poll.getByRole('button', { name: 'Check' })).toBeEnabled(); // hydrated
  await poll.getByRole('button', { name: 'Check' }).click();
  await expect(poll.getByRole('status')).toContainText(
    'Not graded: the field(s) bias b show an error.',
  );
  await expect(poll.getByText(/attempt/)).toHaveCount(0);
  await widget.getByLabel('bias b').fill('1.5');
  await poll.getByRole('button', { name: 'Check' }).click();
  await expect(poll.getByRole('status')).toContainText('Correct.');
});

test('works from the keyboard alone: arrows step a value, buttons add inputs and reset', async ({
  page,
}) => {
  const widget = await openCalculator(page);
  await widget.getByLabel('bias b').focus();
  await page.keyboard.press('ArrowUp');
  await expect(widget.getByTestId('wsc-z')).toHaveText('0.6');
  await widget.getByRole('button', { name: 'Add an input' }).focus();
  await page.keyboard.press('Enter');
  await expect(widget.getByLabel('x3', { exact: true })).toBeVisible();
  await widget.getByLabel('x3', { exact: true }).fill('2');
  await widget.getByLabel('weight w3').fill('0.25');
  await expect(widget.getByTestId('wsc-z')).toHaveText('1.1');
  await widget.getByRole('button', { name: 'Reset' }).focus();
  await page.keyboard.press('Space');
  await expect(widget.getByLabel('x3', { exact: true })).toHaveCount(0);
  await expect(widget.getByTestId('wsc-z')).toHaveText('0.5');
  await expect(widget.getByLabel('bias b')).toHaveValue('-1.5');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the calculator fits the screen and answers to touch', async ({ page }) => {
    const widget = await openCalculator(page);
    const box = await widget.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    await widget.getByRole('button', { name: 'Add an input' }).tap();
    await expect(widget.getByLabel('x3', { exact: true })).toBeVisible();
  });
});
