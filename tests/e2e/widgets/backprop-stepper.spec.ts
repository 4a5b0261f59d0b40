import { expect, test, type Locator, type Page } from '@playwright/test';

// Independent numbers from a python3 re-implementation of the 2-2-1 network
// (sigmoid hidden, sigmoid output, binary cross-entropy) with the lesson's
// weights W¹ = [[0.1, 0.4], [−0.3, 0.2]], b¹ = [0, 0.1], W² = [0.5, −0.6],
// b² = 0.2, X = (0.5, 1), Y = 1:
//   Z¹ = (0.45, 0.15), H¹ = (0.610639, 0.537430), Z² = 0.182862, P = 0.545588, loss 0.605890
//   DW² = (−0.277481512, −0.244214321)
//   DW¹ = [[−0.0270101035, −0.0540202070], [0.0338898769, 0.0677797538]]
//   central differences (h = 1e−5, as in the lesson) for DW¹: −0.0270101035, −0.0540202071, 0.0338898770, 0.0677797539
//   losses after updates with α = 0.5: 0.605890, 0.445103, 0.343497, 0.275731
const lesson = '/lessons/07-backpropagation/';

async function openStepper(page: Page): Promise<Locator> {
  await page.goto(lesson);
  const bp = page.getByRole('region', { name: 'Backpropagation step by step' });
  await bp.scrollIntoViewIfNeeded();
  // The island hydrates when visible; "Jump to the end" can be pressed again safely.
  await expect(async () => {
    const jump = bp.getByRole('button', { name: 'Jump to the end' });
    if (await jump.isEnabled()) await jump.click({ timeout: 500 });
    await expect(bp.getByRole('status')).toContainText('Step 14 of 14', { timeout: 1000 });
  }).toPass();
  await bp.getByRole('button', { name: 'Reset' }).click();
  await expect(bp.getByRole('status')).toHaveText(/^Step 1 of 14/);
  return bp;
}

const num = (s: string) => Number(s.trim().replaceAll('\u2212', '-'));

/** The numbers in a captioned matrix table, row by row. */
async function matrix(bp: Locator, caption: RegExp): Promise<number[][]> {
  const rows = bp.getByRole('table', { name: caption }).getByRole('row');
  const out: number[][] = [];
  for (const row of await rows.all())
    out.push((await row.getByRole('cell').allTextContents()).map(num));
  return out;
}

test('the forward pass shows the values python computes for the lesson’s weights', async ({
  page,
}) => {
  const bp = await openStepper(page);
  const next = bp.getByRole('button', { name: 'Next step' });
  const expected: [RegExp, number[][]][] = [
    [/^→ Z¹/, [[0.45], [0.15]]],
    [/^→ H¹/, [[0.6106], [0.5374]]],
    [/^→ Z²/, [[0.1829]]],
    [/^→ P/, [[0.5456]]],
    [/^→ loss/, [[0.6059]]],
  ];
  for (const [caption, values] of expected) {
    await next.click();
    expect(await matrix(bp, caption)).toEqual(values);
  }
  await next.click();
  expect(await matrix(bp, /^→ DZ²/)).toEqual([[-0.4544]]);
  await expect(bp.getByRole('listitem').filter({ hasText: 'DZ² = P − Y' })).toHaveAttribute(
    'aria-current',
    'step',
  );
});

/** Reads the gradient-check table: each entry's backprop and finite-difference values and the largest error shown. */
async function gradCheck(bp: Locator, name: string) {
  const table = bp.getByRole('table', { name: new RegExp(`^Gradient check for ${name}`) });
  const entries: { analytic: number; numeric: number; rel: number }[] = [];
  for (const row of await table.getByRole('row').all()) {
    const cells = await row.getByRole('cell').allTextContents();
    if (cells.length === 3)
      entries.push({ analytic: num(cells[0]), numeric: num(cells[1]), rel: num(cells[2]) });
  }
  const worstText = (await table.getByRole('strong').textContent()) ?? '';
  return { entries, worst: num(worstText) };
}

test('DW matches the numeric gradient within the shown relative error, below 1e−6', async ({
  page,
}) => {
  const bp = await openStepper(page);
  const next = bp.getByRole('button', { name: 'Next step' });
  for (let k = 0; k < 7; k++) await next.click();
  await expect(
    bp.getByRole('listitem').filter({ hasText: 'DW² = (1/m)·DZ²·(H¹)ᵀ' }),
  ).toHaveAttribute('aria-current', 'step');
  const w2 = await gradCheck(bp, 'W²');
  expect(w2.entries.map((e) => e.analytic)).toEqual([-0.277481512, -0.244214321]);
  for (let k = 0; k < 4; k++) await next.click();
  await expect(bp.getByRole('status')).toContainText('Step 12 of 14: DW¹');
  // The list numbers the lines as the status counts them, and the check uses the lesson's h.
  await expect(bp.locator('li[aria-current="step"]')).toHaveAttribute('value', '12');
  await expect(bp.getByRole('table', { name: /h = 10⁻⁵/ })).toBeVisible();
  const w1 = await gradCheck(bp, 'W¹');
  expect(w1.entries.map((e) => e.analytic)).toEqual([
    -0.0270101035, -0.054020207, 0.0338898769, 0.0677797538,
  ]);
  for (const { entries, worst } of [w1, w2]) {
    expect(worst).toBeLessThan(1e-6);
    for (const e of entries) {
      // Both columns are rounded to 9 significant digits on screen: allow that rounding on top of the shown error.
      const rel =
        Math.abs(e.analytic - e.numeric) / Math.max(Math.abs(e.analytic), Math.abs(e.numeric));
      expect(rel).toBeLessThanOrEqual(worst + 1e-8);
      expect(e.rel).toBeLessThanOrEqual(worst);
    }
  }
  expect(w1.entries.map((e) => e.numeric)).toEqual(
    [-0.0270101035, -0.0540202071, 0.033889877, 0.0677797539].map((v) => expect.closeTo(v, 9)),
  );
});

test('three updates W ← W − α·DW make the loss fall each time, as in python', async ({ page }) => {
  const bp = await openStepper(page);
  const apply = bp.getByRole('button', { name: /Apply the update/ });
  await expect(apply).toBeDisabled();
  await bp.getByRole('button', { name: 'Jump to the end' }).click();
  for (let k = 0; k < 3; k++) await apply.click();
  const losses = (await bp.getByTestId('bp-loss').allTextContents()).map(num);
  expect(losses).toEqual([0.60589, 0.445103, 0.343497, 0.275731]);
  for (let k = 1; k < losses.length; k++) expect(losses[k]).toBeLessThan(losses[k - 1]);
  await expect(bp.getByRole('status')).toContainText(
    'After 3 updates the loss is 0.2757 (it started at 0.6059)',
  );
  await expect(bp.getByRole('img', { name: /Loss per update/ })).toBeVisible();
});

test('works from the keyboard alone: Next through every line, then the update', async ({
  page,
}) => {
  const bp = await openStepper(page);
  await bp.getByRole('button', { name: 'Next step' }).focus();
  for (let k = 0; k < 13; k++) await page.keyboard.press('Enter');
  await expect(bp.getByRole('status')).toContainText('Step 14 of 14: dH⁰ = (W¹)ᵀ·DZ¹');
  // At the last line focus moves on to the update button.
  await expect(bp.getByRole('button', { name: /Apply the update/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(bp.getByTestId('bp-loss')).toHaveText(['0.60589', '0.445103']);
  // A seed gives other, reproducible weights.
  await bp.getByLabel('starting weights').focus();
  await page.keyboard.press('ArrowDown');
  await expect(bp.getByLabel('seed')).toBeVisible();
  const first = await bp.getByTestId('bp-loss').allTextContents();
  await bp.getByLabel('seed').fill('2');
  await bp.getByLabel('seed').fill('1');
  await expect(bp.getByTestId('bp-loss')).toHaveText(first);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the stepper fits the screen and answers to touch', async ({ page }) => {
    const bp = await openStepper(page);
    expect((await bp.boundingBox())!.width).toBeLessThanOrEqual(390);
    await bp.getByRole('button', { name: 'Jump to the end' }).tap();
    await bp.getByRole('button', { name: /Apply the update/ }).tap();
    await expect(bp.getByTestId('bp-loss')).toHaveText(['0.60589', '0.445103']);
    for (let k = 0; k < 6; k++) await bp.getByRole('button', { name: 'Previous step' }).tap();
    await expect(bp.getByRole('table', { name: /^Gradient check for W²/ })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    const b = (await bp.getByRole('button', { name: 'Next step' }).boundingBox())!;
    expect(b.height).toBeGreaterThanOrEqual(44);
  });
});

test.describe('the DW² task, on a phone and by keyboard', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  // By hand: DW² = (P − Y)·(H¹)ᵀ with H¹ > 0, so label 0 makes both entries positive:
  // P = 0.545588, H¹ = (0.610639, 0.537430) → DW² = (0.333160, 0.293215).
  test('label 0, stepped to the DW² line, is graded right', async ({ page }) => {
    const bp = await openStepper(page);
    const poll = page.getByRole('form', { name: /both entries of DW² are positive/ });
    const check = poll.getByRole('button', { name: 'Check' });
    // The poll is an island of its own: a disabled Check cannot take focus, so bring it into view to hydrate.
    await poll.scrollIntoViewIfNeeded();
    await expect(check).toBeEnabled({ timeout: 30_000 });
    const next = bp.getByRole('button', { name: 'Next step' });
    for (let k = 0; k < 7; k++) {
      await next.focus();
      await page.keyboard.press('Enter');
    }
    await expect(bp.getByRole('status')).toContainText('Step 8 of 14: DW²');
    await check.focus();
    await page.keyboard.press('Enter');
    await expect(poll.getByRole('status')).toContainText('not both positive');
    const label = bp.getByLabel('label Y');
    await label.focus();
    await page.keyboard.press('ArrowDown');
    await expect(label).toHaveValue('0');
    // A new example starts the walk-through again, at step 1.
    await expect(bp.getByRole('status')).toHaveText(/^Step 1 of 14/);
    for (let k = 0; k < 7; k++) {
      await next.focus();
      await page.keyboard.press('Enter');
    }
    await expect(bp.getByRole('status')).toContainText('DW² = [0.3332, 0.2932]');
    await check.focus();
    await page.keyboard.press('Enter');
    await expect(poll.getByRole('status')).toContainText('Correct.');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});
