// A keyboard-only walk through one poll of each type (issue 9): Tab moves,
// Space ticks, arrows choose, typing answers, Enter checks. No mouse.
import { expect, test, type Locator, type Page } from '@playwright/test';

const LESSON_2 = '/lessons/02-perceptron/';

async function poll(page: Page, name: RegExp): Promise<Locator> {
  const form = page.getByRole('form', { name });
  await form.scrollIntoViewIfNeeded();
  await expect(form.getByRole('button', { name: 'Check' })).toBeEnabled();
  return form;
}

/** Presses Tab until `target` has focus (at most `limit` times); fails if it never does. */
async function tabTo(page: Page, target: Locator, limit = 20) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('a single-choice poll by keyboard: arrows choose, Enter checks', async ({ page }) => {
  await page.goto(LESSON_2);
  const form = await poll(page, /Why can a single perceptron never learn XOR/);
  await form.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp'); // back to the first choice, "No straight line…"
  await expect(form.getByRole('radio', { name: /No straight line separates/ })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(form.getByRole('status')).toContainText('Correct.');
});

test('a multiple-choice poll by keyboard: Tab and Space tick boxes, Enter checks', async ({
  page,
}) => {
  await page.goto(LESSON_2);
  const form = await poll(page, /Which functions of two inputs/);
  const boxes = form.getByRole('checkbox');
  await boxes.first().focus();
  for (const name of ['AND', 'OR', 'NAND (not both)']) {
    await tabTo(page, form.getByRole('checkbox', { name, exact: true }));
    await page.keyboard.press('Space');
  }
  await expect(form.getByRole('checkbox', { name: /XOR/ })).not.toBeChecked();
  await tabTo(page, form.getByRole('button', { name: 'Check' }));
  await page.keyboard.press('Enter');
  await expect(form.getByRole('status')).toContainText('Correct.');
});

test('a numeric poll by keyboard: type, Enter checks, a near miss is explained', async ({
  page,
}) => {
  await page.goto(LESSON_2);
  const form = await poll(page, /What is its weighted sum/);
  const field = form.getByRole('textbox');
  await field.focus();
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(form.getByRole('status')).toContainText('Not quite.');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('-1');
  await page.keyboard.press('Enter');
  await expect(form.getByRole('status')).toContainText('Correct.');
});

test('a widget-task poll by keyboard: set the calculator by typing, then check', async ({
  page,
}) => {
  await page.goto(LESSON_2);
  const calc = page.getByRole('region', { name: 'Weighted-sum calculator' });
  await calc.scrollIntoViewIfNeeded();
  const w1 = calc.getByLabel('weight w1');
  // Wait until the island answers (the page already shows the start state).
  await expect(async () => {
    await w1.fill('2');
    await expect(calc.getByRole('status').last()).toContainText('weighted sum 1.5', {
      timeout: 1000,
    });
  }).toPass({ timeout: 30_000 });
  for (const [label, value] of [
    ['weight w1', '-1'],
    ['weight w2', '-1'],
    ['bias b', '1.5'],
  ] as const) {
    await calc.getByLabel(label).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(value);
  }
  const form = await poll(page, /so that it computes NAND/);
  await tabTo(page, form.getByRole('button', { name: 'Check' }), 60);
  await page.keyboard.press('Enter');
  await expect(form.getByRole('status')).toContainText('Correct.');
});
