import { expect, test, type Locator, type Page } from '@playwright/test';

// Expected numbers were computed independently in Python: max-shifted softmax,
// cross-entropy −ln S_c and squared error Σ(S − L)² against the one-hot label.
async function openWidget(page: Page, lesson: string, name: string) {
  await page.goto(lesson);
  const widget = page.getByRole('region', { name });
  await widget.scrollIntoViewIfNeeded();
  // The island hydrates when visible; a key press only counts once it has (and one
  // before that moves the bare slider, so press Home, then End, each time).
  await expect(async () => {
    await widget.getByRole('slider', { name: /logit z₁/ }).focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('End');
    await expect(widget.getByTestId('sm-p-1')).not.toHaveText('65.9%', { timeout: 500 });
  }).toPass();
  await widget.getByRole('button', { name: 'Reset' }).click();
  await expect(widget.getByTestId('sm-p-1')).toHaveText('65.9%');
  return widget;
}
const softmax = (page: Page) =>
  openWidget(page, '/lessons/04-layers-feed-forward/', 'Softmax explorer');
const withLoss = (page: Page) =>
  openWidget(page, '/lessons/05-loss-and-cost/', 'Softmax and cross-entropy');
const slider = (widget: Locator, i: number) =>
  widget.getByRole('slider', { name: new RegExp(`logit z${'₁₂₃₄'[i - 1]}`) });

// Each slider's <output> is a status too; the widget's live region comes last.
const liveStatus = (widget: Locator) => widget.getByRole('status').last();

async function expectPercents(widget: Locator, values: string[]) {
  for (const [i, v] of values.entries())
    await expect(widget.getByTestId(`sm-p-${i + 1}`)).toHaveText(v);
}

test('logits (2, 1, 0.1) give 65.9%, 24.2%, 9.9%, summing to 100%', async ({ page }) => {
  const widget = await softmax(page);
  await expect(slider(widget, 1)).toHaveValue('2');
  await expect(slider(widget, 2)).toHaveValue('1');
  await expect(slider(widget, 3)).toHaveValue('0.1');
  await expectPercents(widget, ['65.9%', '24.2%', '9.9%']);
  await expect(widget.getByText('(0.0986)')).toBeVisible();
  await expect(widget.getByTestId('sm-sum')).toHaveText('100.0%');
  await expect(liveStatus(widget)).toHaveText('Probabilities 65.9%, 24.2%, 9.9%, sum 100.0%.');
  // No loss in lesson 4's mode.
  await expect(widget.getByText('cross-entropy')).toHaveCount(0);
});

test('extreme logits (5, −5, −5) stay finite; equal logits give equal bars', async ({ page }) => {
  const widget = await softmax(page);
  await slider(widget, 1).focus();
  await page.keyboard.press('End');
  await slider(widget, 2).focus();
  await page.keyboard.press('Home');
  await slider(widget, 3).focus();
  await page.keyboard.press('Home');
  await expect(slider(widget, 3)).toHaveValue('-5');
  await expectPercents(widget, ['100.0%', '0.0%', '0.0%']);
  await expect(widget.getByText('(4.54e−5)')).toHaveCount(2);
  await expect(widget.getByTestId('sm-sum')).toHaveText('100.0%');
  await expect(widget).not.toContainText('not a number');
  await expect(widget).not.toContainText('∞');
  // All three at −5: equal logits, equal probabilities, equal bars.
  await slider(widget, 1).focus();
  await page.keyboard.press('Home');
  await expectPercents(widget, ['33.3%', '33.3%', '33.3%']);
  await expect(widget.getByTestId('sm-sum')).toHaveText('100.0%');
  await expect(
    widget.getByText('each is rounded to 0.1%, so the values shown add up to 99.9%'),
  ).toBeVisible();
  // The bars ease to their new widths: wait until they have settled.
  await expect
    .poll(async () => {
      const widths = await Promise.all(
        [1, 2, 3].map(async (i) => (await widget.getByTestId(`sm-bar-${i}`).boundingBox())!.width),
      );
      return Math.max(...widths) - Math.min(...widths);
    })
    .toBeLessThan(0.5);
});

test('lesson 5: true class 1 costs 0.417 in cross-entropy; other classes cost more', async ({
  page,
}) => {
  const widget = await withLoss(page);
  await expect(widget.getByRole('radio', { name: 'class 1' })).toBeChecked();
  await expect(widget.getByTestId('sm-ce')).toHaveText('0.417');
  await expect(widget.getByTestId('sm-mse')).toHaveText('0.1848');
  await widget.getByRole('radio', { name: 'class 2' }).check();
  await expect(widget.getByTestId('sm-ce')).toHaveText('1.417');
  await expect(widget.getByTestId('sm-mse')).toHaveText('1.018');
  await widget.getByRole('radio', { name: 'class 3' }).check();
  await expect(widget.getByTestId('sm-ce')).toHaveText('2.317');
  await expect(widget.getByTestId('sm-mse')).toHaveText('1.306');
  await expect(liveStatus(widget)).toHaveText(
    'Probabilities 65.9%, 24.2%, 9.9%, sum 100.0%. True class 3: cross-entropy 2.317, MSE 1.306.',
  );
  const plot = widget.getByRole('img', { name: /Cross-entropy against squared error/ });
  await expect(plot).toBeVisible();
  await expect(plot).toHaveAccessibleName(
    /Now p = 0\.0986: cross-entropy 2\.317 \(circle\), squared error 1\.306 \(square\)/,
  );
  // A confident mistake: (5, −5, −5) with true class 2. Cross-entropy 10, squared error only 2.
  await widget.getByRole('radio', { name: 'class 2' }).check();
  await slider(widget, 1).focus();
  await page.keyboard.press('End');
  for (const i of [2, 3]) {
    await slider(widget, i).focus();
    await page.keyboard.press('Home');
  }
  await expect(widget.getByTestId('sm-ce')).toHaveText('10');
  await expect(widget.getByTestId('sm-mse')).toHaveText('2');
  await expect(plot).toHaveAccessibleName(/cross-entropy 10 \(circle, above the top of the plot\)/);
});

test('works from the keyboard alone', async ({ page }) => {
  const widget = await withLoss(page);
  await slider(widget, 1).focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider(widget, 1)).toHaveValue('2.1');
  await expectPercents(widget, ['68.1%', '22.7%', '9.2%']);
  await expect(widget.getByTestId('sm-ce')).toHaveText('0.384');
  // Arrow keys move through the radio group.
  await widget.getByRole('radio', { name: 'class 1' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(widget.getByRole('radio', { name: 'class 2' })).toBeChecked();
  await expect(widget.getByTestId('sm-ce')).toHaveText('1.484');
  await widget.getByRole('button', { name: 'Reset' }).focus();
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('radio', { name: 'class 1' })).toBeChecked();
  await expect(widget.getByTestId('sm-ce')).toHaveText('0.417');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('fits 390 px and answers to touch; four classes work too', async ({ page }) => {
    const widget = await withLoss(page);
    await widget.getByLabel('number of classes').selectOption({ label: '4 classes' });
    await expect(slider(widget, 4)).toHaveValue('0');
    await widget.getByRole('radio', { name: 'class 4' }).tap();
    await expectPercents(widget, ['60.5%', '22.3%', '9.0%', '8.2%']);
    await expect(widget.getByTestId('sm-ce')).toHaveText('2.502');
    await expect(widget.getByTestId('sm-mse')).toHaveText('1.267');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    const box = await widget.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    const radio = await widget.getByText('class 4', { exact: true }).boundingBox();
    expect(radio!.height).toBeGreaterThanOrEqual(44);
  });
});

test.describe('the widget tasks, at 390 px and by keyboard alone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  /** Waits for the island (Home, then End, lands on 5 wherever the bare slider was); leaves logit i at 5. */
  async function logitToTop(page: Page, widget: Locator, i: number, shown: string) {
    await expect(async () => {
      await slider(widget, i).focus();
      await page.keyboard.press('Home');
      await page.keyboard.press('End');
      await expect(widget.getByTestId(`sm-p-${i}`)).toHaveText(shown, { timeout: 500 });
    }).toPass({ timeout: 30_000 });
  }
  async function check(page: Page, poll: Locator) {
    const button = poll.getByRole('button', { name: 'Check' });
    // The poll hydrates when it comes into view, as it does when a reader tabs to it.
    await poll.scrollIntoViewIfNeeded();
    await expect(button).toBeEnabled();
    await button.focus();
    await page.keyboard.press('Enter');
  }

  // Python: softmax(2, 5, 0.1) = (0.04709, 0.94587, 0.00704); softmax(2, −5, 0.1) has S₂ = 0.0007926.
  test('lesson 4: logit z₂ = 5 gives class 2 a probability above 0.8', async ({ page }) => {
    await page.goto('/lessons/04-layers-feed-forward/');
    const widget = page.getByRole('region', { name: 'Softmax explorer' });
    await widget.scrollIntoViewIfNeeded();
    await logitToTop(page, widget, 2, '94.6%');
    const poll = page.getByRole('form', { name: /so that class 2 gets a probability above/ });
    await slider(widget, 2).focus();
    await page.keyboard.press('Home');
    await check(page, poll);
    await expect(poll.getByRole('status')).toContainText(
      'Not quite. Class 2 has probability 0.0007926, not above 0.8 yet.',
    );
    await slider(widget, 2).focus();
    await page.keyboard.press('End');
    await check(page, poll);
    await expect(poll.getByRole('status')).toContainText(
      'Correct. Class 2 has probability 0.9459, above 0.8.',
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });

  // Python: softmax(5, 1, 0.1) has S₁ = 0.974886, −ln S₁ = 0.025436; with z₁ = −5, −ln S₁ = 6.343.
  test('lesson 5: logit z₁ = 5 makes the cross-entropy for class 1 small', async ({ page }) => {
    await page.goto('/lessons/05-loss-and-cost/');
    const widget = page.getByRole('region', { name: 'Softmax and cross-entropy' });
    await widget.scrollIntoViewIfNeeded();
    await logitToTop(page, widget, 1, '97.5%');
    await expect(widget.getByTestId('sm-ce')).toHaveText('0.02544');
    const poll = page.getByRole('form', { name: /until the cross-entropy/ });
    await slider(widget, 1).focus();
    await page.keyboard.press('Home');
    await check(page, poll);
    await expect(poll.getByRole('status')).toContainText(
      'Not quite. For true class 1 the cross-entropy is 6.343',
    );
    await slider(widget, 1).focus();
    await page.keyboard.press('End');
    await check(page, poll);
    await expect(poll.getByRole('status')).toContainText(
      'Correct. For true class 1 the cross-entropy is 0.02544 (probability 0.9749), below 0.1.',
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});
